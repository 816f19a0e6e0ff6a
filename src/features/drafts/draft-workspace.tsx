"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { diffWords } from "diff";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { toast } from "@/components/toast";
import { inputClass } from "@/components/form-field";
import { PhoneActionBar } from "@/components/phone-action-bar";
import { SubmitButton } from "@/components/submit-button";
import { DRAFT_STATUS_LABELS, whoseNote } from "@/lib/draft-labels";
import { formatInZone } from "@/lib/format-in-zone";
import { useTRPC } from "@/trpc/react";
import { LetterActions, LogSentByHand } from "./letter-actions";
import type { PinnedActions } from "./pinned-actions";

type Passage = { field: "subject" | "body"; text: string; start: number; end: number; why: string };

/**
 * The passages still to fill in, named and marked in the saved text, so the person sees what
 * blocks submitting, approving and sending before they click.
 */
function UnfinishedPassages({ passages, version }: { passages: Passage[]; version: { subject: string; body: string } }) {
  if (passages.length === 0) return null;
  const marked = (field: "subject" | "body") => {
    const text = version[field];
    const parts: React.ReactNode[] = [];
    let at = 0;
    for (const p of passages.filter((p) => p.field === field)) {
      parts.push(text.slice(at, p.start), <mark key={p.start} className="rounded bg-amber-200 px-0.5 text-ink">{p.text}</mark>);
      at = p.end;
    }
    parts.push(text.slice(at));
    return parts;
  };
  return (
    <section id="unfinished" aria-labelledby="unfinished-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="unfinished-title" className="font-semibold">
        {passages.length === 1 ? "One passage is still to fill in" : `${passages.length} passages are still to fill in`}
      </h2>
      <p className="mt-1 text-sm">It cannot be submitted, approved or sent until each is replaced with your own words.</p>
      <ul aria-label="Passages still to fill in" className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {passages.map((p) => (
          <li key={`${p.field}-${p.start}`}>
            In the {p.field}: <q>{p.text}</q>, {p.why}.
          </li>
        ))}
      </ul>
      <div role="region" aria-label="Saved text with the passages marked" className="mt-3 whitespace-pre-wrap rounded border border-amber-200 bg-white p-3 text-sm">
        {passages.some((p) => p.field === "subject") && <p className="mb-2 font-medium">{marked("subject")}</p>}
        {marked("body")}
      </div>
    </section>
  );
}

type Version = { version: number; subject: string; body: string; authorId: string; createdAt: Date };
type Draft = {
  id: string;
  kind: string;
  status: keyof typeof DRAFT_STATUS_LABELS;
  overrideReason: string | null;
  approvedVersion: number | null;
  canEdit: boolean;
  canReview: boolean;
  versions: Version[];
  comments: { id: string; body: string; authorId: string; createdAt: Date }[];
  duplicates: { draftId: string; recipientName: string | null; similarity: number; matchingPassages: string[] }[];
  /** What is left to fill in, found by the server (src/server/drafts/unfinished-passages.ts) in the saved version. */
  unfinished: Passage[];
  authorNames: Record<string, string>;
  interview: { client: { name: string | null } };
};

function useDraftMutation() {
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (success: string, onDone?: () => void) => ({
    onSuccess: () => {
      toast.success(success);
      onDone?.();
      router.refresh();
      // A review decided or a draft submitted changes the menu's count of waiting reviews.
      void queryClient.invalidateQueries({ queryKey: trpc.draft.waitingCount.queryKey() });
    },
    onError: (e: { message: string }) => toast.error(e.message),
  });
}

