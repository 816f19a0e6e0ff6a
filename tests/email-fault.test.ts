import { spawn, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIdempotencyKey } from "@/server/email/sender-identity";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";

const ROOT = path.join(import.meta.dirname, "..");
const EMAILS = 6;

/** Short pg-boss expiry, retry and supervision, so a killed worker's job comes back in seconds. */
const FAST_JOBS = {
  FOLLOWTHROUGH_JOB_EXPIRE_SECONDS: "3",
  FOLLOWTHROUGH_JOB_RETRY_DELAY_SECONDS: "1",
  FOLLOWTHROUGH_JOB_RETRY_LIMIT: "10",
  FOLLOWTHROUGH_JOB_POLL_SECONDS: "0.5",
  FOLLOWTHROUGH_JOB_SUPERVISE_SECONDS: "1",
  FOLLOWTHROUGH_JOB_CONCURRENCY: "2",
};

type Worker = { child: ChildProcess; output: string[]; waitFor: (pattern: RegExp) => Promise<RegExpMatchArray> };

/** Every worker's lines, as they are printed: the events the tests wait for. */
const printed = new EventEmitter<{ line: [string] }>();

/**
 * Resolves once, for every pattern, some worker has printed a matching line (the worker logs an
 * email or a batch after the database has recorded it). No polling and no deadline of its own.
 */
function waitForLines(workers: Worker[], patterns: RegExp[]): Promise<void> {
  const missing = new Set(patterns.filter((pattern) => !workers.some((w) => w.output.some((line) => pattern.test(line)))));
  if (missing.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const onLine = (line: string) => {
      for (const pattern of missing) if (pattern.test(line)) missing.delete(pattern);
      if (missing.size > 0) return;
      printed.off("line", onLine);
      resolve();
    };
    printed.on("line", onLine);
  });
}

/** `npm run worker` as a child process, with its stdout kept for the fault points it announces. */
function startWorker(databaseUrl: string, env: Record<string, string> = {}): Worker {
  // Node itself with tsx's loader: the tsx CLI would run the worker as a grandchild, which a
  // SIGKILL to the CLI would leave running. The first --import lets it run server-only modules, as `npm run worker` does.
  const child = spawn(process.execPath, ["--import", "./scripts/lib/allow-server-only.mjs", "--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...FAST_JOBS, DATABASE_URL: databaseUrl, FOLLOWTHROUGH_OUTBOX: "1", FOLLOWTHROUGH_TEST_FAULTS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const onLine = (line: string) => {
    output.push(line);
    printed.emit("line", line);
    for (const waiter of [...waiters]) {
      const match = line.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  // Lines, not chunks: a pipe may split a line across two chunks.
  for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => line && onLine(line));
  child.once("exit", (code, signal) => {
    if (signal !== "SIGKILL" && signal !== "SIGTERM") output.push(`EXITED ${code ?? signal}`);
    for (const waiter of waiters.splice(0)) waiter.resolve(["EXITED"] as unknown as RegExpMatchArray);
  });
  // Waits for the line itself, however long a loaded machine takes to print it; a worker that
  // exits fails the wait at once, and the test's own timeout is the only clock.
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const found = output.map((line) => line.match(pattern)).find(Boolean);
      if (found) return resolve(found);
      if (worker.child.exitCode !== null) return reject(new Error(`The worker exited. Output:\n${output.join("\n")}`));
      waiters.push({
        pattern,
        resolve: (m) => {
          if (m[0] === "EXITED") reject(new Error(`The worker exited. Output:\n${output.join("\n")}`));
          else resolve(m);
        },
      });
    });
  const worker = { child, output, waitFor };
  return worker;
}

async function kill(worker: Worker, signal: NodeJS.Signals): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.child.once("exit", resolve));
  worker.child.kill(signal);
  await exited;
}

