import "server-only";
import type { Prisma } from "@/generated/prisma/client";
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

/**
 * A thank-you thanks its person whatever page it was started from: the open tasks of that
 * person (on the draft's interview) a draft of each kind satisfies once it went out, besides
 * the task it was started from. R21: a card is a channel of its own, so only a letter or card
 * on paper closes the card task; a thank-you on paper or by email closes the thank-you (R01,
 * R22 for a recruiter's).
 */
const TASKS_THANKED_BY: Record<string, string[]> = {
  THANK_YOU_EMAIL: ["THANK_YOU", "RECRUITER_THANK_YOU"],
  RECRUITER_THANK_YOU: ["THANK_YOU", "RECRUITER_THANK_YOU"],
  THANK_YOU_LETTER: ["THANK_YOU", "RECRUITER_THANK_YOU", "HANDWRITTEN_CARD"],
};

/** A letter draft written for a follow-up letter (R08, R09) is not a thank-you: it closes only its own task. */
const THANK_YOU_TASK_KINDS = new Set(Object.values(TASKS_THANKED_BY).flat());

const draftWentOutSelect = { id: true, interviewId: true, kind: true, taskId: true, recipientPersonId: true } as const;
type DraftWentOut = { id: string; interviewId: string; kind: string; taskId: string | null; recipientPersonId: string | null };

/** The open tasks a draft that went out satisfies: the task it was started from, and its person's thank-you tasks. */
async function tasksSatisfiedByWhere(tx: DbOrTx, draft: DraftWentOut): Promise<Prisma.FollowUpTaskWhereInput | null> {
  const linked = draft.taskId ? await tx.followUpTask.findFirst({ where: { id: draft.taskId, interviewId: draft.interviewId }, select: { id: true, kind: true } }) : null;
  const satisfied: Prisma.FollowUpTaskWhereInput[] = linked ? [{ id: linked.id }] : [];
  const thanked = TASKS_THANKED_BY[draft.kind];
  if (thanked && draft.recipientPersonId && (!linked || THANK_YOU_TASK_KINDS.has(linked.kind))) {
    satisfied.push({ recipientPersonId: draft.recipientPersonId, kind: { in: thanked } });
  }
  return satisfied.length > 0 ? { interviewId: draft.interviewId, status: "OPEN", OR: satisfied } : null;
}

/**
 * Closes, in the caller's transaction, the open tasks these drafts of one interview satisfy
 * (within `scope`, each draft's own), and re-plans the interview when any closed. The
 * interview's row is locked first, as every writer of its tasks does.
 */
async function closeSatisfiedTasks(tx: DbOrTx, interviewId: string, drafts: { draft: DraftWentOut; scope: Prisma.FollowUpTaskWhereInput }[], now: Date) {
  await lockInterviewForReplan(tx, interviewId);
  const conditions: Prisma.FollowUpTaskWhereInput[] = [];
  for (const { draft, scope } of drafts) {
    const satisfied = await tasksSatisfiedByWhere(tx, draft);
    if (satisfied) conditions.push({ AND: [satisfied, scope] });
  }
  if (conditions.length === 0) return;
  const { count } = await tx.followUpTask.updateMany({ where: { interviewId, status: "OPEN", OR: conditions }, data: { status: "DONE", completedAt: now } });
  if (count > 0) await replanInterview(tx, interviewId, now);
}

/** A draft whose email the worker recorded as sent, with the client the email belongs to. */
export type SentEmail = DraftWentOut & { clientId: string };

/**
 * The worker recorded these emails as sent: the tasks each one's draft satisfies are done, as
 * if the client had marked them by hand, and the interview is re-planned in the same
 * transaction (R23: a sent keep-in-touch email plans the next one). One transaction per
 * interview, taken in a fixed order, so two workers (or a worker and a person) never wait on
 * each other in a cycle; each task must be of the email's own client and draft interview. A
 * draft that can satisfy no task (no link, not a thank-you) costs no query at all.
 */
export async function closeTasksAfterSend(db: Db, sent: SentEmail[], now: Date) {
  const byInterview = new Map<string, { draft: DraftWentOut; scope: Prisma.FollowUpTaskWhereInput }[]>();
  for (const { clientId, ...draft } of sent) {
    if (!draft.taskId && !(TASKS_THANKED_BY[draft.kind] && draft.recipientPersonId)) continue;
    const scope = tasksClosedBySendWhere({ clientId, draftId: draft.id });
    byInterview.set(draft.interviewId, [...(byInterview.get(draft.interviewId) ?? []), { draft, scope }]);
  }
  for (const interviewId of [...byInterview.keys()].sort()) {
    await db.$transaction((tx) => closeSatisfiedTasks(tx, interviewId, byInterview.get(interviewId)!, now), { timeout: 30_000 });
  }
}

/**
 * The client printed a letter or card, or logged an email as sent by hand: in the caller's
 * transaction, the tasks it satisfies are done and the interview is re-planned.
 */
export async function closeTasksAfterDraftWentOut(tx: DbOrTx, actor: Actor, draftId: string, now: Date) {
  const draft = await tx.draft.findUniqueOrThrow({ where: { id: draftId }, select: draftWentOutSelect });
  await closeSatisfiedTasks(tx, draft.interviewId, [{ draft, scope: workableTasksWhere(actor) }], now);
}
