import type { Metadata } from "next";
import Link from "next/link";
import { DraftWorkspace } from "@/features/drafts/draft-workspace";
import { requireActor } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { getDraft } from "@/server/drafts/manage-drafts";
import { orNotFound } from "@/server/or-not-found";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/drafts/${id}`);
  const draft = await orNotFound(getDraft(db, actor, { id }));
  return (
    <>
      <Link href={`/interviews/${draft.interview.id}`} className="text-sm underline">
        Back to {draft.interview.company}, {draft.interview.jobTitle}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold tracking-tight sm:text-3xl">
        To {draft.recipient?.name ?? draft.reference?.name ?? "someone"}
      </h1>
      {/* Keyed by version, so the editor starts from the newest saved text after each save. */}
      <DraftWorkspace key={draft.versions[0]!.version + draft.status} draft={draft} timeZone={actor.timeZone} />
    </>
  );
}
