import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The boundaries `npm run lint` enforces (eslint.config.mjs), checked by linting small snippets as if they were
// files at those paths: each rule must fire on what it forbids and stay quiet on what it allows.
const ROOT = path.join(import.meta.dirname, "../..");
const BOUNDARY_RULES = ["followthrough/no-server-runtime-in-client", "followthrough/server-only-first", "@typescript-eslint/no-restricted-imports", "no-restricted-syntax"];

// Linting takes a moment on a busy machine: room enough that only a wrong answer fails a test.
vi.setConfig({ testTimeout: 60_000 });

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  // The first lint loads the configuration and its plugins.
  await eslint.lintText("", { filePath: path.join(ROOT, "src/lib/probe.ts") });
}, 600_000);

/** The boundary rules that fire on `code` placed at `file`. */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result!.messages.filter((message) => message.fatal);
  expect(fatal).toEqual([]);
  return result!.messages.map((message) => message.ruleId ?? "").filter((ruleId) => BOUNDARY_RULES.includes(ruleId));
}

const CLIENT = "followthrough/no-server-runtime-in-client";
const RESTRICTED = "@typescript-eslint/no-restricted-imports";
const MARKER = "followthrough/server-only-first";
const SYNTAX = "no-restricted-syntax";

describe("client code and src/server", () => {
  const clientFiles = ["src/features/probe/probe-form.tsx", "src/components/probe.tsx", "src/emails/probe-email.tsx"];

  it.each(clientFiles)("%s may not import a runtime value from src/server", async (file) => {
    expect(await boundaryProblems(file, 'import { INTERVIEW_STAGES } from "@/server/interviews/schemas";\nexport const x = INTERVIEW_STAGES;\n')).toEqual([CLIENT]);
    expect(await boundaryProblems(file, 'import "@/server/db/client";\n')).toEqual([CLIENT]);
    expect(await boundaryProblems(file, 'export { getCurrentActor } from "@/server/auth/session";\n')).toEqual([CLIENT]);
    expect(await boundaryProblems(file, 'export const load = () => import("@/server/db/client");\n')).toEqual([CLIENT]);
    expect(await boundaryProblems(file, 'import { db } from "../../server/db/client";\nexport const x = db;\n')).toEqual([CLIENT]);
  });

  it.each(clientFiles)("%s may import types and server actions from src/server", async (file) => {
    expect(await boundaryProblems(file, 'import type { Actor } from "@/server/access/actor";\nexport type A = Actor;\n')).toEqual([]);
    expect(await boundaryProblems(file, 'import { type Actor } from "@/server/access/actor";\nexport type A = Actor;\n')).toEqual([]);
    expect(await boundaryProblems(file, 'import { signOutAction } from "@/server/auth/sign-in-actions";\nexport const x = signOutAction;\n')).toEqual([]);
    expect(await boundaryProblems(file, 'import { interviewFields } from "@/lib/validation/interview-fields";\nexport const x = interviewFields;\n')).toEqual([]);
  });

  it('finds a "use client" module anywhere by its directive', async () => {
    const runtime = 'import { db } from "@/server/db/client";\nexport const x = db;\n';
    expect(await boundaryProblems("src/app/probe/error.tsx", `"use client";\n${runtime}`)).toEqual([CLIENT]);
    expect(await boundaryProblems("src/trpc/probe.tsx", `"use client";\n${runtime}`)).toEqual([CLIENT]);
    // A server component in src/app reads the server itself.
    expect(await boundaryProblems("src/app/probe/page.tsx", runtime)).toEqual([]);
  });
});

describe("src/lib is shared code", () => {
  it("imports nothing from src/server, not even types", async () => {
    expect(await boundaryProblems("src/lib/probe.ts", 'import { db } from "@/server/db/client";\nexport const x = db;\n')).toEqual([RESTRICTED]);
    expect(await boundaryProblems("src/lib/probe.ts", 'import type { Actor } from "@/server/access/actor";\nexport type A = Actor;\n')).toEqual([RESTRICTED]);
    expect(await boundaryProblems("src/lib/validation/probe.ts", 'import { x } from "../../server/probe";\nexport const y = x;\n')).toEqual([RESTRICTED]);
    expect(await boundaryProblems("src/lib/probe.ts", 'import { z } from "zod";\nimport { civilDate } from "@/lib/validation/fields";\nexport const x = [z, civilDate];\n')).toEqual([]);
  });
});

