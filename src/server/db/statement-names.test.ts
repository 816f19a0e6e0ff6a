import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatementNamer, wantsNamedStatements } from "./statement-names";

describe("prepared statement names (issue 14)", () => {
  it("names the same SQL the same way each time, and different SQL differently", () => {
    const name = createStatementNamer();
    const a = name({ sql: "SELECT 1" });
    expect(a).not.toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(a);
    expect(name({ sql: "SELECT 2" })).not.toBe(a);
  });

  it("stops naming new SQL at the limit, and keeps the names it gave", () => {
    const name = createStatementNamer(2);
    const first = name({ sql: "SELECT 1" });
    const second = name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(first);
    expect(name({ sql: "SELECT 2" })).toBe(second);
  });

  it("for any run of statements, a name always stands for one text, and a text never gets two names", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (texts, limit) => {
        const name = createStatementNamer(limit);
        const textOf = new Map<string, string>();
        const nameOf = new Map<string, string>();
        for (const sql of texts) {
          const given = name({ sql });
          if (given === "") {
            // Unnamed only for a text never named, once the limit is reached.
            expect(nameOf.has(sql)).toBe(false);
            expect(nameOf.size).toBe(limit);
            continue;
          }
          expect(textOf.get(given) ?? sql).toBe(sql);
          expect(nameOf.get(sql) ?? given).toBe(given);
          textOf.set(given, sql);
          nameOf.set(sql, given);
          // PostgreSQL's identifiers stop at 63 bytes.
          expect(given.length).toBeLessThanOrEqual(63);
        }
      }),
    );
  });

  it("are used on a PostgreSQL server only, and can be turned off there (a pooler in transaction mode)", () => {
    expect(wantsNamedStatements({ FOLLOWTHROUGH_DATABASE_KIND: "postgresql" })).toBe(true);
    expect(wantsNamedStatements({ FOLLOWTHROUGH_DATABASE_KIND: "postgresql", FOLLOWTHROUGH_NAMED_STATEMENTS: "0" })).toBe(false);
    expect(wantsNamedStatements({ FOLLOWTHROUGH_DATABASE_KIND: "embedded" })).toBe(false);
    // A bare `next start` or a script: unnamed, which works everywhere.
    expect(wantsNamedStatements({})).toBe(false);
  });
});
