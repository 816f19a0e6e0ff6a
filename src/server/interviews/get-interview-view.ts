import "server-only";
import type { Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { listInterviewDrafts } from "@/server/drafts/manage-drafts";
import { listInterviewEmails } from "@/server/email/manage-emails";
import { listTemplates } from "@/server/templates/manage-templates";
import { getInterviewRecord } from "./get-interview";

/**
 * Everything the interview page shows: the record, its drafts and emails as this actor may see them, and,
 * for the client (who writes the drafts), the templates to start one from.
 */
export async function getInterviewView(db: Db, actor: Actor, id: string, now: Date) {
  // Drafts and emails carry the actor's scope in their own queries, so they need not wait for the record.
  const [record, drafts, emails] = await Promise.all([
    getInterviewRecord(db, actor, id, now),
    listInterviewDrafts(db, actor, id),
    listInterviewEmails(db, actor, id),
  ]);
  const templates = record.interview.canEdit ? await listTemplates(db, actor, {}) : [];
  return { ...record, drafts, emails, templates: templates.map((t) => ({ id: t.id, name: t.name, kind: t.kind })) };
}
