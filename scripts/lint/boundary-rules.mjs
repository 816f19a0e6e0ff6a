// The project's own lint rules for the boundaries between its rooms (eslint.config.mjs applies them).
// Core and typescript-eslint rules choose files by path; these two look at a file's content, which a path
// cannot tell: whether it is a "use client" module, and whether it starts with `import "server-only"`.

/** An import of src/server: `@/server/…`, or a relative path that climbs into a `server` folder. */
export const SERVER_MODULE = "^(?:@|(?:\\.\\.?/)*\\.\\.)/server(?:/|$)";
/** Server actions ("use server" files named `*-actions.ts`) are what client code may call on the server. */
const SERVER_ACTIONS = /-actions(?:\.tsx?)?$/;
const serverModule = new RegExp(SERVER_MODULE);

function startsWithUseClient(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

/** `import type …`, or `import { type A, type B }`: erased from the JavaScript, so nothing crosses. */
function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}

const noServerRuntimeInClient = {
  meta: {
    type: "problem",
    docs: { description: "Client code imports from src/server only types and server actions (*-actions.ts)." },
    schema: [{ type: "object", properties: { onlyUseClient: { type: "boolean" } }, additionalProperties: false }],
    messages: {
      serverRuntime:
        "{{where}} may import only types and server actions (*-actions.ts) from src/server, not '{{source}}'. " +
        "Values both sides need live in src/lib (form schemas and value lists: src/lib/validation/<domain>-fields.ts); " +
        "server data reaches client code as props.",
    },
  },
  create(context) {
    const { onlyUseClient = false } = context.options[0] ?? {};
    let applies = !onlyUseClient;
    const where = onlyUseClient ? "A \"use client\" module" : "Client-safe code (features, components, emails)";
    function check(node, source) {
      if (!applies || typeof source?.value !== "string") return;
      if (!serverModule.test(source.value) || SERVER_ACTIONS.test(source.value)) return;
      context.report({ node, messageId: "serverRuntime", data: { where, source: source.value } });
    }
    return {
      Program(program) {
        if (onlyUseClient) applies = startsWithUseClient(program);
      },
      ImportDeclaration: (node) => !isTypeOnly(node) && check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && !isTypeOnly(node) && check(node, node.source),
      ExportAllDeclaration: (node) => node.exportKind !== "type" && check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

const serverOnlyFirst = {
  meta: {
    type: "problem",
    docs: { description: "A server module starts with `import \"server-only\";` (after any directive such as \"use server\")." },
    fixable: "code",
    schema: [],
    messages: {
      missing:
        "A server module starts with `import \"server-only\";`, so that a client bundle that reaches it fails the build. " +
        "Run `node scripts/lint/mark-server-only.mjs` to add it.",
    },
  },
  create(context) {
    return {
      Program(program) {
        const first = program.body.find((statement) => !(statement.type === "ExpressionStatement" && typeof statement.directive === "string"));
        const marked =
          first?.type === "ImportDeclaration" && first.source.value === "server-only" && first.specifiers.length === 0;
        if (marked) return;
        context.report({
          loc: { line: 1, column: 0 },
          messageId: "missing",
          // Before the first statement: a file's opening comment and its directives stay on top.
          fix: (fixer) =>
            first ? fixer.insertTextBefore(first, 'import "server-only";\n') : fixer.insertTextAfterRange([0, context.sourceCode.text.length], '\nimport "server-only";\n'),
        });
      },
    };
  },
};

export const boundaryRules = {
  meta: { name: "followthrough-boundaries" },
  rules: { "no-server-runtime-in-client": noServerRuntimeInClient, "server-only-first": serverOnlyFirst },
};
