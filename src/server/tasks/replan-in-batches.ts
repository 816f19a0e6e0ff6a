import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, DbOrTx } from "@/server/db/client";
import { replanInterview } from "./replan-interview";

/**
 * Re-planning every interview of a practice (its settings changed) or of a client (their zone
 * changed) can take minutes for a large practice on a busy machine. So the change is saved in
 * its own short transaction, which also (re)starts a ReplanRun, and a job re-plans the
 * interviews in short batches, recording its progress for the settings page to show.
 */
export type ReplanScope = `practice:${string}` | `client:${string}`;

export const practiceReplanScope = (practiceId: string): ReplanScope => `practice:${practiceId}`;
export const clientReplanScope = (clientId: string): ReplanScope => `client:${clientId}`;

/** How many interviews one transaction re-plans: a few seconds at most, even on a busy machine. */
export const REPLAN_BATCH_SIZE = 50;

function interviewsOf(scope: string): Prisma.InterviewWhereInput {
  const [kind, id] = [scope.slice(0, scope.indexOf(":")), scope.slice(scope.indexOf(":") + 1)];
  if (kind === "practice" && id) return { client: { clientOf: { some: { practiceId: id } } } };
  if (kind === "client" && id) return { clientId: id };
  throw new Error(`Not a re-plan scope: ${scope}`);
}

/**
 * Starts (or restarts) the re-plan of a scope, in the caller's transaction, right after the
 * change it follows. A run already under way starts again from the first interview, so the
 * job ends with every plan made from the newest settings.
 */
export async function startReplanRun(tx: DbOrTx, scope: ReplanScope, now: Date): Promise<{ total: number }> {
  const total = await tx.interview.count({ where: interviewsOf(scope) });
  const restart = { total, done: 0, cursor: null, startedAt: now, finishedAt: total === 0 ? now : null };
  await tx.replanRun.upsert({ where: { scope }, create: { scope, ...restart }, update: { ...restart, generation: { increment: 1 } } });
  return { total };
}

type RunRow = { generation: number; cursor: string | null; done: number; finishedAt: Date | null };

/**
 * Re-plans the next batch in one short transaction. The run's row is locked first, so two
 * jobs of one scope (a retry beside a late original, a duplicate) take batches in turn and
 * never count one twice; a change saved meanwhile waits for this batch, then restarts the run.
 * Each interview is re-planned by `replanInterview`, which locks the interview's row.
 */
async function replanNextBatch(db: Db, scope: string, now: Date, batchSize: number): Promise<{ replanned: number; finished: boolean }> {
  return db.$transaction(async (tx) => {
    const [run] = await tx.$queryRaw<RunRow[]>`SELECT generation, cursor, done, "finishedAt" FROM "ReplanRun" WHERE scope = ${scope} FOR UPDATE`;
    if (!run || run.finishedAt) return { replanned: 0, finished: true };
    // One more than the batch: whether any are left, so the last batch also finishes the run.
    const next = await tx.interview.findMany({
      where: { AND: [interviewsOf(scope), run.cursor ? { id: { gt: run.cursor } } : {}] },
      orderBy: { id: "asc" },
      take: batchSize + 1,
      select: { id: true },
    });
    const batch = next.slice(0, batchSize);
    for (const { id } of batch) await replanInterview(tx, id, now);
    const done = run.done + batch.length;
    const finished = next.length <= batchSize;
    await tx.replanRun.update({
      where: { scope },
      // Interviews added or removed since the start change the count; a finished run shows what it did.
      data: finished ? { done, total: done, cursor: null, finishedAt: now } : { done, cursor: batch.at(-1)!.id },
    });
    return { replanned: batch.length, finished };
  });
}

/**
 * The job: re-plans the scope's interviews batch by batch until its run is finished. Safe to run
 * twice or after a crash: it resumes after the last committed batch, and a finished run does
 * nothing. `now` is read per batch, from the caller's clock; `afterBatch` runs after each
 * committed batch (tests watch the progress through it).
 */
export async function runReplan(
  db: Db,
  scope: string,
  getNow: () => Date,
  { batchSize = REPLAN_BATCH_SIZE, afterBatch }: { batchSize?: number; afterBatch?: (replanned: number) => Promise<void> } = {},
): Promise<{ batches: number; replanned: number }> {
  let batches = 0;
  let replanned = 0;
  for (;;) {
    const batch = await replanNextBatch(db, scope, getNow(), batchSize);
    if (batch.replanned > 0) {
      batches += 1;
      replanned += batch.replanned;
      await afterBatch?.(batch.replanned);
    }
    if (batch.finished) return { batches, replanned };
  }
}

/** Runs not finished: the sweep queues a job for each, in case queuing after the save failed. */
export async function findUnfinishedReplans(db: Db): Promise<string[]> {
  const runs = await db.replanRun.findMany({ where: { finishedAt: null }, orderBy: { startedAt: "asc" }, select: { scope: true } });
  return runs.map((run) => run.scope);
}

export type ReplanProgress = { total: number; done: number; finished: boolean };

/** The progress of each scope's latest re-plan, for the settings page; a scope never re-planned has none. */
export async function getReplanProgress(db: DbOrTx, scopes: ReplanScope[]): Promise<Map<string, ReplanProgress>> {
  if (scopes.length === 0) return new Map();
  const runs = await db.replanRun.findMany({ where: { scope: { in: scopes } }, select: { scope: true, total: true, done: true, finishedAt: true } });
  return new Map(runs.map((run) => [run.scope, { total: run.total, done: run.done, finished: run.finishedAt !== null }]));
}

/** Re-plans the given interviews one short transaction each (the demo seed, right after it loads). */
export async function replanEach(db: Db, interviewIds: string[], now: Date): Promise<void> {
  for (const id of interviewIds) await db.$transaction((tx) => replanInterview(tx, id, now));
}
