import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import superjson from "superjson";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { emailAddress, recordId, text } from "@/lib/validation/fields";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { requestSignInLink } from "@/server/auth/sign-in-actions";
import { describeSignInLink } from "@/server/auth/sign-in-link";
import type { Db } from "@/server/db/client";
import { unsubscribeAction } from "@/server/digests/digest-actions";
import { acceptInvitationAction } from "@/server/invitations/invitation-actions";
import { invitationToken } from "@/server/invitations/schemas";
import { seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { brokenField, malformedInput, plausible, toJsonSchema, type IdPool } from "./support/malformed-inputs";

/**
 * Server actions read the signed-in person through next-auth's auth(), which needs a Next
 * request (and next-auth does not load outside Next). That lookup is the one thing mocked, at
 * its module boundary: src/server/auth/session.ts, the actions, their services and the
 * database are the real ones. signIn and signOut must never be reached by malformed input.
 */
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => {
    throw new Error("signIn was reached");
  },
  signOut: async () => {
    throw new Error("signOut was reached");
  },
  handlers: {},
}));

// The session is read from the request's cookie first; these requests carry none, so auth() (mocked above) answers.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

// The actions refresh Next's page cache after a success; outside Next there is no cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

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

/** One request through tRPC's real fetch handler, as src/app/api/trpc/[trpc]/route.ts builds it. */
async function sendTrpc(db: Db, path: string, type: "query" | "mutation", body: string | null, userId: string | null) {
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

/** Every table's rows, hashed: equal fingerprints mean nothing was written. */
async function fingerprintOf(db: Db): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const sql = tables
    .map(({ tablename }) => `SELECT '${tablename}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${tablename}" x`)
    .join(" UNION ALL ");
  return JSON.stringify(await db.$queryRawUnsafe(sql));
}

describe("malformed input, generated from the procedures' own zod schemas", () => {
  const { db } = useTestDatabase();
  let users: Record<DemoKey, string>;
  let pools: Record<string, string[]>;

  beforeEach(async () => {
    users = await seedDemoWorld(db, NOW);
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

  const fingerprint = () => fingerprintOf(db);

  const send = (path: string, type: "query" | "mutation", body: string | null, userId: string | null) => sendTrpc(db, path, type, body, userId);

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
            counts.acceptedByTheSchema += 1;
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
    }

    consoleError.mockRestore();
    expect(problems).toEqual([]);
    expect(counts.malformed).toBeGreaterThanOrEqual(1000);
    console.info(`Sent ${JSON.stringify(counts)} inputs to ${PROCEDURES.length} procedures.`);
  }, 1_200_000);
});

