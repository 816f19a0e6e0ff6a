import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { canKeepReferenceBook, readableReferencesWhere, writableInterviewsWhere, writableReferencesWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { ForbiddenError, NotFoundError, requireWritten } from "@/server/errors";
import { replanInterview } from "@/server/tasks/replan-interview";
import { keyset, toPage, type KeysetField } from "@/server/pagination/keyset";
import { addReferenceInput, giveReferenceInput, listReferencesInput, referenceStatusInput } from "./schemas";

const REFERENCE_ORDER: KeysetField[] = [{ field: "name", direction: "asc" }];

/** One page of the references the actor may read (a client's own book), by name then id. */
export async function listReferences(db: Db, actor: Actor, input: z.infer<typeof listReferencesInput>) {
  const { where, orderBy } = keyset(REFERENCE_ORDER, input.cursor);
  const rows = await db.reference.findMany({
    where: { AND: [readableReferencesWhere(actor), input.clientId ? { clientId: input.clientId } : {}, where] },
    orderBy,
    take: input.limit + 1,
    select: {
      id: true,
      kind: true,
      name: true,
      relationship: true,
      email: true,
      phone: true,
      status: true,
      letterReceivedAt: true,
      givenTo: { select: { interview: { select: { id: true, company: true, jobTitle: true } } } },
    },
  });
  return toPage(rows, input.limit, (r) => [r.name]);
}

export async function addReference(db: Db, actor: Actor, input: z.infer<typeof addReferenceInput>) {
  if (!canKeepReferenceBook(actor)) throw new ForbiddenError("References belong to the client's own book.");
  return db.reference.create({
    data: { clientId: actor.id, kind: input.kind, name: input.name, relationship: input.relationship, email: input.email ?? null, phone: input.phone || null },
    select: { id: true },
  });
}

/**
 * Moves a request along: asked, agreed, declined, letter received. A received letter
 * brings a thank-you task (planned on the interview it was last given for).
 */
export async function setReferenceStatus(db: Db, actor: Actor, { id, status }: z.infer<typeof referenceStatusInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const reference = await tx.reference.findFirst({ where: { AND: [{ id }, writableReferencesWhere(actor)] }, select: { id: true, givenTo: { select: { interviewId: true } } } });
    if (!reference) throw new NotFoundError("Reference");
    requireWritten(
      await tx.reference.updateMany({ where: { AND: [{ id }, writableReferencesWhere(actor)] }, data: { status, letterReceivedAt: status === "LETTER_RECEIVED" ? now : null } }),
      "Reference",
    );
    for (const { interviewId } of reference.givenTo) await replanInterview(tx, interviewId, now);
    return { id };
  });
}

/** The client gave this reference to the employer of an interview: brief them before the call (R12). */
export async function giveReference(db: Db, actor: Actor, { referenceId, interviewId }: z.infer<typeof giveReferenceInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const reference = await tx.reference.findFirst({ where: { AND: [{ id: referenceId }, writableReferencesWhere(actor)] }, select: { id: true } });
    const interview = await tx.interview.findFirst({ where: { AND: [{ id: interviewId }, writableInterviewsWhere(actor)] }, select: { id: true } });
    if (!reference) throw new NotFoundError("Reference");
    if (!interview) throw new NotFoundError("Interview");
    await tx.referenceGiven.upsert({
      where: { referenceId_interviewId: { referenceId, interviewId } },
      create: { referenceId, interviewId, givenAt: now },
      update: {},
    });
    await replanInterview(tx, interviewId, now);
    return { referenceId, interviewId };
  });
}
