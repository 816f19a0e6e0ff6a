import type { Metadata } from "next";
import Link from "next/link";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { DraftWorkspace } from "@/features/drafts/draft-workspace";
import { EmailPanel } from "@/features/emails/email-panel";
import { EmailStatusList } from "@/features/emails/email-status-list";
import { getNow } from "@/server/clock";
import { isLetterKind } from "@/server/drafts/draft-kinds";
import { loadSendContext } from "@/server/email/manage-emails";
import { findSendBlocker } from "@/server/email/send-blocker";
import { requireActor } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { getDraft } from "@/server/drafts/manage-drafts";
import { orNotFound, readRecordId } from "@/server/or-not-found";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  const actor = await requireActor(`/drafts/${id}`);
  const draft = await orNotFound(getDraft(db, actor, { id }));
  const isEmail = !isLetterKind(draft.kind);
  const now = getNow();
  const client = { id: draft.interview.clientId, timeZone: draft.interview.client.timeZone };
  const sending = isEmail && draft.canEdit ? await loadSendContext(db, client, now) : null;
  const latest = draft.versions[0]!;
  return (
    <>
      <Link href={`/interviews/${draft.interview.id}`} className="text-sm underline">
        Back to {draft.interview.company}, {draft.interview.jobTitle}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold tracking-tight sm:text-3xl">
        To {draft.recipient?.name ?? draft.reference?.name ?? "someone"}
      </h1>
      {/* Keyed by version, so the editor starts from the newest saved text after each save. */}
      <DraftWorkspace key={latest.version + draft.status} draft={draft} timeZone={actor.timeZone} />
      {sending ? (
        <div className="mt-8">
          <EmailPanel
            draftId={draft.id}
            emails={draft.emails}
            presets={sending.presets}
            timeZone={client.timeZone}
            renderedAt={now}
            defaultLocalTime={format(new TZDate(now.getTime() + 3_600_000, client.timeZone), "yyyy-MM-dd'T'HH:00")}
            blockedReason={findSendBlocker({
              kind: draft.kind,
              status: draft.status,
              approvedVersion: draft.approvedVersion,
              latestVersion: latest.version,
              reviewRequired: sending.reviewRequired,
              unexplainedNearDuplicate: draft.duplicates.length > 0 && !draft.overrideReason,
              recipient: draft.recipient ?? draft.reference,
            })}
          />
        </div>
      ) : (
        isEmail && (
          <section aria-labelledby="email-title" className="mt-8 space-y-2">
            <h2 id="email-title" className="font-semibold">Emails</h2>
            {draft.emails.length === 0 ? <p className="text-sm text-ink-muted">Not sent yet.</p> : <EmailStatusList emails={draft.emails} timeZone={actor.timeZone} label="Emails of this draft" />}
          </section>
        )
      )}
    </>
  );
}