/** `pinned` names the actions that ride in the phone's bottom bar (choosePinnedActions), if they are this component's. */
export function DraftWorkspace({ draft, timeZone, pinned }: { draft: Draft; timeZone: string; pinned: PinnedActions }) {
  const trpc = useTRPC();
  const after = useDraftMutation();
  const current = draft.versions[0]!;
  const [subject, setSubject] = useState(current.subject);
  const [body, setBody] = useState(current.body);
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [submitError, setSubmitError] = useState<string | null>(null);
  const save = useMutation(trpc.draft.save.mutationOptions(after("Saved as a new version")));
  const submit = useMutation(
    trpc.draft.submit.mutationOptions({
      ...after("Sent to your coach for review"),
      onError: (e) => {
        setSubmitError(e.message);
        toast.error("Not submitted");
      },
    }),
  );
  const addComment = useMutation(trpc.draft.comment.mutationOptions(after("Comment added", () => setComment(""))));
  const approve = useMutation(trpc.draft.approve.mutationOptions(after("Approved")));
  const requestChanges = useMutation(trpc.draft.requestChanges.mutationOptions(after("Changes requested", () => setComment(""))));
  const sent = draft.status === "PRINTED" || draft.status === "MAILED" || draft.status === "SENT";
  const editable = (draft.canEdit && draft.status !== "SUBMITTED" && !sent) || (draft.canReview && draft.status === "SUBMITTED");
  // Read-only until React has taken the page over: React sets a server-rendered text box back to its first text as
  // it hydrates, so words typed before then were lost (a browser test typed into the letter that early, and saved
  // its new words with the old ones). Read-only, the box says it cannot take them yet.
  const hydrated = useHydrated();
  const dirty = subject !== current.subject || body !== current.body;

  return (
    <div className="space-y-8">
      <p role="status" className="text-sm">
        Status: <strong>{DRAFT_STATUS_LABELS[draft.status]}</strong>
        {draft.approvedVersion ? ` (version ${draft.approvedVersion} approved)` : ""}
      </p>

      {draft.duplicates.length > 0 && (
        <section aria-labelledby="duplicate-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <h2 id="duplicate-title" className="font-semibold">This note is nearly the same as another one</h2>
          {draft.duplicates.map((d) => (
            <div key={d.draftId} className="mt-2 text-sm">
              <p>
                Compared with {whoseNote(draft.canEdit, draft.interview.client.name)} note to {d.recipientName ?? "another person"}: {Math.round(d.similarity * 100)}% the same. These passages match:
              </p>
              <ul aria-label={`Passages that match the note to ${d.recipientName ?? "another person"}`} className="mt-1 list-disc pl-5">
                {d.matchingPassages.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ))}
          <p className="mt-2 text-sm">Each person should get a personal note: recall what they asked or said. Or give a reason to send it anyway.</p>
        </section>
      )}
      <UnfinishedPassages passages={draft.unfinished} version={current} />
      {draft.overrideReason && (
        <p className="rounded-md bg-slate-100 p-3 text-sm">
          Sent although it is close to another note, because: <em>{draft.overrideReason}</em>
        </p>
      )}

      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: draft.id, subject, body });
        }}
      >
        <div>
          <label htmlFor="draft-subject" className="block text-sm font-medium">Subject</label>
          <input id="draft-subject" value={subject} readOnly={!editable || !hydrated} onChange={(e) => setSubject(e.target.value)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="draft-body" className="block text-sm font-medium">Letter</label>
          <textarea id="draft-body" aria-describedby={draft.unfinished.length > 0 ? "unfinished-title" : undefined} rows={14} value={body} readOnly={!editable || !hydrated} onChange={(e) => setBody(e.target.value)} className={inputClass} />
        </div>
        {editable && <SubmitButton pending={save.isPending} label="Save changes" pendingLabel="Saving…" />}
      </form>

      {draft.canEdit && (draft.status === "DRAFT" || draft.status === "CHANGES_REQUESTED") && (
        <PhoneActionBar pinned={pinned === "submit"}>
          <form
            className={`space-y-2 rounded-lg border border-slate-200 bg-white p-4 ${pinned === "submit" ? "max-md:rounded-none max-md:border-0 max-md:p-0" : ""}`}
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitError(null);
              submit.mutate({ id: draft.id, overrideReason: reason || undefined });
            }}
          >
            {submitError && <p role="alert" className="text-sm text-red-800">{submitError}</p>}
            {draft.duplicates.length > 0 && (
              <div>
                <label htmlFor="override-reason" className="block text-sm font-medium">Reason to send it anyway (your coach sees it)</label>
                <input id="override-reason" value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
              </div>
            )}
            <SubmitButton pending={submit.isPending} label="Submit for review" pendingLabel="Submitting…" className={pinned === "submit" ? "max-md:w-full" : ""} />
            {dirty && <p className="text-xs text-ink-muted">Save your changes first: the saved version is the one reviewed.</p>}
          </form>
        </PhoneActionBar>
      )}

      {draft.canReview && draft.status === "SUBMITTED" && (
        <section aria-labelledby="review-title" className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h2 id="review-title" className="font-semibold">Review</h2>
          <label htmlFor="review-comment" className="block text-sm font-medium">Comment for your client (optional)</label>
          <textarea id="review-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} />
          <PhoneActionBar pinned={pinned === "review"} className="flex flex-wrap gap-2">
            <button type="button" disabled={approve.isPending} onClick={() => approve.mutate({ id: draft.id, comment: comment || undefined })} className="rounded-md bg-green-700 px-4 py-2 text-sm font-semibold text-white hover:bg-green-800">
              Approve
            </button>
            <button type="button" disabled={requestChanges.isPending} onClick={() => requestChanges.mutate({ id: draft.id, comment: comment || undefined })} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
              Ask for changes
            </button>
          </PhoneActionBar>
        </section>
      )}

      {draft.kind === "THANK_YOU_LETTER" && draft.canEdit && <LetterActions id={draft.id} status={draft.status} pinned={pinned === "letter"} />}
      {draft.kind !== "THANK_YOU_LETTER" && draft.canEdit && !sent && <LogSentByHand id={draft.id} />}

      <section aria-labelledby="comments-title">
        <h2 id="comments-title" className="mb-2 text-lg font-semibold">Comments</h2>
        {draft.comments.length === 0 ? (
          <p className="text-sm text-ink-muted">No comments yet.</p>
        ) : (
          <ul aria-label="Comments" className="space-y-2">
            {draft.comments.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <p className="whitespace-pre-wrap">{c.body}</p>
                <p className="mt-1 text-xs text-ink-muted">{draft.authorNames[c.authorId]} · {formatInZone(c.createdAt, timeZone, "d MMM, HH:mm")}</p>
              </li>
            ))}
          </ul>
        )}
        {(draft.canEdit || draft.canReview) && (
          <form
            className="mt-2 flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              addComment.mutate({ id: draft.id, body: comment });
            }}
          >
            <div className="grow">
              <label htmlFor="new-comment" className="block text-sm font-medium">Add a comment</label>
              <input id="new-comment" value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} />
            </div>
            <SubmitButton pending={addComment.isPending} label="Comment" pendingLabel="Adding…" />
          </form>
        )}
      </section>

      <VersionHistory versions={draft.versions} authorNames={draft.authorNames} timeZone={timeZone} />
    </div>
  );
}

