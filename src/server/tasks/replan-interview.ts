import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { fromDbDate, toDbDate } from "@/lib/civil-date";
import { loadPlannerSettings } from "@/server/practices/load-planner-settings";
import { planFollowUp } from "@/server/planner/plan-follow-up";
import { PlannerInputError, type FollowUpPlan, type PlannedTask, type PlannerInput, type PlannerPrompt } from "@/server/planner/planner-types";

function toTaskData(task: PlannedTask) {
  return {
    kind: task.kind,
    rules: task.rules,
    title: task.title,
    channel: task.channel,
    dueAt: task.dueAt,
    recipientPersonId: task.recipientPersonId ?? null,
    arrivesFrom: task.arrivesBetween ? toDbDate(task.arrivesBetween[0]) : null,
    arrivesBy: task.arrivesBetween ? toDbDate(task.arrivesBetween[1]) : null,
  };
}

/**
 * Holds the interview's row until the caller's transaction ends, so two re-plans of one
 * interview (two workers, or a worker and a person) run one after the other instead of both
 * inserting the same planned task. A transaction that also writes tasks takes it first.
 */
export async function lockInterviewForReplan(tx: DbOrTx, interviewId: string) {
  await tx.$queryRaw`SELECT id FROM "Interview" WHERE id = ${interviewId} FOR UPDATE`;
}

/** The interview as the planner needs it, and the planner's input made from it. */
async function loadPlannerInput(tx: DbOrTx, interviewId: string, now: Date) {
  const interview = await tx.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: {
      id: true,
      clientId: true,
      company: true,
      startsAt: true,
      durationMinutes: true,
      stage: true,
      outcome: true,
      timelineKind: true,
      timelineDate: true,
      callOn: true,
      questionsInvited: true,
      coldAt: true,
      planPrompts: true,
      client: { select: { timeZone: true, name: true, email: true } },
      people: { orderBy: { position: "asc" }, select: { id: true, role: true, name: true } },
      items: { where: { doneAt: null }, select: { id: true, kind: true, title: true, dueOn: true, receivedAt: true } },
      calls: { orderBy: { calledAt: "asc" }, select: { calledAt: true, answered: true } },
      expenses: { select: { id: true, description: true, requestedAt: true, paidAt: true } },
      tasks: { select: { id: true, key: true, kind: true, status: true, editedByHand: true, recipientPersonId: true, completedAt: true } },
      referencesGiven: {
        select: {
          reference: {
            select: { id: true, name: true, letterReceivedAt: true, givenTo: { orderBy: [{ givenAt: "desc" }, { interviewId: "asc" }], take: 1, select: { interviewId: true } } },
          },
        },
      },
    },
  });

  const input: PlannerInput = {
    now,
    timeZone: interview.client.timeZone,
    settings: await loadPlannerSettings(tx, interview.clientId),
    interview: { startsAt: interview.startsAt, durationMinutes: interview.durationMinutes, stage: interview.stage, outcome: interview.outcome },
    people: interview.people,
    timeline: {
      kind: interview.timelineKind,
      date: interview.timelineDate ? fromDbDate(interview.timelineDate) : null,
      callOn: interview.callOn ? fromDbDate(interview.callOn) : null,
      questionsInvited: interview.questionsInvited,
    },
    items: interview.items.map((item) => ({ ...item, dueOn: item.dueOn ? fromDbDate(item.dueOn) : null })),
    calls: interview.calls.map((c) => ({ at: c.calledAt, answered: c.answered })),
    expenses: interview.expenses,
    referencesGiven: interview.referencesGiven.map(({ reference }) => ({
      id: reference.id,
      name: reference.name,
      letterReceivedAt: reference.letterReceivedAt,
      // The thank-you goes on the interview the reference was given to most recently.
      thankHere: reference.givenTo[0]?.interviewId === interviewId,
    })),
    keepInTouchDone: interview.tasks
      .filter((t) => t.kind === "KEEP_IN_TOUCH" && t.status === "DONE" && t.recipientPersonId && t.completedAt)
      .map((t) => ({ personId: t.recipientPersonId!, doneAt: t.completedAt! })),
  };
  return { interview, input };
}

/**
 * The plan, or, for a stored row the API would refuse today (a decision before the interview,
 * a zone the runtime no longer knows), a plan with no tasks whose prompt says why.
 */
