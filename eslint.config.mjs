import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { boundaryRules, SERVER_MODULE } from "./scripts/lint/boundary-rules.mjs";

const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "src/generated/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**", "next-env.d.ts", "bench/floor/.next/**", "bench/floor/next-env.d.ts"]),

  // Boundaries between the rooms of src (README, "Where things are"). Client code reaches the server only
  // through types, server actions and tRPC; the planner is pure; src/lib is shared by both sides.
  { plugins: { followthrough: boundaryRules } },
  {
    name: "followthrough/use-client-modules",
    files: ["src/**/*.{ts,tsx}"],
    rules: { "followthrough/no-server-runtime-in-client": ["error", { onlyUseClient: true }] },
  },
  {
    // Client components and what they render. src/emails too: templates are pure functions of their props
    // (rendered on the server, but they need nothing of it beyond the types of their data).
    name: "followthrough/client-safe-folders",
    files: ["src/features/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}", "src/emails/**/*.{ts,tsx}"],
    rules: { "followthrough/no-server-runtime-in-client": ["error", { onlyUseClient: false }] },
  },
  {
    // src/components/link.tsx says why: a plain <a> the router navigates, without Next.js's prefetching Link.
    name: "followthrough/one-link",
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/components/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: 'Use { Link } from "@/components/link" (a plain <a> the router navigates; see there why).' }] }],
    },
  },
  {
    // src/components/toast.ts says why: sonner loads on the first toast, not with every page. An import of it
    // anywhere else (static, type or dynamic) would put it back in the first load, or load a second copy's store.
    name: "followthrough/one-toast",
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/components/toast.ts", ...TEST_FILES],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: ":matches(ImportDeclaration, ImportExpression, ExportNamedDeclaration, ExportAllDeclaration)[source.value=/^sonner(\\/|$)/]",
          message: 'Use { toast } from "@/components/toast" (sonner loads on the first toast; see there why).',
        },
      ],
    },
  },
  {
    name: "followthrough/lib-is-shared",
    files: ["src/lib/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: SERVER_MODULE, message: "src/lib is shared by the browser and the server: it imports nothing from src/server." }] },
      ],
    },
  },
  {
    name: "followthrough/planner-is-pure",
    files: ["src/server/planner/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Everything but its own folder, src/lib, date-fns, @date-fns/tz, zod and the server-only marker.
              regex: "^(?!(?:\\./|@/lib/|date-fns(?:/|$)|@date-fns/tz$|zod(?:/|$)|server-only$))",
              allowTypeImports: true,
              message:
                "The planner is pure (no database, access, auth, Prisma, Next.js, clock or other I/O): it imports only its own folder, src/lib, date-fns, @date-fns/tz and zod. Pass what it needs in its input.",
            },
          ],
        },
      ],
    },
  },
  {
    name: "followthrough/server-modules-are-marked",
    files: ["src/server/**/*.{ts,tsx}", "src/trpc/server.tsx"],
    ignores: TEST_FILES,
    rules: { "followthrough/server-only-first": "error" },
  },
]);