describe("exactly once, with workers killed at the fault points (SIGKILL) and provider errors", () => {
  const { db, url } = useTestDatabase();
  const outbox = useOutboxServer(db);
  const workers: Worker[] = [];
  const started: Worker[] = [];
  const start = (env?: Record<string, string>) => {
    const worker = startWorker(url, env);
    workers.push(worker);
    started.push(worker);
    return worker;
  };

  afterEach(async ({ task }) => {
    for (const worker of workers.splice(0)) await kill(worker, "SIGKILL");
    // A test that failed or timed out shows what its workers printed.
    if (task.result?.state === "fail") console.error(started.map((w, i) => `worker ${i}:\n${w.output.join("\n")}`).join("\n"));
    started.splice(0);
  });

  it("every email is accepted by the provider exactly once, and none is lost", { timeout: 600_000 }, async () => {
    outbox.reset();
    const client = await db.user.create({ data: { email: "fault.client@example.com", name: "Fault Client", role: "CLIENT" } });
    const emails = [];
    for (let i = 0; i < EMAILS; i++) {
      emails.push(
        await db.email.create({
          data: {
            kind: "DRAFT",
            clientId: client.id,
            fromAddress: '"Fault Client" <notes@followthrough.example>',
            replyTo: client.email,
            toAddress: `person${i}@employer.example`,
            subject: `Thank you ${i}`,
            html: `<p>Thank you ${i}</p>`,
            text: `Thank you ${i}`,
            contentVersion: 1,
            scheduledFor: new Date(Date.now() - 1000),
            createdById: client.id,
          },
          select: { id: true },
        }),
      );
    }
    const keys = emails.map((e) => buildIdempotencyKey(e.id, 1));

    // 1. Killed after the provider accepted an email, before the database recorded it.
    const first = start({ FOLLOWTHROUGH_FAULT_PAUSE_AT: "after-provider" });
    const [, , acceptedButUnrecorded] = await first.waitFor(/^FAULT_POINT (after-provider) (\S+)$/);
    await kill(first, "SIGKILL");
    expect(outbox.requests.some((r) => r.idempotencyKey === buildIdempotencyKey(acceptedButUnrecorded!, 1) && r.status === 200)).toBe(true);
    expect((await db.email.findUniqueOrThrow({ where: { id: acceptedButUnrecorded! } })).status).toBe("SENDING");

    // 2. Killed after claiming an email, before calling the provider.
    const second = start({ FOLLOWTHROUGH_FAULT_PAUSE_AT: "before-provider" });
    const [, , claimedNotSent] = await second.waitFor(/^FAULT_POINT (before-provider) (\S+)$/);
    await kill(second, "SIGKILL");
    expect((await db.email.findUniqueOrThrow({ where: { id: claimedNotSent! } })).status).toBe("SENDING");

    // 3. The provider answers 429 and 500 a few times; two workers share the database.
    outbox.failNext(429, 500, 429, 500);
    start();
    start();
    await waitForLines(started, emails.map((e) => new RegExp(`^\\[worker\\] email ${e.id}: sent$`)));
    expect((await db.email.findMany({ select: { status: true } })).map((e) => e.status)).toEqual(Array(EMAILS).fill("SENT"));

    // From the raw request log: every key reached the provider, the injected errors were seen,
    // and the email cut off after the provider call was asked for again under the same key.
    const requestedKeys = new Set(outbox.requests.map((r) => r.idempotencyKey));
    for (const key of keys) expect(requestedKeys.has(key), key).toBe(true);
    expect(outbox.requests.filter((r) => r.status === 429)).toHaveLength(2);
    expect(outbox.requests.filter((r) => r.status === 500)).toHaveLength(2);
    expect(outbox.requests.filter((r) => r.idempotencyKey === buildIdempotencyKey(acceptedButUnrecorded!, 1) && r.status === 200).length).toBeGreaterThanOrEqual(2);

    // From the provider's store and the database: accepted once per email, nothing lost.
    const accepted = await db.outboxMessage.findMany({ select: { id: true, idempotencyKey: true } });
    expect(accepted.map((m) => m.idempotencyKey).sort()).toEqual([...keys].sort());
    const recorded = await db.email.findMany({ select: { id: true, providerId: true } });
    const acceptedByKey = new Map(accepted.map((m) => [m.idempotencyKey, m.id]));
    for (const email of recorded) expect(email.providerId).toBe(acceptedByKey.get(buildIdempotencyKey(email.id, 1)));
    expect(await db.emailSend.count()).toBe(EMAILS);
  });

  it("each weekly digest is sent once, with two workers and one killed in the middle of a batch", { timeout: 600_000 }, async () => {
    outbox.reset();
    // Monday 00:00 is the start of every ISO week, so a digest set for then is due whatever today is.
    const users = [];
    for (let i = 0; i < 130; i++) {
      users.push(
        await db.user.create({
          data: { email: `digest${i}@example.com`, name: `Digest ${i}`, role: "CLIENT", timeZone: "UTC", digestWeekday: 1, digestHour: 0, digestAlways: true },
          select: { id: true, email: true },
        }),
      );
    }

    // Killed after the provider accepted the first batch, before the database recorded it.
    // Composing and rendering 100 digests takes longer than the email test's 3 s expiry.
    const slower = { FOLLOWTHROUGH_JOB_EXPIRE_SECONDS: "15" };
    const first = start({ ...slower, FOLLOWTHROUGH_FAULT_PAUSE_AT: "digest-after-provider" });
    const [, , batchId] = await first.waitFor(/^FAULT_POINT (digest-after-provider) (\S+)$/);
    await kill(first, "SIGKILL");
    // 130 users make a batch of 100 and one of 30; either may be the one the worker reached first.
    const members = await db.digest.count({ where: { batchId: batchId! } });
    expect([100, 30]).toContain(members);
    expect(await db.digest.count({ where: { batchId: batchId!, status: "SENT" } })).toBe(0);

    start(slower);
    start(slower);
    // Both batches were formed before the first worker reached the provider; wait until each is recorded as sent.
    const batchIds = (await db.digestBatch.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((b) => b.id);
    expect(batchIds).toHaveLength(2);
    await waitForLines(started, batchIds.map((id) => new RegExp(`^\\[worker\\] digest batch ${id}: [1-9]\\d* sent`)));
    expect(await db.digest.count({ where: { status: "SENT" } })).toBe(users.length);

    // The killed batch was asked for again under the same key, and the provider kept one of each.
    expect(outbox.requests.filter((r) => r.idempotencyKey === `digest-batch:${batchId}`).length).toBeGreaterThanOrEqual(2);
    const delivered = await db.outboxMessage.findMany({ select: { to: true } });
    const perRecipient = new Map<string, number>();
    for (const message of delivered) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect([...perRecipient.keys()].sort()).toEqual(users.map((u) => u.email).sort());
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    // Each user is in exactly one batch, for this one ISO week, and batches hold at most 100.
    expect(await db.digest.count()).toBe(users.length);
    const batches = await db.digest.groupBy({ by: ["batchId"], _count: { _all: true } });
    expect(batches.map((b) => b._count._all).sort((a, b) => a - b)).toEqual([30, 100]);
    // The killed batch kept the members it had stored before the provider call.
    expect(await db.digest.count({ where: { batchId: batchId! } })).toBe(members);
  });
});
