import "server-only";
import type { z } from "zod";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Actor } from "@/server/access/actor";
import {
  editableDraftsWhere,
  editsAsAuthor,
  readableDraftsWhere,
  readableTemplatesWhere,
  reviewableDraftsWhere,
  draftsOfReadableInterviewWhere,
  writableInterviewsWhere,
  writableReferencesWhere,
} from "@/server/access/policy";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, DbOrTx } from "@/server/db/client";
import { emailSummarySelect } from "@/server/email/email-select";
import { BadInputError, ConflictError, NotFoundError } from "@/server/errors";
import { STAGE_LABELS } from "@/lib/interview-labels";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { describeInterview, notifyUsers } from "@/server/notifications/manage-notifications";
import { templateKindForTask } from "@/lib/task-templates";
import type { TemplateValues } from "@/server/templates/placeholders";
import { closeTasksAfterDraftWentOut } from "@/server/tasks/close-tasks";
import { lockInterviewForReplan } from "@/server/tasks/replan-interview";
import { findLiveDraftForTask } from "@/server/tasks/task-work";
import { findLinkableTaskId } from "@/server/tasks/link-task";
import { renderTemplate } from "@/server/templates/template-engine";
import { isLetterKind } from "./draft-kinds";
import { compareNotes, toNameSet } from "./near-duplicate";
import { assertDraftFinished, findUnfinishedPassages } from "./unfinished-passages";
import {
  commentInput,
  createDraftInput,
  draftFromTaskInput,
  draftIdInput,
  markLetterInput,
  reviewInput,
  reviewQueueInput,
  saveDraftInput,
  submitDraftInput,
} from "./schemas";

const latest = { orderBy: { version: "desc" }, take: 1, select: { version: true, subject: true, body: true } } as const;

function splitName(name: string) {
  const [first = name, ...rest] = name.trim().split(/\s+/);
  return { first, last: rest.join(" ") };
}

type Recipient = { name: string; title: string | null; recallNote: string | null };

/** The values a draft is filled from: the recipient, the interview, the client and their first coach. */
async function loadTemplateValues(tx: DbOrTx, interviewId: string, recipient: { personId?: string; referenceId?: string }): Promise<TemplateValues> {
  const interview = await tx.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: {
      company: true,
      jobTitle: true,
      stage: true,
      startsAt: true,
      client: {
        select: {
          name: true,
          email: true,
          timeZone: true,
          clientOf: { orderBy: { createdAt: "asc" }, take: 1, select: { coach: { select: { name: true } } } },
        },
      },
      people: { where: { id: recipient.personId ?? "" }, select: { name: true, title: true, recallNote: true } },
    },
  });
  const reference = recipient.referenceId
    ? await tx.reference.findUnique({ where: { id: recipient.referenceId }, select: { name: true, relationship: true } })
    : null;
  const person: Recipient | undefined = reference ? { name: reference.name, title: reference.relationship, recallNote: null } : interview.people[0];
  if (!person) throw new NotFoundError("Person");
  const names = splitName(person.name);
  const clientName = interview.client.name ?? interview.client.email;
  const coachName = interview.client.clientOf[0]?.coach.name ?? "";
  return {
    recipient: { firstName: names.first, lastName: names.last, name: person.name, title: person.title ?? "", recall: person.recallNote ?? "" },
    interviewer: { firstName: names.first, name: person.name },
    company: interview.company,
    role: interview.jobTitle,
    interview: { date: format(new TZDate(interview.startsAt.getTime(), interview.client.timeZone), "EEEE d MMMM"), stage: STAGE_LABELS[interview.stage].toLowerCase() },
    client: { firstName: splitName(clientName).first, name: clientName, email: interview.client.email },
    coach: { firstName: splitName(coachName).first, name: coachName },
  };
}

/** The client turns a template into a draft for one person on the interview. */
export async function createDraft(db: Db, actor: Actor, input: z.infer<typeof createDraftInput>) {
  return db.$transaction((tx) => insertDraft(tx, actor, input));
}

