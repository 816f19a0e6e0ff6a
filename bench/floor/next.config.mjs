import path from "node:path";

// The bare floor of `npm run bench:web`: built with the project's own node_modules (two folders up),
// by webpack (`next build --webpack`): Turbopack, given the project as its root, also picks up the
// project's own src/proxy.ts and src/instrumentation.ts for this app and fails to build them.
const root = path.join(import.meta.dirname, "../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  outputFileTracingRoot: root,
  // `npm run typecheck` checks these files with the project's settings.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
