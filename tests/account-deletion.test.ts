import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deliverEmail } from "@/server/email/deliver-email";
import { dropEmailJobs } from "@/server/email/queue-email";
import { DELIVER_EMAIL_QUEUE, enqueueEmailDelivery, getJobQueue } from "@/server/jobs/job-queue";
import { callerFor, errorOf, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";
import { seedRichWorld } from "./support/rich-world";

// Monday 23 November 2026, 15:00 UTC = 10:00 in New York (Jane's zone).
const NOW = new Date("2026-11-23T15:00:00Z");

type TableName = { schema: string; table: string };

/** Every table of the app and of the job queue, from the catalogue: a table added later is scanned too. */
async function listTables(client: pg.Client): Promise<TableName[]> {
  const { rows } = await client.query<{ table_schema: string; table_name: string }>(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY 1, 2`,
  );
  return rows.map((r) => ({ schema: r.table_schema, table: r.table_name }));
}

const quoted = ({ schema, table }: TableName) => `"${schema}"."${table}"`;
const patternsOf = (tokens: Iterable<string>) => [...tokens].map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

/** Each row of a table, as PostgreSQL writes the whole row as text, that mentions any token (an id, an address, a name, a hash). */
async function rowsMentioning(client: pg.Client, table: TableName, tokens: Iterable<string>): Promise<string[]> {
  const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${quoted(table)} t WHERE t::text ILIKE ANY($1::text[])`, [patternsOf(tokens)]);
  return rows.map((r) => r.row);
}

async function allRows(client: pg.Client, table: TableName): Promise<string[]> {
  const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${quoted(table)} t ORDER BY 1`);
  return rows.map((r) => r.row);
}

/**
 * Everything that names the client: their id and address, the hashed forms rate limits store,
 * then (to a fixed point) the id of every row that mentions any of these, so a person, a draft,
 * an email, or a notification about their interview counts, however many steps away.
 */
async function collectTokens(client: pg.Client, tables: TableName[], user: { id: string; email: string }): Promise<Set<string>> {
  const hash = (value: string) => createHash("sha256").update(value).digest("base64url");
  const tokens = new Set([user.id, user.email, hash(user.id), hash(user.email)]);
  const withId = [];
  for (const table of tables.filter((t) => t.schema === "public")) {
    const { rows } = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id'`, [table.table]);
    if (rows.length > 0) withId.push(table);
  }
  for (let size = 0; size !== tokens.size; ) {
    size = tokens.size;
    for (const table of withId) {
      const { rows } = await client.query<{ id: string }>(`SELECT t.id::text AS id FROM ${quoted(table)} t WHERE t::text ILIKE ANY($1::text[])`, [patternsOf(tokens)]);
      for (const { id } of rows) tokens.add(id);
    }
  }
  return tokens;
}