async function insertDraft(tx: DbOrTx, actor: Actor, input: z.infer<typeof createDraftInput>) {
  const interview = await tx.interview.findFirst({
    where: { AND: [{ id: input.interviewId }, writableInterviewsWhere(actor)] },
    select: { id: true, people: { where: { id: input.recipientPersonId ?? "" }, select: { id: true } } },
  });
  if (!interview) throw new NotFoundError("Interview");
  if (input.recipientPersonId && interview.people.length === 0) throw new NotFoundError("Person");
  if (input.referenceId && !(await tx.reference.findFirst({ where: { AND: [{ id: input.referenceId }, writableReferencesWhere(actor)] }, select: { id: true } }))) {
    throw new NotFoundError("Reference");
  }
  const template = await tx.template.findFirst({
    where: { AND: [{ id: input.templateId, archivedAt: null }, readableTemplatesWhere(actor)] },
    select: { kind: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, subject: true, body: true } } },
  });
  const version = template?.versions[0];
  if (!template || !version) throw new NotFoundError("Template");
  const taskId = input.taskId ? await findLinkableTaskId(tx, actor, input.taskId, interview.id) : null;
  const values = await loadTemplateValues(tx, interview.id, { personId: input.recipientPersonId, referenceId: input.referenceId });
  return tx.draft.create({
    data: {
      interviewId: interview.id,
      recipientPersonId: input.recipientPersonId ?? null,
      referenceId: input.referenceId ?? null,
      taskId,
      kind: template.kind,
      templateVersionId: version.id,
      versions: { create: { version: 1, subject: renderTemplate(version.subject, values), body: renderTemplate(version.body, values), authorId: actor.id } },
    },
    select: { id: true },
  });
}

async function findDraft(tx: DbOrTx, actor: Actor, id: string, where: ReturnType<typeof readableDraftsWhere>) {
  const draft = await tx.draft.findFirst({
    where: { AND: [{ id }, where] },
    select: { id: true, interviewId: true, status: true, approvedVersion: true, interview: { select: { clientId: true } }, versions: latest },
  });
  if (!draft) throw new NotFoundError("Draft");
  return draft;
}

/**
 * Writes a draft read moments before, by its id AND the actor's scope AND the status it was
 * read in, in the same statement: a draft outside the scope is not found; one whose status
 * moved on since the read is a conflict.
 */
async function writeDraft(tx: DbOrTx, id: string, scope: Prisma.DraftWhereInput, expected: Prisma.DraftWhereInput, data: Prisma.DraftUpdateManyMutationInput) {
  const { count } = await tx.draft.updateMany({ where: { AND: [{ id }, scope, expected] }, data });
  if (count > 0) return;
  if (await tx.draft.count({ where: { AND: [{ id }, scope] } })) throw new ConflictError("This draft changed meanwhile. Reload it and try again.");
  throw new NotFoundError("Draft");
}

/**
 * Saves a new version. The client edits their draft (an edit after approval needs a new
 * approval); the assigned coach edits a submitted one as part of the review.
 */
export async function saveDraft(db: Db, actor: Actor, input: z.infer<typeof saveDraftInput>) {
  return db.$transaction(async (tx) => {
    const asAuthor = editsAsAuthor(actor);
    const scope = editableDraftsWhere(actor);
    const draft = await findDraft(tx, actor, input.id, scope);
    if (!asAuthor && draft.status !== "SUBMITTED") throw new ConflictError("Only a submitted draft can be edited in review.");
    if (draft.status === "PRINTED" || draft.status === "MAILED" || draft.status === "SENT") throw new ConflictError("This has gone out; it can no longer be edited.");
    if (await tx.email.count({ where: { draftId: draft.id, status: { in: ["SCHEDULED", "SENDING"] } } })) {
      throw new ConflictError("This email is scheduled. Cancel the send before editing it.");
    }
    const current = draft.versions[0]!;
    if (current.subject === input.subject && current.body === input.body) return { id: draft.id, version: current.version };
    const version = current.version + 1;
    await tx.draftVersion.create({ data: { draftId: draft.id, version, subject: input.subject, body: input.body, authorId: actor.id } });
    if (asAuthor && draft.status !== "SUBMITTED") {
      await writeDraft(tx, draft.id, scope, { status: draft.status }, { status: "DRAFT", approvedVersion: null, approvedAt: null });
    }
    return { id: draft.id, version };
  });
}