function planOrExplain(input: PlannerInput): { plan: FollowUpPlan; planned: boolean } {
  try {
    return { plan: planFollowUp(input), planned: true };
  } catch (error) {
    if (!(error instanceof PlannerInputError)) throw error;
    return { plan: { tasks: [], prompts: [{ text: `No plan could be made: ${error.message}` }], cold: false, timelineRule: "NONE" }, planned: false };
  }
}

/**
 * Keeps the plan's prompts on the interview, so the interview page shows them without running the planner
 * (they were worked out with the tasks they sit beside). Written only when they changed, and by SQL, so
 * the interview's updatedAt (its last activity on the coach's dashboard) does not move on a re-plan.
 */
async function storePlanPrompts(tx: DbOrTx, interviewId: string, stored: unknown, prompts: PlannerPrompt[]) {
  const before = readStoredPlanPrompts(stored);
  const same = (a: PlannerPrompt, b: PlannerPrompt) => a.text === b.text && (a.rule ?? null) === (b.rule ?? null);
  if (before && before.length === prompts.length && before.every((prompt, i) => same(prompt, prompts[i]!))) return;
  await tx.$executeRaw`UPDATE "Interview" SET "planPrompts" = ${JSON.stringify(prompts)}::jsonb WHERE id = ${interviewId}`;
}

/** The prompts the tasks service stored at the last re-plan; null for an interview not re-planned since they were first stored. */
export function readStoredPlanPrompts(stored: unknown): PlannerPrompt[] | null {
  return Array.isArray(stored) ? (stored as PlannerPrompt[]) : null;
}

/** What the plan has to say beside its tasks (R16's advice, what could not be fitted, why there is no plan), without writing. */
export async function readPlanPrompts(db: DbOrTx, interviewId: string, now: Date): Promise<PlannerPrompt[]> {
  const { input } = await loadPlannerInput(db, interviewId, now);
  return planOrExplain(input).plan.prompts;
}

/**
 * Works the plan out again after the interview changed, and brings the stored tasks in
 * line with it: open planned tasks follow the new plan, tasks that are done, skipped or
 * edited by hand stay exactly as they are, and nothing is created twice (the planner's
 * key is unique per interview). Runs inside the caller's transaction.
 */
export async function replanInterview(tx: DbOrTx, interviewId: string, now: Date) {
  await lockInterviewForReplan(tx, interviewId);
  const { interview, input } = await loadPlannerInput(tx, interviewId, now);
  const { plan, planned } = planOrExplain(input);
  await storePlanPrompts(tx, interviewId, interview.planPrompts, plan.prompts);
  // Impossible stored input leaves the tasks as they are: the change that asked for the re-plan still goes through.
  if (!planned) return plan;

  const stored = new Map(interview.tasks.filter((t) => t.key).map((t) => [t.key!, t]));
  const plannedKeys = new Set(plan.tasks.map((t) => t.key));
  const untouched = (t: { status: string; editedByHand: boolean }) => t.status === "OPEN" && !t.editedByHand;

  const stale = interview.tasks.filter((t) => t.key && !plannedKeys.has(t.key) && untouched(t)).map((t) => t.id);
  // The writes repeat the interview and "untouched" in their `where`: a task done or moved by
  // hand since it was read keeps what the person did.
  const stillUntouched = { interviewId, status: "OPEN", editedByHand: false } as const;
  if (stale.length > 0) await tx.followUpTask.deleteMany({ where: { id: { in: stale }, ...stillUntouched } });
  for (const task of plan.tasks) {
    const existing = stored.get(task.key);
    if (!existing) {
      await tx.followUpTask.create({ data: { ...toTaskData(task), interviewId, key: task.key } });
    } else if (untouched(existing)) {
      await tx.followUpTask.updateMany({ where: { id: existing.id, ...stillUntouched }, data: toTaskData(task) });
    }
  }

  // R14: the lead goes cold once, and the client's coaches are told in the app.
  if (plan.cold && !interview.coldAt) {
    await tx.interview.update({ where: { id: interviewId }, data: { coldAt: now } });
    const coaches = await tx.coachClient.findMany({ where: { clientId: interview.clientId }, select: { coachId: true } });
    const who = interview.client.name ?? interview.client.email;
    await tx.notification.createMany({
      data: coaches.map(({ coachId }) => ({
        userId: coachId,
        kind: "LEAD_COLD",
        interviewId,
        message: `${who}'s lead at ${interview.company} went cold: three follow-up calls in a row were not answered.`,
      })),
    });
  } else if (!plan.cold && interview.coldAt) {
    await tx.interview.update({ where: { id: interviewId }, data: { coldAt: null } });
  }
  return plan;
}
