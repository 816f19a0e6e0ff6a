import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = path.join(import.meta.dirname, "..");
const ACCESS = import.meta.dirname;
const SRC = path.join(SERVER, "..");
/** Pages, client components and shared UI decide nothing themselves either: they call policy.ts (or get its answer as props). */
const UI_ROOMS = ["app", "features", "components"].map((room) => path.join(SRC, room));

/** A role or ownership test written outside policy.ts: `actor.role`, `actor?.role`, `.isOwner`. */
const ROLE_OR_OWNERSHIP_TEST = /\bactor\??\.role\b|\.isOwner\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === ACCESS ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each line of `files` that tests a role or ownership itself, as "path:line: text" (path from `base`). */
function roleTestsIn(files: string[], base: string): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) => (ROLE_OR_OWNERSHIP_TEST.test(line) ? [`${path.relative(base, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe("authorization lives in src/server/access alone", () => {
  it("the scan recognises a role or ownership test", () => {
    expect(ROLE_OR_OWNERSHIP_TEST.test('if (actor.role !== "CLIENT") throw')).toBe(true);
    expect(ROLE_OR_OWNERSHIP_TEST.test("actor.practices.filter((p) => p.isOwner)")).toBe(true);
    expect(ROLE_OR_OWNERSHIP_TEST.test("if (!canKeepReferenceBook(actor)) throw")).toBe(false);
  });

  it("no file under src/server outside src/server/access tests the actor's role or ownership itself", () => {
    const files = sourceFiles(SERVER);
    expect(files.length).toBeGreaterThan(50);
    expect(roleTestsIn(files, SERVER), "call a named function of src/server/access/policy.ts instead").toEqual([]);
  });

  it("no page, feature or shared component tests the actor's role or ownership itself", () => {
    const files = UI_ROOMS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(roleTestsIn(files, SRC), "call a named function of src/server/access/policy.ts (a client component gets its answer as a prop)").toEqual([]);
  });
});