/**
 * R01: how close this draft is to each other draft of the same interview. The check that
 * blocks submitting and sending compares with every draft; a view passes the viewer's
 * `visible` scope, so a coach is never told of (or shown passages matching) a draft they
 * may not see yet.
 */
export async function findNearDuplicates(db: DbOrTx, draftId: string, visible: Prisma.DraftWhereInput = {}) {
  const draft = await db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { interviewId: true, kind: true, versions: latest } });
  const [others, interview] = await Promise.all([
    db.draft.findMany({
      where: { AND: [{ interviewId: draft.interviewId, id: { not: draftId }, kind: draft.kind }, visible] },
      select: { id: true, recipient: { select: { name: true } }, reference: { select: { name: true } }, versions: latest },
    }),
    db.interview.findUniqueOrThrow({ where: { id: draft.interviewId }, select: { people: { select: { name: true } }, client: { select: { name: true } } } }),
  ]);
  const names = toNameSet([...interview.people.map((p) => p.name), interview.client.name ?? ""]);
  const mine = draft.versions[0]!.body;
  return others
    .map((other) => ({ draftId: other.id, recipientName: other.recipient?.name ?? other.reference?.name ?? null, ...compareNotes(mine, other.versions[0]!.body, names) }))
    .filter((result) => result.nearDuplicate);
}

/** Submits for review. A near duplicate needs the client's reason, which the coach then sees. */
export async function submitDraft(db: Db, actor: Actor, input: z.infer<typeof submitDraftInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const scope = { AND: [readableDraftsWhere(actor), { interview: writableInterviewsWhere(actor) }] };
    const draft = await findDraft(tx, actor, input.id, scope);
    if (draft.status === "SUBMITTED") throw new ConflictError("This draft is already waiting for review.");
    if (draft.status !== "DRAFT" && draft.status !== "CHANGES_REQUESTED") throw new ConflictError("This draft is already approved or sent.");
    assertDraftFinished(draft.versions[0]!, "submit it for review");
    const duplicates = await findNearDuplicates(tx, draft.id);
    if (duplicates.length > 0 && !input.overrideReason) {
      const who = duplicates.map((d) => d.recipientName ?? "another person").join(", ");
      throw new ConflictError(`This note is nearly the same as your note to ${who}. Make it personal, or give a reason to send it anyway.`);
    }
    await writeDraft(tx, draft.id, scope, { status: draft.status }, { status: "SUBMITTED", submittedAt: now, overrideReason: duplicates.length > 0 ? input.overrideReason : null });
    return { id: draft.id };
  });
}

/** "Your coach Jane Doe approved your thank-you email to Alex Kim (Acme, Product Designer)." */
async function notifyClientOfReview(tx: DbOrTx, actor: Actor, draftId: string, decision: "APPROVED" | "CHANGES_REQUESTED") {
  const draft = await tx.draft.findUniqueOrThrow({
    where: { id: draftId },
    select: {
      kind: true,
      interviewId: true,
      recipient: { select: { name: true } },
      reference: { select: { name: true } },
      interview: { select: { clientId: true, company: true, jobTitle: true } },
    },
  });
  const coach = actor.name ? `Your coach ${actor.name}` : "Your coach";
  const note = `your ${TEMPLATE_KIND_LABELS[draft.kind].toLowerCase()} to ${draft.recipient?.name ?? draft.reference?.name ?? "someone"} (${describeInterview(draft.interview)})`;
  await notifyUsers(tx, [
    {
      userId: draft.interview.clientId,
      kind: decision === "APPROVED" ? "DRAFT_APPROVED" : "DRAFT_CHANGES_REQUESTED",
      message: decision === "APPROVED" ? `${coach} approved ${note}.` : `${coach} asked for changes to ${note}.`,
      interviewId: draft.interviewId,
      href: `/drafts/${draftId}`,
    },
  ]);
}