describe("malformed input to every server action", () => {
  const { db } = useTestDatabase();
  let users: Record<DemoKey, string>;
  beforeEach(async () => {
    users = await seedDemoWorld(db, NOW);
  });

  /**
   * The server actions, each with its form's fields (README: server actions only where a form must work
   * without JavaScript or before a session exists; every other mutation is a tRPC procedure, covered above).
   */
  const FORM_ACTIONS: { name: string; fields: Record<string, z.ZodType>; run: (form: FormData) => Promise<{ error?: string; ok?: boolean }> }[] = [
    // Only malformed addresses: a well-formed one would really send a sign-in email.
    { name: "requestSignInLink", fields: { email: emailAddress, callbackUrl: text({ max: 2000 }) }, run: (form) => requestSignInLink(null, form) },
    { name: "unsubscribeAction", fields: { u: recordId, s: text({ max: 128 }) }, run: (form) => unsubscribeAction(null, form) },
    { name: "acceptInvitationAction", fields: { token: invitationToken, timeZone: text({ max: 64 }) }, run: (form) => acceptInvitationAction(null, form) },
  ];

  /** A form with each field broken, left out, doubled or sent as a file. */
  function malformedForm(fields: Record<string, z.ZodType>) {
    const names = Object.keys(fields);
    const value = (name: string) =>
      fc.oneof(
        { weight: 4, arbitrary: brokenField({ type: "string", maxLength: 100 }, name, () => []).map((v) => (typeof v === "string" ? v : JSON.stringify(superjson.serialize(v)) ?? "")) },
        { weight: 1, arbitrary: fc.constant(new Blob(["\u0000binary"], { type: "application/octet-stream" })) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
    return fc.tuple(...names.map(value), fc.boolean()).map((values) => {
      const form = new FormData();
      names.forEach((name, index) => {
        const v = values[index];
        if (v === null) return;
        form.append(name, v as string | Blob);
        if (values[names.length]) form.append(name, "second value");
      });
      return form;
    });
  }

  it("every action refuses malformed input with a message, never throws or shows internal text, and writes nothing", async () => {
    const problems: string[] = [];
    let sent = 0;
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const judge = async (what: string, call: () => Promise<{ ok?: boolean; error?: string }>) => {
      try {
        const result = await call();
        if (result.ok || !result.error) problems.push(`${what}: accepted`);
        else if (INTERNAL_TEXT.test(result.error) || result.error.startsWith("Something went wrong")) problems.push(`${what}: ${result.error}`);
      } catch (error) {
        problems.push(`${what}: threw ${String(error).slice(0, 200)}`);
      }
    };
    const before = await fingerprintOf(db);
    for (const [role, key] of Object.entries(ROLES) as [Role, DemoKey | null][]) {
      session.userId = key ? users[key] : null;
      const seed = seedFor(`actions:${role}`);
      for (const action of FORM_ACTIONS) {
        for (const form of fc.sample(malformedForm(action.fields), { numRuns: 40, seed })) {
          const values = Object.fromEntries(Object.keys(action.fields).map((name) => [name, form.get(name)]));
          const firstField = Object.keys(action.fields)[0]!;
          // Only forms whose first field (the address, the id, the token) is itself malformed.
          if (action.fields[firstField]!.safeParse(values[firstField]).success) continue;
          sent += 1;
          await judge(`${action.name} as ${role} with ${JSON.stringify([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v.slice(0, 40) : "file"]))}`, () => action.run(form));
        }
      }
    }
    expect(await fingerprintOf(db)).toBe(before);
    consoleError.mockRestore();
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(250);
    console.info(`Sent ${sent} malformed inputs to ${FORM_ACTIONS.length} server actions.`);
  }, 600_000);
});

describe("the seven 500s found in issue 12 now answer 400 with a clear message", () => {
  const { db } = useTestDatabase();
  let users: Record<DemoKey, string>;
  let janeInterview: string;
  beforeEach(async () => {
    users = await seedDemoWorld(db, NOW);
    janeInterview = (await db.interview.findFirstOrThrow({ where: { clientId: users.jane }, select: { id: true } })).id;
  });

  const interview = {
    company: "Initrode",
    jobTitle: "Analyst",
    stage: "FIRST_ROUND",
    startsAtLocal: "2026-12-01T10:00",
    timeZone: "America/New_York",
    people: [{ role: "INTERVIEWER", name: "Peter Gibbons" }],
  };

  async function expectRefused(path: string, type: "query" | "mutation", input: unknown, userId: string, message: RegExp) {
    const before = await fingerprintOf(db);
    const result = await sendTrpc(db, path, type, serialize(input), userId);
    expect(result.status).toBe(400);
    const parsed = JSON.parse(result.text) as { error: { json: { message: string } } };
    expect(parsed.error.json.message).toMatch(message);
    expect(result.text).not.toMatch(INTERNAL_TEXT);
    expect(await fingerprintOf(db)).toBe(before);
  }

  it("a NUL byte in an id", async () => {
    await expectRefused("interview.get", "query", { id: `${janeInterview}\u0000` }, users.jane, /id: This id is not valid\./);
  });

  it("a NUL byte in a company name", async () => {
    await expectRefused("interview.create", "mutation", { ...interview, company: "Acme\u0000 Corp" }, users.jane, /company: Remove the invisible control characters/);
  });

  it("an impossible decision date on the timeline", async () => {
    await expectRefused("interview.create", "mutation", { ...interview, timelineKind: "DECISION", timelineDate: "2026-13-45" }, users.jane, /timelineDate: Enter a real date, like 2026-03-14\./);
  });

  it("an impossible due-on date of a promised item", async () => {
    await expectRefused("record.addItem", "mutation", { interviewId: janeInterview, kind: "MATERIAL", title: "Portfolio", dueOn: "2026-99-99" }, users.jane, /dueOn: Enter a real date/);
  });

  it("an impossible holiday in the practice settings", async () => {
    const practice = await db.practice.findFirstOrThrow({ where: { ownerId: users.owner }, select: { id: true } });
    const settings = { practiceId: practice.id, tonightTime: "19:00", firstThingTime: "08:30", postDaysMin: 2, postDaysMax: 3, overnightDays: 1, keepInTouchWeeks: 7 };
    await expectRefused("practice.updateSettings", "mutation", { ...settings, holidays: [{ date: "2026-13-45", name: "Nowhere Day" }] }, users.owner, /holidays\.0\.date: Enter a real date/);
  });

  it("a move of a task to a moment outside PostgreSQL's range", async () => {
    const task = await db.followUpTask.findFirstOrThrow({ where: { interviewId: janeInterview, status: "OPEN" }, select: { id: true } });
    await expectRefused("task.move", "mutation", { id: task.id, dueAt: new Date(8.64e15) }, users.jane, /dueAt: Choose a time between 1900 and 2200\./);
    await expectRefused("task.move", "mutation", { id: task.id, dueAt: "2026-02-30T10:00:00Z" }, users.jane, /dueAt: Choose a new due time/);
  });

  it("a reimbursement paid at a moment outside PostgreSQL's range", async () => {
    const expense = await db.expense.findFirst({ where: { interview: { clientId: users.jane } }, select: { id: true } });
    const id = expense?.id ?? "cm0000000000000000000000a";
    await expectRefused("record.markReimbursementPaid", "mutation", { id, at: new Date(-8.64e15) }, users.jane, /at: Choose a time between 1900 and 2200\./);
  });

  it("a local time that would roll over (2026-02-30T25:61) is refused, not moved to another day", async () => {
    await expectRefused("interview.create", "mutation", { ...interview, startsAtLocal: "2026-02-30T25:61" }, users.jane, /startsAtLocal: Enter a real date and time, like 2026-03-14T09:30\./);
  });
});

describe("an internal failure", () => {
  const { db } = useTestDatabase();

  it("answers 500 with only a reference, and the log holds the error under the same reference", async () => {
    const users = await seedDemoWorld(db, NOW);
    const leak = new Error("\nInvalid `prisma.$queryRaw()` invocation in /app/src/server/interviews/list-interviews.ts:12:3");
    // The list's own statement fails (it reads "Interview"); the actor's read before it goes through.
    const failing = new Proxy(db, {
      get: (target, property, receiver) =>
        property === "$queryRaw"
          ? (sql: TemplateStringsArray, ...values: unknown[]) =>
              sql.join("").includes('FROM "Interview" i') ? Promise.reject(leak) : target.$queryRaw(sql, ...values)
          : Reflect.get(target, property, receiver),
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await sendTrpc(failing, "interview.list", "query", serialize({}), users.jane);
    const calls = [...logged.mock.calls];
    logged.mockRestore();
    expect(result.status).toBe(500);
    const message = (JSON.parse(result.text) as { error: { json: { message: string } } }).error.json.message;
    const reference = /^Something went wrong \(reference (E-[A-Z0-9]{8})\)/.exec(message)?.[1];
    expect(reference).toBeDefined();
    expect(result.text).not.toMatch(INTERNAL_TEXT);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toContain(`[${reference}] tRPC interview.list failed`);
    expect(calls[0]![1]).toBe(leak);
  });
});

describe("a sign-in link edited by hand", () => {
  const { db } = useTestDatabase();

  it("is simply invalid, whatever its query string holds", async () => {
    await seedDemoWorld(db, NOW);
    for (const link of [
      { email: "jane.doe@example.com\u0000", token: "abc" },
      { email: "jane.doe@example.com", token: "abc\u0000" },
      { email: ["jane.doe@example.com", "sam.rivera@example.com"] as unknown as string, token: "abc" },
      { email: "jane.doe@example.com", token: "x".repeat(100_000) },
    ]) {
      expect(await describeSignInLink(db, link, NOW, "test-secret")).toBe("invalid");
    }
  });
});
