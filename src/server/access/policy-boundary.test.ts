import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = path.join(import.meta.dirname, "..");
const ACCESS = import.meta.dirname;

/** A role or ownership test written outside policy.ts: `actor.role`, `actor?.role`, `.isOwner`. */
const ROLE_OR_OWNERSHIP_TEST = /\bactor\??\.role\b|\.isOwner\b/;

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === ACCESS ? [] : serverFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("authorization lives in src/server/access alone", () => {
  it("the scan recognises a role or ownership test", () => {
    expect(ROLE_OR_OWNERSHIP_TEST.test('if (actor.role !== "CLIENT") throw')).toBe(true);
    expect(ROLE_OR_OWNERSHIP_TEST.test("actor.practices.filter((p) => p.isOwner)")).toBe(true);
    expect(ROLE_OR_OWNERSHIP_TEST.test("if (!canKeepReferenceBook(actor)) throw")).toBe(false);
  });

  it("no file under src/server outside src/server/access tests the actor's role or ownership itself", () => {
    const files = serverFiles(SERVER);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) => (ROLE_OR_OWNERSHIP_TEST.test(line) ? [`${path.relative(SERVER, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders, "call a named function of src/server/access/policy.ts instead").toEqual([]);
  });
});
