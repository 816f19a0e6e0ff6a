// Node module hooks, registered by allow-server-only.mjs: see there.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  // The package's "react-server" export is its empty module, the one Next.js gives server code.
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
