import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "src/generated/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**", "next-env.d.ts", "bench/floor/.next/**", "bench/floor/next-env.d.ts"]),
]);