describe("the planner is pure", () => {
  const planner = "src/server/planner/probe.ts";
  const withMarker = (code: string) => `import "server-only";\n${code}`;

  it.each([
    "@/server/db/client",
    "@/generated/prisma/client",
    "@prisma/client",
    "@/server/auth/session",
    "@/server/access/policy",
    "@/server/clock",
    "@/server/tasks/replan-interview",
    "../tasks/task-schemas",
    "next/headers",
    "node:fs",
    "fs",
    "pg",
    "@electric-sql/pglite",
    "resend",
    "pg-boss",
  ])("may not import %s", async (source) => {
    expect(await boundaryProblems(planner, withMarker(`import { thing } from "${source}";\nexport const x = thing;\n`))).toEqual([RESTRICTED]);
  });

  it.each(["./planner-types", "@/lib/civil-date", "date-fns", "date-fns/locale", "@date-fns/tz", "zod"])("may import %s", async (source) => {
    expect(await boundaryProblems(planner, withMarker(`import { thing } from "${source}";\nexport const x = thing;\n`))).toEqual([]);
  });

  it("may import types, which carry no I/O", async () => {
    expect(await boundaryProblems(planner, withMarker('import type { TaskStatus } from "@/generated/prisma/enums";\nexport type S = TaskStatus;\n'))).toEqual([]);
  });

  it("its tests may import test tools", async () => {
    expect(await boundaryProblems("src/server/planner/probe.test.ts", 'import { it } from "vitest";\nit("runs", () => {});\n')).toEqual([]);
  });
});

describe('server modules start with import "server-only"', () => {
  it("fires on a server module without the marker, and the fix adds it before the first statement", async () => {
    const code = '// Why this file exists.\nimport { z } from "zod";\nexport const x = z;\n';
    expect(await boundaryProblems("src/server/probe/probe.ts", code)).toEqual([MARKER]);
    expect(await boundaryProblems("src/trpc/server.tsx", code)).toEqual([MARKER]);
    const fixer = new ESLint({ cwd: ROOT, fix: true, ruleFilter: ({ ruleId }) => ruleId === MARKER });
    const [fixed] = await fixer.lintText(code, { filePath: path.join(ROOT, "src/server/probe/probe.ts") });
    expect(fixed!.output).toBe('// Why this file exists.\nimport "server-only";\nimport { z } from "zod";\nexport const x = z;\n');
  });

  it('accepts the marker first, or after a "use server" directive', async () => {
    expect(await boundaryProblems("src/server/probe/probe.ts", 'import "server-only";\nimport { z } from "zod";\nexport const x = z;\n')).toEqual([]);
    expect(await boundaryProblems("src/server/probe/probe-actions.ts", '"use server";\nimport "server-only";\nexport async function act() {}\n')).toEqual([]);
  });

  it("does not count a marker further down, and leaves tests and client-safe code alone", async () => {
    expect(await boundaryProblems("src/server/probe/probe.ts", 'import { z } from "zod";\nimport "server-only";\nexport const x = z;\n')).toEqual([MARKER]);
    expect(await boundaryProblems("src/server/probe/probe.test.ts", 'import { it } from "vitest";\nit("runs", () => {});\n')).toEqual([]);
    expect(await boundaryProblems("src/lib/probe.ts", "export const x = 1;\n")).toEqual([]);
  });
});

describe("sonner is reached only through src/components/toast.ts, so it stays out of the first load", () => {
  it("fires on any import of sonner elsewhere: static, of types, dynamic, or re-exported", async () => {
    const file = "src/features/probe/probe-form.tsx";
    expect(await boundaryProblems(file, 'import { toast } from "sonner";\nexport const x = toast;\n')).toEqual([SYNTAX]);
    expect(await boundaryProblems(file, 'import type { ExternalToast } from "sonner";\nexport type T = ExternalToast;\n')).toEqual([SYNTAX]);
    expect(await boundaryProblems(file, 'export const load = () => import("sonner");\n')).toEqual([SYNTAX]);
    expect(await boundaryProblems("src/app/probe/layout.tsx", 'export { Toaster } from "sonner";\n')).toEqual([SYNTAX]);
  });

  it("lets the wrapper import it, and others import the wrapper", async () => {
    expect(await boundaryProblems("src/components/toast.ts", 'export const load = () => import("sonner");\n')).toEqual([]);
    expect(await boundaryProblems("src/components/toaster.tsx", 'export const load = () => import("sonner");\n')).toEqual([SYNTAX]);
    expect(await boundaryProblems("src/features/probe/probe-form.tsx", 'import { toast } from "@/components/toast";\nexport const x = toast;\n')).toEqual([]);
    // A package whose name only starts the same is someone else's.
    expect(await boundaryProblems("src/features/probe/probe-form.tsx", 'import { x } from "sonnerish";\nexport const y = x;\n')).toEqual([]);
  });
});
