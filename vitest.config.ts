import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": path.join(root, "src"),
      // Next.js gives server-only an empty module on the server; outside Next it would throw.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
};
const unitFiles = ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"];
// Timeouts only catch a test that hangs; they are not speed checks. On a 2-core machine running
// a build and several suites at once (load average above 20), generated-input tests took ten
// times as long as on a quiet one, and Vitest's 5-second default failed them.
const unitTimeouts = { testTimeout: 120_000, hookTimeout: 120_000, setupFiles: ["tests/support/fast-check-seed.ts"] };

export default defineConfig({
  test: {
    projects: [
      // Pure code runs twice, under UTC and under a zone far from it (DOMAIN.md: planner tests).
      { ...shared, test: { name: "unit-utc", include: unitFiles, env: { TZ: "UTC" }, ...unitTimeouts } },
      { ...shared, test: { name: "unit-auckland", include: unitFiles, env: { TZ: "Pacific/Auckland" }, ...unitTimeouts } },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-env.ts", "tests/support/fast-check-seed.ts"],
          // next-auth imports "next/server" without an extension, which Node's own ESM loader refuses;
          // through Vite it resolves, so server actions that use Auth.js can be called in tests.
          server: { deps: { inline: ["next-auth"] } },
          // One database for the whole run: files take turns and each test starts from empty tables.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
