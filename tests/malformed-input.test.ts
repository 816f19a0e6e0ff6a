import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import superjson from "superjson";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { loadActor } from "@/server/access/actor";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { Db } from "@/server/db/client";
import { seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { malformedInput, plausible, toJsonSchema, type IdPool } from "./support/malformed-inputs";

/**
 * Server actions read the signed-in person through next-auth's auth(), which needs a Next
 * request. This is the one thing mocked: the session lookup, at its module boundary. The
 * actions themselves, their services and the database are the real ones.
 */
const session = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  getCurrentActor: async () => (session.userId ? loadActor(session.db as Db, session.userId) : null),
  requireActor: async () => {
    throw new Error("Pages are not part of this test.");
  },
}));

const NOW = new Date("2026-11-22T12:00:00Z");
const SEED = 20_261_122;
const RUNS_PER_PROCEDURE_AND_ROLE = 8;

/** What a 500 or a leaked internal error would show: Prisma's text, stack frames, file paths. */
const INTERNAL_TEXT = /prisma|Invalid `|invocation|\n\s+at |\bat [\w$.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|PrismaClient|ECONNREFUSED|TypeError|RangeError|ReferenceError/i;

type Role = "client" | "coach" | "owner" | "anonymous";
const ROLES: Record<Role, DemoKey | null> = { client: "jane", coach: "coach", owner: "owner", anonymous: null };

type Procedure = { _def: { type: "query" | "mutation"; inputs: z.ZodType[] } };
const PROCEDURES = Object.entries((appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures);

/** Serialises as the tRPC client does (superjson); null when superjson cannot carry the value. */
function serialize(input: unknown): string | null {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return null;
  }
}

/** The input exactly as the server will see it, after superjson's trip. */
function asReceived(serialized: string): unknown {
  return superjson.deserialize(JSON.parse(serialized));
}

function isMalformed(schemas: z.ZodType[], received: unknown): boolean {
  return schemas.some((schema) => !schema.safeParse(received).success);
}

function seedFor(text: string): number {
  let hash = SEED;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash;
}

describe("malformed input, generated from the procedures' own zod schemas", () => {
  const { db } = useTestDatabase();
  let users: Record<DemoKey, string>;
  let pools: Record<string, string[]>;

  beforeEach(async () => {
    users = await seedDemoWorld(db, NOW);
    session.db = db;
    session.userId = null;
    const pluck = (rows: { id: string }[]) => rows.map((row) => row.id);
    const [interviews, tasks, templates, drafts, notes, items, calls, expenses, references, people, practices, invitations, notifications, emails, clients] =
      await Promise.all([
        db.interview.findMany({ select: { id: true } }),
        db.followUpTask.findMany({ select: { id: true }, take: 20 }),
        db.template.findMany({ select: { id: true } }),
        db.draft.findMany({ select: { id: true } }),
        db.debriefNote.findMany({ select: { id: true } }),
        db.interviewItem.findMany({ select: { id: true } }),
        db.callLog.findMany({ select: { id: true } }),
        db.expense.findMany({ select: { id: true } }),
        db.reference.findMany({ select: { id: true } }),
        db.interviewPerson.findMany({ select: { id: true } }),
        db.practice.findMany({ select: { id: true } }),
        db.invitation.findMany({ select: { id: true } }),
        db.notification.findMany({ select: { id: true } }),
        db.email.findMany({ select: { id: true } }),
        db.user.findMany({ where: { role: "CLIENT" }, select: { id: true } }),
      ]);
    pools = {
      interview: pluck(interviews),
      task: pluck(tasks),
      template: pluck(templates),
      draft: pluck(drafts),
      record: [...pluck(notes), ...pluck(items), ...pluck(calls), ...pluck(expenses)],
      reference: pluck(references),
      person: pluck(people),
      practice: pluck(practices),
      invitation: pluck(invitations),
      notification: pluck(notifications),
      email: pluck(emails),
      client: pluck(clients),
    };
  });

  /** Real ids for each id field, by its name (and, for a bare `id`, by the router it belongs to). */
  function idPoolFor(procedurePath: string): IdPool {
    const byField: Record<string, string> = {
      interviewId: "interview",
      taskId: "task",
      templateId: "template",
      draftId: "draft",
      referenceId: "reference",
      recipientPersonId: "person",
      practiceId: "practice",
      clientId: "client",
      emailId: "email",
    };
    const router = procedurePath.split(".")[0]!;
    return (field) => pools[field === "id" ? router : (byField[field] ?? "")] ?? [];
  }

  /** Every table's rows, hashed: equal fingerprints mean nothing was written. */
  async function fingerprint(): Promise<string> {
    const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const sql = tables
      .map(({ tablename }) => `SELECT '${tablename}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${tablename}" x`)
      .join(" UNION ALL ");
    return JSON.stringify(await db.$queryRawUnsafe(sql));
  }

  /** One request through tRPC's real fetch handler, as src/app/api/trpc/[trpc]/route.ts builds it. */
  async function send(path: string, type: "query" | "mutation", body: string | null, userId: string | null) {
    const url = new URL(`http://localhost/api/trpc/${path}`);
    if (type === "query" && body !== null) url.searchParams.set("input", body);
    const req = new Request(url, type === "query" ? undefined : { method: "POST", body: body ?? "", headers: { "content-type": "application/json" } });
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: () => createTRPCContext({ headers: req.headers, db, getSessionUserId: async () => userId, now: () => NOW }),
    });
    return { status: response.status, text: await response.text() };
  }

  it("no procedure answers 500 or shows internal text, for any role, and a rejected call writes nothing", async () => {
    const problems: string[] = [];
    const counts = { malformed: 0, acceptedByTheSchema: 0, unknownIds: 0, noInputGarbage: 0, rawGarbage: 0 };
    const check = (what: string, result: { status: number; text: string }, expectRejected: boolean) => {
      if (result.status >= 500) problems.push(`${what}: HTTP ${result.status} ${result.text.slice(0, 300)}`);
      // Only errors are checked for internal text: an answer's data is the user's own text.
      else if (result.status >= 400 && INTERNAL_TEXT.test(result.text)) problems.push(`${what}: internal text in ${result.text.slice(0, 300)}`);
      else if (expectRejected && result.status < 400) problems.push(`${what}: accepted (HTTP ${result.status})`);
    };
    // A 500 would be logged; the assertion below names it, so the log stays quiet.
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});

    for (const [path, procedure] of PROCEDURES) {
      const { type, inputs } = procedure._def;
      const jsonSchema = inputs.length > 0 ? toJsonSchema(inputs[0]!) : null;
      const roles = Object.entries(ROLES) as [Role, DemoKey | null][];
      // Generated inputs the schema nevertheless accepts (a broken field that was optional, say) go to step 2.
      const accepted: { role: Role; userId: string | null; body: string }[] = [];

      // 1. Inputs the schema refuses, and bodies that are not even superjson: all rejected, nothing written.
      const before = await fingerprint();
      for (const [role, key] of jsonSchema ? roles : []) {
        const userId = key ? users[key] : null;
        for (const input of fc.sample(malformedInput(jsonSchema!, idPoolFor(path)), { numRuns: RUNS_PER_PROCEDURE_AND_ROLE, seed: seedFor(`${path}:${role}`) })) {
          const body = serialize(input);
          if (body === null) continue;
          if (!isMalformed(inputs, asReceived(body))) {
            accepted.push({ role, userId, body });
            continue;
          }
          check(`${path} as ${role} with ${body.slice(0, 160)}`, await send(path, type, body, userId), true);
          counts.malformed += 1;
        }
        for (const raw of ['{"json":', '{"json":{"id":"x"},"meta":{"values":{"id":["Date"]}}}', '{"json":{"id":"zz"},"meta":{"values":{"id":["bigint"]}}}', ""]) {
          check(`${path} as ${role} with the raw body ${JSON.stringify(raw)}`, await send(path, type, raw, userId), true);
          counts.rawGarbage += 1;
        }
      }
      if (before !== (await fingerprint())) problems.push(`${path}: rejected calls changed the database`);

      // 2. Well-formed inputs naming records that do not exist, generated inputs the schema accepts, and
      // garbage for procedures that take no input: answered or refused, never a 500. These may succeed,
      // so they may write (a new calendar link, say).
      for (const [role, key] of roles) {
        const userId = key ? users[key] : null;
        const wellFormed = jsonSchema ? plausible(jsonSchema, "input", () => []) : fc.anything({ maxDepth: 3 });
        for (const input of fc.sample(wellFormed, { numRuns: 2, seed: seedFor(`${path}:${role}:well-formed`) })) {
          const body = serialize(input);
          if (body === null) continue;
          accepted.push({ role, userId, body });
          if (jsonSchema) counts.unknownIds += 1;
          else counts.noInputGarbage += 1;
        }
      }
      for (const { role, userId, body } of accepted) check(`${path} as ${role} with ${body.slice(0, 160)}`, await send(path, type, body, userId), false);
      counts.acceptedByTheSchema += accepted.length - roles.length * 2;
    }

    consoleError.mockRestore();
    expect(problems).toEqual([]);
    expect(counts.malformed).toBeGreaterThanOrEqual(1000);
    console.info(`Sent ${JSON.stringify(counts)} inputs to ${PROCEDURES.length} procedures.`);
  }, 240_000);
});