export async function commentOnDraft(db: Db, actor: Actor, input: z.infer<typeof commentInput>) {
  const draft = await findDraft(db, actor, input.id, editableDraftsWhere(actor));
  return db.draftComment.create({ data: { draftId: draft.id, authorId: actor.id, body: input.body }, select: { id: true } });
}

async function review(db: Db, actor: Actor, input: z.infer<typeof reviewInput>, now: Date, decision: "APPROVED" | "CHANGES_REQUESTED") {
  return db.$transaction(async (tx) => {
    const scope = reviewableDraftsWhere(actor);
    const draft = await findDraft(tx, actor, input.id, scope);
    if (draft.status !== "SUBMITTED") throw new ConflictError("Only a submitted draft can be reviewed.");
    if (decision === "APPROVED") assertDraftFinished(draft.versions[0]!, "approve it");
    if (input.comment) await tx.draftComment.create({ data: { draftId: draft.id, authorId: actor.id, body: input.comment } });
    const version = draft.versions[0]!.version;
    await writeDraft(
      tx,
      draft.id,
      scope,
      { status: "SUBMITTED" },
      decision === "APPROVED" ? { status: "APPROVED", approvedVersion: version, approvedAt: now } : { status: "CHANGES_REQUESTED" },
    );
    await notifyClientOfReview(tx, actor, draft.id, decision);
    return { id: draft.id, status: decision };
  });
}

export const approveDraft = (db: Db, actor: Actor, input: z.infer<typeof reviewInput>, now: Date) => review(db, actor, input, now, "APPROVED");
export const requestDraftChanges = (db: Db, actor: Actor, input: z.infer<typeof reviewInput>, now: Date) => review(db, actor, input, now, "CHANGES_REQUESTED");

export async function getDraft(db: Db, actor: Actor, { id }: z.infer<typeof draftIdInput>) {
  const draft = await db.draft.findFirst({
    where: { AND: [{ id }, readableDraftsWhere(actor)] },
    select: {
      id: true,
      kind: true,
      status: true,
      overrideReason: true,
      submittedAt: true,
      approvedVersion: true,
      interview: { select: { id: true, company: true, jobTitle: true, clientId: true, client: { select: { name: true, timeZone: true } } } },
      recipient: { select: { id: true, name: true, email: true } },
      reference: { select: { id: true, name: true, email: true } },
      versions: { orderBy: { version: "desc" }, select: { version: true, subject: true, body: true, authorId: true, createdAt: true } },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, authorId: true, createdAt: true } },
      emails: { orderBy: { createdAt: "desc" }, select: emailSummarySelect },
    },
  });
  if (!draft) throw new NotFoundError("Draft");
  const [canReview, duplicates, authors] = await Promise.all([
    db.draft.count({ where: { AND: [{ id }, reviewableDraftsWhere(actor)] } }).then((n) => n > 0),
    findNearDuplicates(db, id, readableDraftsWhere(actor)),
    db.user.findMany({
      where: { id: { in: [...new Set([...draft.versions.map((v) => v.authorId), ...draft.comments.map((c) => c.authorId)])] } },
      select: { id: true, name: true },
    }),
  ]);
  return {
    ...draft,
    canEdit: actor.id === draft.interview.clientId,
    canReview,
    duplicates,
    unfinished: findUnfinishedPassages(draft.versions[0]!),
    authorNames: Object.fromEntries(authors.map((a) => [a.id, a.name ?? "Someone"])),
  };
}

/**
 * An interview's drafts as the actor may see them, each with its latest version: read as the relation of an
 * interview already in the actor's scope, in the same statement as the interview (src/server/interviews/get-interview.ts).
 */
