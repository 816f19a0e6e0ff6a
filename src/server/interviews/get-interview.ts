import "server-only";
import type { Actor } from "@/server/access/actor";
import { interviewAbilities, interviewAbilitySelect, readableInterviewsWhere } from "@/server/access/policy";
import { interviewDraftsRelation } from "@/server/drafts/manage-drafts";
import { readPlanPrompts, readStoredPlanPrompts } from "@/server/tasks/replan-interview";
import { taskSelect } from "@/server/tasks/task-select";
import { withTaskWork } from "@/server/tasks/task-work";
import { interviewNotesRelation } from "./manage-record";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { interviewRecordSelect } from "./interview-select";

/** The interview as the actor may read it, with what its abilities are worked out from. */
const readableInterviewSelect = (actor: Actor) =>
  ({
    ...interviewRecordSelect,
    client: { select: { id: true, name: true, email: true, timeZone: true, ...interviewAbilitySelect(actor) } },
    people: {
      orderBy: { position: "asc" },
      select: { id: true, role: true, name: true, title: true, email: true, phone: true, recallNote: true, emailBouncedAt: true },
    },
  }) as const;

/** The client as loaded becomes the interview's client and its abilities (policy.ts), not more queries. */
type LoadedClient = Parameters<typeof interviewAbilities>[1] & { name: string | null; email: string; timeZone: string };
function withAbilities<T extends { client: LoadedClient }>(actor: Actor, { client, ...rest }: T) {
  const { id, name, email, timeZone } = client;
  return { ...rest, client: { id, name, email, timeZone }, ...interviewAbilities(actor, client) };
}

export async function getInterview(db: Db, actor: Actor, id: string) {
  const interview = await db.interview.findFirst({ where: { AND: [{ id }, readableInterviewsWhere(actor)] }, select: readableInterviewSelect(actor) });
  if (!interview) throw new NotFoundError("Interview");
  return withAbilities(actor, interview);
}

/**
 * Everything recorded about an interview that this actor may see, beside the interview itself,
 * and what its plan says beside the tasks (what could not be fitted before a decision, R16's advice),
 * as the last re-plan left it. One statement reads the interview with its lists (Prisma's relation joins),
 * one more where each task's letter stands; no planner run.
 */
export async function getInterviewRecord(db: Db, actor: Actor, id: string, now: Date) {
  const found = await db.interview.findFirst({
    where: { AND: [{ id }, readableInterviewsWhere(actor)] },
    select: {
      ...readableInterviewSelect(actor),
      planPrompts: true,
      notes: interviewNotesRelation(actor),
      items: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, title: true, dueOn: true, receivedAt: true, doneAt: true } },
      calls: { orderBy: { calledAt: "asc" }, select: { id: true, calledAt: true, answered: true, notes: true } },
      expenses: { orderBy: { createdAt: "asc" }, select: { id: true, description: true, amountCents: true, currency: true, receiptNote: true, requestedAt: true, paidAt: true } },
      tasks: { orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }], select: taskSelect },
      drafts: interviewDraftsRelation(actor),
    },
  });
  if (!found) throw new NotFoundError("Interview");
  const { planPrompts: stored, notes, items, calls, expenses, tasks, drafts, ...interview } = found;
  const [withWork, planPrompts] = await Promise.all([
    withTaskWork(db, actor, tasks),
    // Stored by the tasks service at each re-plan; only an interview not re-planned since then runs the planner here.
    readStoredPlanPrompts(stored) ?? readPlanPrompts(db, id, now),
  ]);
  return { interview: withAbilities(actor, interview), notes, items, calls, expenses, tasks: withWork, planPrompts, drafts };
}

export type InterviewDetail = Awaited<ReturnType<typeof getInterview>>;