/** Every saved version, and any two side by side with the words that changed marked. */
function VersionHistory({ versions, authorNames, timeZone }: { versions: Version[]; authorNames: Record<string, string>; timeZone: string }) {
  const [left, setLeft] = useState(versions.at(-1)!.version);
  const [right, setRight] = useState(versions[0]!.version);
  const a = versions.find((v) => v.version === left)!;
  const b = versions.find((v) => v.version === right)!;
  const parts = diffWords(a.body, b.body);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="mb-2 text-lg font-semibold">Version history</h2>
      <ol aria-label="Draft versions" className="mb-3 space-y-1 text-sm">
        {versions.map((v) => (
          <li key={v.version}>
            Version {v.version} by {authorNames[v.authorId]} · {formatInZone(v.createdAt, timeZone, "d MMM, HH:mm")}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <>
          <div className="flex flex-wrap gap-3 text-sm">
            <label>
              Compare version{" "}
              <select value={left} onChange={(e) => setLeft(Number(e.target.value))} className="rounded border border-slate-300 px-1">
                {versions.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
              </select>
            </label>
            <label>
              with version{" "}
              <select value={right} onChange={(e) => setRight(Number(e.target.value))} className="rounded border border-slate-300 px-1">
                {versions.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
              </select>
            </label>
          </div>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <div role="region" aria-label={`Version ${left}`} className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3 text-sm">
              {parts.filter((p) => !p.added).map((p, i) => (p.removed ? <del key={i} className="bg-red-100">{p.value}</del> : <span key={i}>{p.value}</span>))}
            </div>
            <div role="region" aria-label={`Version ${right}`} className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3 text-sm">
              {parts.filter((p) => !p.removed).map((p, i) => (p.added ? <ins key={i} className="bg-green-100 no-underline">{p.value}</ins> : <span key={i}>{p.value}</span>))}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