export function interviewDraftsRelation(actor: Actor) {
  return {
    where: draftsOfReadableInterviewWhere(actor),
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, status: true, recipientPersonId: true, recipient: { select: { name: true } }, versions: latest },
  } as const satisfies Prisma.Interview$draftsArgs;
}

const waitingForReview = (actor: Actor): Prisma.DraftWhereInput => ({ AND: [reviewableDraftsWhere(actor), { status: "SUBMITTED" }] });

/** How many submitted drafts wait for this coach's review (the menu's and the dashboard's count). */
export async function countWaitingReviews(db: Db, actor: Actor) {
  return { count: await db.draft.count({ where: waitingForReview(actor) }) };
}

/**
 * The drafts after `after` in the queue's order: by send deadline (the due time of the task the
 * draft answers; drafts without one last), then oldest submitted first, then id.
 */
function afterInQueue(after: { deadline: Date | null; submittedAt: Date; id: string }): Prisma.DraftWhereInput {
  const laterSubmitted: Prisma.DraftWhereInput = { OR: [{ submittedAt: { gt: after.submittedAt } }, { submittedAt: after.submittedAt, id: { gt: after.id } }] };
  if (!after.deadline) return { AND: [{ task: null }, laterSubmitted] };
  return { OR: [{ task: { dueAt: { gt: after.deadline } } }, { task: null }, { AND: [{ task: { dueAt: after.deadline } }, laterSubmitted] }] };
}

/** The coach's review queue: submitted drafts of their clients, the nearest send deadline first, a page at a time. */
export async function listReviewQueue(db: Db, actor: Actor, { cursor, limit }: z.infer<typeof reviewQueueInput>) {
  let after: Prisma.DraftWhereInput = {};
  if (cursor) {
    // The cursor is the last draft of the page before; it must be one the actor reviews.
    const last = await db.draft.findFirst({ where: { AND: [{ id: cursor }, reviewableDraftsWhere(actor)] }, select: { id: true, submittedAt: true, task: { select: { dueAt: true } } } });
    if (!last?.submittedAt) throw new BadInputError("This page link is not valid.");
    after = afterInQueue({ deadline: last.task?.dueAt ?? null, submittedAt: last.submittedAt, id: last.id });
  }
  const rows = await db.draft.findMany({
    where: { AND: [waitingForReview(actor), after] },
    orderBy: [{ task: { dueAt: "asc" } }, { submittedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      submittedAt: true,
      overrideReason: true,
      task: { select: { dueAt: true } },
      recipient: { select: { name: true } },
      reference: { select: { name: true } },
      interview: { select: { company: true, jobTitle: true, client: { select: { name: true } } } },
      versions: latest,
    },
  });
  const items = rows.slice(0, limit).map(({ task, ...draft }) => ({ ...draft, sendBy: task?.dueAt ?? null }));
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}


/**
 * A letter or card leaves by post: the client marks it printed, then mailed. When the
 * practice requires review, only an approved letter may go out. Printed, it satisfies its
 * tasks (close-tasks.ts).
 */
export async function markLetter(db: Db, actor: Actor, { id, state }: z.infer<typeof markLetterInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const scope = { AND: [readableDraftsWhere(actor), { interview: writableInterviewsWhere(actor) }] };
    const draft = await tx.draft.findFirst({
      where: { AND: [{ id }, scope] },
      select: {
        id: true,
        kind: true,
        status: true,
        overrideReason: true,
        versions: latest,
        interview: { select: { client: { select: { clientOf: { select: { practice: { select: { reviewRequired: true } } } } } } } },
      },
    });
    if (!draft) throw new NotFoundError("Draft");
    if (!isLetterKind(draft.kind)) throw new ConflictError("Only letters and cards are printed and mailed; emails are sent.");
    const reviewRequired = draft.interview.client.clientOf.some((a) => a.practice.reviewRequired);
    const allowedFrom = state === "PRINTED" ? (reviewRequired ? ["APPROVED", "PRINTED"] : ["DRAFT", "CHANGES_REQUESTED", "APPROVED", "PRINTED"]) : ["PRINTED"];
    if (!allowedFrom.includes(draft.status)) {
      throw new ConflictError(state === "PRINTED" ? "Your coach approves a letter before it goes out." : "Print the letter before marking it mailed.");
    }
    if (state === "PRINTED") assertDraftFinished(draft.versions[0]!, "print it");
    // R01: a near duplicate does not go out by post either, unless the client gave a reason.
    if (state === "PRINTED" && !draft.overrideReason && (await findNearDuplicates(tx, id)).length > 0) {
      throw new ConflictError("This letter is nearly the same as another one. Make it personal first.");
    }
    await writeDraft(tx, id, scope, { status: draft.status }, { status: state });
    // What happened closes the plan's tasks it satisfies: the card, the person's thank-you.
    await closeTasksAfterDraftWentOut(tx, actor, id, now);
    return { id, status: state };
  });
}