describe("deleting your account (issue 17): nothing is left behind", () => {
  const { db, url } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let world: Awaited<ReturnType<typeof seedRichWorld>>;
  let client: pg.Client;

  beforeEach(async () => {
    outbox.reset();
    world = await seedRichWorld(db, NOW);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    return () => client.end();
  });

  it("a client's deletion leaves no row that names them in any table, cancels their jobs, tells their coach, and leaves everyone else's rows as they were", async () => {
    const { ids } = world;
    const jane = { id: ids.jane, email: "jane.doe@example.com" };
    const tables = await listTables(client);
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(["User", "Email", "RateLimit", "OutboxMessage", "job"]));
    const tokens = await collectTokens(client, tables, jane);

    // The world really has Jane everywhere: every kind of record the test is about exists before.
    // Rows that name her only by name in text (her coach's digest) change or go too; everything else stays.
    const before = new Map<string, { mentioning: string[]; others: string[] }>();
    for (const table of tables) {
      const mentioning = await rowsMentioning(client, table, tokens);
      const byName = await rowsMentioning(client, table, ["Jane Doe"]);
      const all = await allRows(client, table);
      before.set(quoted(table), { mentioning, others: all.filter((row) => !mentioning.includes(row) && !byName.includes(row)) });
    }
    const mentioned = (name: string) => before.get(`"public"."${name}"`)!.mentioning.length;
    for (const name of ["Interview", "InterviewPerson", "DebriefNote", "InterviewItem", "CallLog", "Expense", "FollowUpTask", "Draft", "DraftVersion", "DraftComment", "Reference", "ReferenceGiven", "Email", "EmailSend", "WebhookEvent", "Notification", "Session", "Account", "RateLimit", "VerificationToken", "SignInLinkUse", "CalendarFeed", "Digest", "Invitation", "ReplanRun", "OutboxMessage", "CoachClient"]) {
      expect(mentioned(name), name).toBeGreaterThan(0);
    }
    expect(before.get(`"pgboss"."job"`)!.mentioning.length).toBeGreaterThan(0);

    const result = await callerFor(db, ids.jane, () => NOW).account.deleteAccount({ confirmEmail: " Jane.Doe@example.com " });
    expect(result).toEqual({ deleted: true, coachesTold: 1, clientsReassigned: 0 });

    // Nothing names Jane any more, in any table of the app or the queue, bar the notice to her coach.
    const leftovers: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = await rowsMentioning(client, table, [...tokens, "Jane Doe"]);
      if (rows.length > 0) leftovers[quoted(table)] = rows;
    }
    const notices = await db.notification.findMany({ where: { kind: "CLIENT_DELETED_ACCOUNT" }, select: { userId: true, message: true, interviewId: true } });
    expect(notices).toEqual([{ userId: ids.owner, interviewId: null, message: expect.stringMatching(/^Jane Doe deleted their Followthrough account/) }]);
    expect(leftovers).toEqual({ '"public"."Notification"': [expect.stringContaining("Jane Doe deleted their Followthrough account")] });

    // Her coach's digest keeps its week and status, without the text that named her.
    expect(await db.digest.findFirstOrThrow({ where: { userId: ids.owner }, select: { status: true, isoWeek: true, text: true, html: true } })).toEqual({ status: "SENT", isoWeek: "2026-W47", text: null, html: null });

    // Everyone else's rows are exactly as they were (the queue's own bookkeeping aside), plus the notice.
    for (const table of tables.filter((t) => t.schema === "public")) {
      const after = (await allRows(client, table)).filter((row) => table.table !== "Digest" || !row.includes("Your clients this week"));
      const expected = before.get(quoted(table))!.others;
      if (table.table === "Notification") expect(after.filter((row) => !row.includes("CLIENT_DELETED_ACCOUNT")).sort()).toEqual([...expected].sort());
      else expect(after, table.table).toEqual(expected);
    }
  });

  it("a coach's notice that the client's own reminder failed (her address, no interview) goes with her; a notice about another client stays", async () => {
    const { ids } = world;
    // What deliver-email's notifyFailure writes for a reminder: the client's address in the text, no interview.
    const failed = (address: string) => `The email "Your follow-ups due today" to ${address} could not be sent: The address does not exist.`;
    await db.notification.createMany({
      data: [
        { userId: ids.owner, kind: "EMAIL_FAILED", message: failed("jane.doe@example.com"), interviewId: null },
        { userId: ids.owner, kind: "EMAIL_FAILED", message: failed("priya.shah@example.com"), interviewId: null },
      ],
    });

    await callerFor(db, ids.jane, () => NOW).account.deleteAccount({ confirmEmail: "jane.doe@example.com" });

    const left = await db.notification.findMany({ where: { userId: ids.owner, kind: "EMAIL_FAILED" }, select: { message: true } });
    expect(left).toEqual([{ message: failed("priya.shah@example.com") }]);
  });

  it("a scheduled send is cancelled first: its job is gone, and a job that still ran would find nothing to send", async () => {
    const email = await db.email.findUniqueOrThrow({ where: { id: world.scheduledEmailId }, select: { id: true, status: true, scheduleVersion: true } });
    expect(email.status).toBe("SCHEDULED");
    const jobsOf = async (emailId: string) => (await client.query(`SELECT state FROM pgboss.job WHERE name = 'email-deliver' AND singleton_key = $1`, [emailId])).rows;
    expect(await jobsOf(email.id)).toEqual([{ state: "created" }]);

    await callerFor(db, world.ids.jane, () => NOW).account.deleteAccount({ confirmEmail: "jane.doe@example.com" });

    expect(await jobsOf(email.id)).toEqual([]);
    outbox.reset();
    const later = new Date("2026-11-24T14:00:00Z");
    expect(await deliverEmail(db, { emailId: email.id, scheduleVersion: email.scheduleVersion }, { now: later, isLastAttempt: false, leaseMs: 60_000 })).toEqual({ outcome: "skipped", status: "GONE" });
    expect(outbox.requests).toEqual([]);
  });

  it("the queue drops the jobs of all her emails in the same number of statements whether she has one or six", async () => {
    const boss = await getJobQueue();
    const executeSql = vi.spyOn(boss.getDb(), "executeSql");
    try {
      const statementsToDrop = async (count: number) => {
        const ids = Array.from({ length: count }, () => `email-${randomUUID()}`);
        for (const id of ids) await enqueueEmailDelivery(boss, { id, scheduleVersion: 1, scheduledFor: new Date(NOW.getTime() + 3_600_000) }, NOW);
        executeSql.mockClear();
        await dropEmailJobs(ids);
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = ANY($2::text[])`, [DELIVER_EMAIL_QUEUE, ids]);
        expect(rows).toEqual([{ n: 0 }]);
        // The queue's own upkeep runs beside the test: only the statements about this queue count.
        return executeSql.mock.calls.filter(([, values]) => values?.[0] === DELIVER_EMAIL_QUEUE).length;
      };
      const forSix = await statementsToDrop(6);
      expect(forSix).toBeGreaterThan(0);
      expect(forSix).toBe(await statementsToDrop(1));
    } finally {
      executeSql.mockRestore();
    }
  });

  it("an email a worker is handing to the provider right now holds the deletion back (409); nothing is deleted", async () => {
    await db.email.update({ where: { id: world.scheduledEmailId }, data: { status: "SENDING", claimedAt: NOW } });
    const failure = await errorOf(callerFor(db, world.ids.jane, () => NOW).account.deleteAccount({ confirmEmail: "jane.doe@example.com" }));
    expect(failure).toEqual({ code: "CONFLICT", message: "One of your emails is being sent right now. Try again in a minute." });
    expect(await db.user.count({ where: { id: world.ids.jane } })).toBe(1);
    expect(await db.email.findUniqueOrThrow({ where: { id: world.scheduledEmailId }, select: { status: true } })).toEqual({ status: "SENDING" });
    // A claim older than the worker's lease belongs to a worker that died: it no longer holds anything.
    await db.email.update({ where: { id: world.scheduledEmailId }, data: { claimedAt: new Date(NOW.getTime() - 10 * 60_000) } });
    expect(await callerFor(db, world.ids.jane, () => NOW).account.deleteAccount({ confirmEmail: "jane.doe@example.com" })).toMatchObject({ deleted: true });
    expect(await db.email.count({ where: { clientId: world.ids.jane } })).toBe(0);
  });

  it("the session ends with the account: the next call is signed out", async () => {
    await callerFor(db, world.ids.jane, () => NOW).account.deleteAccount({ confirmEmail: "jane.doe@example.com" });
    expect(await db.session.count({ where: { userId: world.ids.jane } })).toBe(0);
    expect((await errorOf(callerFor(db, world.ids.jane, () => NOW).me.settings())).code).toBe("UNAUTHORIZED");
  });

  it("only your own account can go: a coach typing a client's address is refused and the client keeps everything", async () => {
    const count = () => db.interview.count({ where: { clientId: world.ids.jane } });
    const interviews = await count();
    for (const key of ["owner", "coach", "sam"] as DemoKey[]) {
      const failure = await errorOf(callerFor(db, world.ids[key], () => NOW).account.deleteAccount({ confirmEmail: "jane.doe@example.com" }));
      expect(failure).toEqual({ code: "BAD_REQUEST", message: "To confirm, type the email address you sign in with." });
    }
    expect(await count()).toBe(interviews);
    expect(await db.user.count({ where: { id: { in: Object.values(world.ids) } } })).toBe(Object.keys(world.ids).length);
  });

  it("a practice's owner cannot delete their account until they transfer the practice", async () => {
    const failure = await errorOf(callerFor(db, world.ids.owner, () => NOW).account.deleteAccount({ confirmEmail: "olivia.owens@northstar.example" }));
    expect(failure).toEqual({ code: "CONFLICT", message: "You own Northstar Career Coaching. Transfer the practice to another coach before deleting your account." });
    expect(await db.user.count({ where: { id: world.ids.owner } })).toBe(1);
  });

  it("a coach who owns nothing may go: a client they alone coached moves to the practice's owner, and both are told", async () => {
    const { ids } = world;
    // Sam is Ben's only; Priya has Olivia too.
    const result = await callerFor(db, ids.coach, () => NOW).account.deleteAccount({ confirmEmail: "ben.okafor@northstar.example" });
    expect(result).toEqual({ deleted: true, coachesTold: 0, clientsReassigned: 1 });
    const coachesOf = async (clientId: string) => (await db.coachClient.findMany({ where: { clientId }, select: { coachId: true } })).map((a) => a.coachId);
    expect(await coachesOf(ids.sam)).toEqual([ids.owner]);
    expect(await coachesOf(ids.priya)).toEqual([ids.owner]);
    expect(await db.interview.count({ where: { clientId: ids.sam } })).toBeGreaterThan(0);
    const told = await db.notification.findMany({ where: { kind: "COACH_LEFT" }, select: { userId: true, message: true }, orderBy: { userId: "asc" } });
    expect(told).toEqual(
      [
        { userId: ids.sam, message: "Ben Okafor has left Followthrough. Olivia Owens is your coach now." },
        { userId: ids.owner, message: "Ben Okafor has left Followthrough; one of their clients is now yours." },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    // Sam's plan is still managed: the owner is now his assigned coach.
    expect(await callerFor(db, ids.owner, () => NOW).client.get({ id: ids.sam }).then(() => "OK")).toBe("OK");
  });
});
