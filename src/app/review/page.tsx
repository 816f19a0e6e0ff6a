import type { Metadata } from "next";
import Link from "next/link";
import { formatInZone } from "@/lib/format-in-zone";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { requireActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const actor = await requireActor("/review");
  const queue = await caller.draft.reviewQueue();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Drafts to review</h1>
      {queue.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">Nothing waiting for you.</p>
      ) : (
        <ol aria-label="Review queue, oldest first" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {queue.map((d) => (
            <li key={d.id} className="p-3">
              <Link href={`/drafts/${d.id}`} className="font-medium text-brand-700 hover:underline">
                {d.interview.client.name}: {TEMPLATE_KIND_LABELS[d.kind]} to {d.recipient?.name ?? "someone"} ({d.interview.company})
              </Link>
              <p className="text-xs text-ink-muted">
                Submitted {d.submittedAt ? formatInZone(d.submittedAt, actor.timeZone, "d MMM, HH:mm") : ""}
                {d.overrideReason ? " · sent although close to another note" : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
