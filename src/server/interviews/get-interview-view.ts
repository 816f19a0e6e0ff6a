import "server-only";
import type { Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { listInterviewEmails } from "@/server/email/manage-emails";
import { canLogInterviews, readableTemplatesWhere } from "@/server/access/policy";
import { getInterviewRecord } from "./get-interview";

/**
 * Everything the interview page shows: the record, its drafts and emails as this actor may see them, and,
 * for the client (who writes the drafts), the templates to start one from.
 */
export async function getInterviewView(db: Db, actor: Actor, id: string, now: Date) {
  // The record reads the interview's drafts with it; emails and templates carry the actor's scope in their own
  // queries, so they need not wait for the record.
  // Only the client writes drafts (and only on their own interview, which is all a client reads), so only a
  // client's view asks for the templates, and only the names the "start a draft" menu shows.
  const [record, emails, templates] = await Promise.all([
    getInterviewRecord(db, actor, id, now),
    listInterviewEmails(db, actor, id),
    canLogInterviews(actor)
      ? db.template.findMany({ where: { AND: [readableTemplatesWhere(actor), { archivedAt: null }] }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } })
      : [],
  ]);
  return { ...record, emails, templates: record.interview.canEdit ? templates : [] };
}