/**
 * The client sent an email draft themselves (from their own mailbox, say): it is recorded as
 * sent, and, like a send by the product, satisfies its tasks (close-tasks.ts). It records what
 * happened, so review does not hold it back; a send still scheduled must be cancelled first.
 */
export async function logSentByHand(db: Db, actor: Actor, { id }: z.infer<typeof draftIdInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const scope = { AND: [readableDraftsWhere(actor), { interview: writableInterviewsWhere(actor) }] };
    const draft = await tx.draft.findFirst({ where: { AND: [{ id }, scope] }, select: { id: true, kind: true, status: true } });
    if (!draft) throw new NotFoundError("Draft");
    if (isLetterKind(draft.kind)) throw new ConflictError("A letter is printed and mailed, not sent by email.");
    if (draft.status === "SENT") throw new ConflictError("This email has already been sent.");
    if (await tx.email.count({ where: { draftId: id, status: { in: ["SCHEDULED", "SENDING"] } } })) {
      throw new ConflictError("This email is scheduled. Cancel the send before logging it as sent by hand.");
    }
    await writeDraft(tx, id, scope, { status: draft.status }, { status: "SENT" });
    await closeTasksAfterDraftWentOut(tx, actor, id, now);
    return { id, status: "SENT" as const };
  });
}

/**
 * "Write it": from a planner task to its draft. The draft already started for the task, or for
 * its person (task-work.ts), is opened instead of a second one, and tied to the task; otherwise
 * a new draft is filled from the practice's template for that kind of task. The interview's row
 * is locked first, so two clicks at once find (or make) the same draft.
 */
export async function createDraftFromTask(db: Db, actor: Actor, { taskId }: z.infer<typeof draftFromTaskInput>) {
  return db.$transaction(async (tx) => {
    const task = await tx.followUpTask.findFirst({
      where: { id: taskId, interview: writableInterviewsWhere(actor) },
      select: { id: true, kind: true, interviewId: true, recipientPersonId: true },
    });
    if (!task || !task.recipientPersonId) throw new NotFoundError("Task");
    const kind = templateKindForTask(task.kind);
    if (!kind) throw new ConflictError("This task is not written as a letter or an email.");
    await lockInterviewForReplan(tx, task.interviewId);
    const existing = await findLiveDraftForTask(tx, actor, task.id);
    if (existing) {
      if (!existing.taskId) await tx.draft.updateMany({ where: { id: existing.id, taskId: null, interview: writableInterviewsWhere(actor) }, data: { taskId: task.id } });
      return { id: existing.id, reused: true };
    }
    const template = await tx.template.findFirst({
      where: { AND: [{ kind, archivedAt: null }, readableTemplatesWhere(actor)] },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (!template) throw new NotFoundError("Template");
    const draft = await insertDraft(tx, actor, { interviewId: task.interviewId, recipientPersonId: task.recipientPersonId, templateId: template.id, taskId: task.id });
    return { id: draft.id, reused: false };
  });
}
