import "server-only";
import type { Actor } from "@/server/access/actor";
import { canLogInterviews, writableInterviewsWhere } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { ForbiddenError, requireWritten } from "@/server/errors";
import { parseLocalDateTime } from "@/lib/time-zones";
import { toDbDate } from "@/lib/civil-date";
import { recordDecisionTime } from "@/server/outcomes/record-decision-time";
import { replanInterview } from "@/server/tasks/replan-interview";
import {
  createInterviewInput,
  interviewIdInput,
  updateInterviewInput,
} from "./schemas";
import type { z } from "zod";

type ParsedFields = z.output<typeof createInterviewInput>;

const optionalDbDate = (civil: string | null | undefined) => (civil ? toDbDate(civil) : null);

function toInterviewData(fields: ParsedFields) {
  return {
    company: fields.company,
    jobTitle: fields.jobTitle,
    stage: fields.stage,
    outcome: fields.outcome,
    startsAt: parseLocalDateTime(fields.startsAtLocal, fields.timeZone),
    durationMinutes: fields.durationMinutes,
    location: fields.location ?? null,
    nextStep: fields.nextStep ?? null,
    timelineKind: fields.timelineKind,
    timelineDate: fields.timelineKind === "NONE" ? null : optionalDbDate(fields.timelineDate),
    callOn: optionalDbDate(fields.callOn),
    questionsInvited: fields.questionsInvited,
  };
}

function toPersonData(person: z.output<typeof createInterviewInput>["people"][number], position: number) {
  return {
    role: person.role,
    name: person.name,
    title: person.title ?? null,
    email: person.email ?? null,
    phone: person.phone ?? null,
    recallNote: person.recallNote ?? null,
    position,
  };
}

export async function createInterview(db: Db, actor: Actor, input: z.infer<typeof createInterviewInput>, now: Date) {
  if (!canLogInterviews(actor)) throw new ForbiddenError("Only clients log interviews.");
  return db.$transaction(async (tx) => {
    const created = await tx.interview.create({
      data: {
        ...toInterviewData(input),
        clientId: actor.id,
        people: { create: input.people.map((person, position) => toPersonData(person, position)) },
      },
      select: { id: true },
    });
    await replanInterview(tx, created.id, now);
    return created;
  });
}

/**
 * Keeps each person's id when they are still on the interview (later features hang
 * tasks and drafts on it), adds new people and removes the ones left out.
 */
async function replacePeople(tx: DbOrTx, interviewId: string, people: ParsedFields["people"]) {
  const existing = await tx.interviewPerson.findMany({ where: { interviewId }, select: { id: true } });
  const existingIds = new Set(existing.map((p) => p.id));
  const keptIds = new Set(people.flatMap((p) => (p.id && existingIds.has(p.id) ? [p.id] : [])));
  await tx.interviewPerson.deleteMany({ where: { interviewId, id: { notIn: [...keptIds] } } });
  for (const [position, person] of people.entries()) {
    const data = toPersonData(person, position);
    if (person.id && keptIds.has(person.id)) {
      // By the interview too: a person id from the input names someone on this interview or no one.
      await tx.interviewPerson.updateMany({ where: { id: person.id, interviewId }, data });
    } else {
      await tx.interviewPerson.create({ data: { ...data, interviewId } });
    }
  }
}

export async function updateInterview(db: Db, actor: Actor, input: z.infer<typeof updateInterviewInput>, now: Date) {
  return db.$transaction(async (tx) => {
    await recordDecisionTime(tx, { AND: [{ id: input.id }, writableInterviewsWhere(actor)] }, input.outcome, now);
    requireWritten(await tx.interview.updateMany({ where: { AND: [{ id: input.id }, writableInterviewsWhere(actor)] }, data: toInterviewData(input) }), "Interview");
    await replacePeople(tx, input.id, input.people);
    await replanInterview(tx, input.id, now);
    return { id: input.id };
  });
}

export async function deleteInterview(db: Db, actor: Actor, input: z.infer<typeof interviewIdInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const scope = { AND: [{ id: input.id }, writableInterviewsWhere(actor)] };
    // Its drafts go with it; an email still waiting to go out from one of them must not.
    await tx.email.updateMany({ where: { status: "SCHEDULED", draft: { interview: scope } }, data: { status: "CANCELLED", cancelledAt: now } });
    // Nothing deleted: the transaction rolls back the cancelling above too.
    requireWritten(await tx.interview.deleteMany({ where: scope }), "Interview");
    return { id: input.id };
  });
}
