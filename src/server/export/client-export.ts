import "server-only";
import { strToU8, zipSync } from "fflate";
import type { Actor } from "@/server/access/actor";
import { ownInterviewsWhere, readableNotesWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { emailSummarySelect } from "@/server/email/email-select";
import { interviewRecordSelect } from "@/server/interviews/interview-select";
import { toCsv, type CsvCell } from "./to-csv";

type Table = Record<string, CsvCell>[];

/**
 * Everything of the person's own, one table per kind of record, read in one snapshot
 * (REPEATABLE READ) with a fixed number of statements whatever the number of interviews.
 * Other people's data stays out: the ids of whoever wrote a note, a version or a comment
 * become "byYou", a coach's private notes are not theirs to see (DOMAIN.md "Who sees what"),
 * and of the calendar feed only when it was made (never its secret).
 */
export async function loadClientExport(db: Db, actor: Actor) {
  const own = ownInterviewsWhere(actor);
  const ofOwn = { interview: own };
  return db.$transaction(
    async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: actor.id },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          timeZone: true,
          createdAt: true,
          dueTodayReminders: true,
          digestEnabled: true,
          digestWeekday: true,
          digestHour: true,
          digestAlways: true,
          calendarFeed: { select: { createdAt: true } },
        },
      });
      const interviews = await tx.interview.findMany({
        where: own,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: interviewRecordSelect,
      });
      const people = await tx.interviewPerson.findMany({
        where: ofOwn,
        orderBy: [{ interviewId: "asc" }, { position: "asc" }, { id: "asc" }],
        select: { id: true, interviewId: true, role: true, name: true, title: true, email: true, phone: true, recallNote: true, emailBouncedAt: true, createdAt: true },
      });
      const items = await tx.interviewItem.findMany({
        where: ofOwn,
        orderBy: { id: "asc" },
        select: { id: true, interviewId: true, kind: true, title: true, dueOn: true, receivedAt: true, doneAt: true, createdAt: true },
      });
      const calls = await tx.callLog.findMany({
        where: ofOwn,
        orderBy: [{ calledAt: "asc" }, { id: "asc" }],
        select: { id: true, interviewId: true, calledAt: true, answered: true, notes: true, createdAt: true },
      });
      const expenses = await tx.expense.findMany({
        where: ofOwn,
        orderBy: { id: "asc" },
        select: { id: true, interviewId: true, description: true, amountCents: true, currency: true, receiptNote: true, requestedAt: true, paidAt: true, createdAt: true },
      });
      const tasks = await tx.followUpTask.findMany({
        where: ofOwn,
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          interviewId: true,
          kind: true,
          rules: true,
          title: true,
          channel: true,
          dueAt: true,
          recipientPersonId: true,
          arrivesFrom: true,
          arrivesBy: true,
          status: true,
          completedAt: true,
          snoozedFrom: true,
          editedByHand: true,
          createdAt: true,
        },
      });
      const notes = await tx.debriefNote.findMany({
        where: { AND: [ofOwn, readableNotesWhere(actor)] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, interviewId: true, visibility: true, body: true, authorId: true, createdAt: true, updatedAt: true },
      });
      const drafts = await tx.draft.findMany({
        where: ofOwn,
        orderBy: { id: "asc" },
        select: {
          id: true,
          interviewId: true,
          recipientPersonId: true,
          referenceId: true,
          taskId: true,
          kind: true,
          status: true,
          overrideReason: true,
          submittedAt: true,
          approvedVersion: true,
          approvedAt: true,
          createdAt: true,
          updatedAt: true,
        },
      });
      const draftVersions = await tx.draftVersion.findMany({
        where: { draft: ofOwn },
        orderBy: [{ draftId: "asc" }, { version: "asc" }],
        select: { id: true, draftId: true, version: true, subject: true, body: true, authorId: true, createdAt: true },
      });
      const draftComments = await tx.draftComment.findMany({
        where: { draft: ofOwn },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, draftId: true, body: true, authorId: true, createdAt: true },
      });
      const emails = await tx.email.findMany({
        where: { clientId: actor.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        // The progress every viewer sees, and what only the client reads: the text that went out.
        select: { ...emailSummarySelect, kind: true, fromAddress: true, replyTo: true, text: true, createdAt: true },
      });
      const references = await tx.reference.findMany({
        where: { clientId: actor.id },
        orderBy: { id: "asc" },
        select: { id: true, kind: true, name: true, relationship: true, email: true, phone: true, status: true, letterReceivedAt: true, emailBouncedAt: true, createdAt: true, updatedAt: true },
      });
      const referencesGiven = await tx.referenceGiven.findMany({
        where: { reference: { clientId: actor.id }, interview: own },
        orderBy: [{ referenceId: "asc" }, { interviewId: "asc" }],
        select: { referenceId: true, interviewId: true, givenAt: true },
      });
      const notifications = await tx.notification.findMany({
        where: { userId: actor.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, message: true, interviewId: true, createdAt: true, readAt: true },
      });

      const byYou = <Row extends { authorId: string }>({ authorId, ...row }: Row) => ({ ...row, byYou: authorId === actor.id });
      const { calendarFeed, ...profile } = user;
      return {
        profile: [{ ...profile, calendarFeedCreatedAt: calendarFeed?.createdAt ?? null }],
        interviews,
        people,
        promisedAndRequested: items,
        calls,
        expenses,
        tasks,
        notes: notes.map(byYou),
        drafts,
        draftVersions: draftVersions.map(byYou),
        draftComments: draftComments.map(byYou),
        emails,
        references,
        referencesGiven,
        notifications,
      } satisfies Record<string, Table>;
    },
    { isolationLevel: "RepeatableRead" },
  );
}

export type ClientExport = Awaited<ReturnType<typeof loadClientExport>>;

/** The columns of a table: those of its rows (every row of a table has the same), or none for an empty one. */
function columnsOf(rows: Table): string[] {
  return rows[0] ? Object.keys(rows[0]) : [];
}

/** The export as one JSON document, with when it was made. */
export function renderExportJson(data: Record<string, Table>, now: Date): string {
  return JSON.stringify({ exportedAt: now.toISOString(), ...data }, null, 2);
}

/** The export as a zip of CSV files, one per table (an empty table is a file with no rows). */
export function renderExportZip(data: Record<string, Table>, now: Date): Uint8Array {
  const files = Object.fromEntries(Object.entries(data).map(([name, rows]) => [`${name}.csv`, strToU8(toCsv(columnsOf(rows), rows))]));
  return zipSync(files, { level: 6, mtime: now });
}
