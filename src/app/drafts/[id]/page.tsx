import type { Metadata } from "next";
import { Link } from "@/components/link";
import { DraftWorkspace } from "@/features/drafts/draft-workspace";
import { choosePinnedActions } from "@/features/drafts/pinned-actions";
import { EmailPanel } from "@/features/emails/email-panel";
import { EmailStatusList } from "@/features/emails/email-status-list";
import { requireActor } from "@/server/auth/session";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  const actor = await requireActor(`/drafts/${id}`);
  const draft = await orNotFound(caller.draft.get({ id }));
  const { sending } = draft;
  const latest = draft.versions[0]!;
  // On a phone the next step's buttons ride in a bar at the bottom of the screen, not at the end of a long page.
  const pinned = choosePinnedActions(draft);
  return (
    <>
      <Link href={`/interviews/${draft.interview.id}`} className="text-sm underline">
        Back to {draft.interview.company}, {draft.interview.jobTitle}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold tracking-tight sm:text-3xl">
        To {draft.recipient?.name ?? draft.reference?.name ?? "someone"}
      </h1>
      {/* Keyed by version, so the editor starts from the newest saved text after each save. */}
      <DraftWorkspace key={latest.version + draft.status} draft={draft} timeZone={actor.timeZone} pinned={pinned} />
      {sending ? (
        <div className="mt-8">
          <EmailPanel
            draftId={draft.id}
            emails={draft.emails}
            presets={sending.presets}
            timeZone={sending.timeZone}
            renderedAt={sending.renderedAt}
            defaultLocalTime={sending.defaultLocalTime}
            blockedReason={sending.blockedReason}
            pinned={pinned === "send"}
          />
        </div>
      ) : (
        draft.isEmail && (
          <section aria-labelledby="email-title" className="mt-8 space-y-2">
            <h2 id="email-title" className="font-semibold">Emails</h2>
            {draft.emails.length === 0 ? <p className="text-sm text-ink-muted">Not sent yet.</p> : <EmailStatusList emails={draft.emails} timeZone={actor.timeZone} label="Emails of this draft" />}
          </section>
        )
      )}
    </>
  );
}
