import type { Actor } from "@/server/access/actor";
import { tasksClosedBySendWhere, workableTasksWhere } from "@/server/access/policy";
import type { DbOrTx } from "@/server/db/client";
import { replanInterview } from "./replan-interview";

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
 * marked it by hand, and each interview that had a task closed is re-planned in the same
 * transaction (R23: a sent keep-in-touch email plans the next one). One statement closes the
 * tasks of the whole fetch; each task must be of the email's own client and draft interview.
 */
export async function closeTasksAfterSend(tx: DbOrTx, sent: SentEmail[], now: Date) {
  const linked = sent.flatMap(({ taskId, draftId, clientId }) => (taskId && draftId ? [{ AND: [{ id: taskId }, tasksClosedBySendWhere({ clientId, draftId })] }] : []));
  if (linked.length === 0) return;
  const closed = await tx.followUpTask.updateManyAndReturn({
    where: { status: "OPEN", OR: linked },
    data: { status: "DONE", completedAt: now },
    select: { interviewId: true },
  });
  for (const interviewId of new Set(closed.map((task) => task.interviewId))) await replanInterview(tx, interviewId, now);
}
