import "server-only";
import type { Actor } from "@/server/access/actor";
import { tasksClosedBySendWhere, workableTasksWhere } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { lockInterviewForReplan, replanInterview } from "./replan-interview";

/** A call closes the open call task due up to a day and a half after it was made. */
const CALL_CLOSES_TASKS_DUE_WITHIN_MS = 36 * 3_600_000;

/**
 * A logged call closes the open call tasks it answers. Runs in the caller's transaction,
 * which re-plans the interview afterwards (R14 counts the calls).
 */
export async function closeTasksAfterCall(tx: DbOrTx, actor: Actor, interviewId: string, calledAt: Date) {
  await tx.followUpTask.updateMany({
    where: {
      AND: [
        { interviewId, kind: { in: ["FOLLOW_UP_CALL", "FINAL_CALL"] }, status: "OPEN", dueAt: { lte: new Date(calledAt.getTime() + CALL_CLOSES_TASKS_DUE_WITHIN_MS) } },
        workableTasksWhere(actor),
      ],
    },
    data: { status: "DONE", completedAt: calledAt },
  });
}

export type SentEmail = { taskId: string | null; draftId: string | null; clientId: string };

/**
 * The worker recorded these emails as sent: each one's task is done, as if the client had
 * marked it by hand, and its interview is re-planned in the same transaction (R23: a sent
 * keep-in-touch email plans the next one). One transaction per interview, taken in a fixed
 * order, so two workers (or a worker and a person) never wait on each other in a cycle; each
 * task must be of the email's own client and draft interview.
 */
export async function closeTasksAfterSend(db: Db, sent: SentEmail[], now: Date) {
  const linked = sent.flatMap(({ taskId, draftId, clientId }) => (taskId && draftId ? [{ AND: [{ id: taskId }, tasksClosedBySendWhere({ clientId, draftId })] }] : []));
  if (linked.length === 0) return;
  const tasks = await db.followUpTask.findMany({ where: { status: "OPEN", OR: linked }, select: { id: true, interviewId: true } });
  const byInterview = new Map<string, string[]>();
  for (const task of tasks) byInterview.set(task.interviewId, [...(byInterview.get(task.interviewId) ?? []), task.id]);
  for (const interviewId of [...byInterview.keys()].sort()) {
    const taskIds = byInterview.get(interviewId)!;
    await db.$transaction(
      async (tx) => {
        await lockInterviewForReplan(tx, interviewId);
        const { count } = await tx.followUpTask.updateMany({ where: { id: { in: taskIds }, interviewId, status: "OPEN" }, data: { status: "DONE", completedAt: now } });
        if (count > 0) await replanInterview(tx, interviewId, now);
      },
      { timeout: 30_000 },
    );
  }
}
