"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { TIME_PATTERNS, formatInZone } from "@/lib/format-in-zone";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { useTRPC } from "@/trpc/react";
import { nextPageCursor } from "@/lib/next-page";

/** The coach's review queue, the nearest send deadline first, with the deadline in the coach's zone. */
export function ReviewQueue({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queue = useInfiniteQuery(trpc.draft.reviewQueue.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor }));
  if (queue.isPending) return <p role="status">Loading the drafts to review…</p>;
  if (queue.isError) return <p role="alert">The drafts to review could not be loaded: {queue.error.message}</p>;
  const drafts = queue.data.pages.flatMap((page) => page.items);
  if (drafts.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">Nothing waiting for you.</p>;
  }
  return (
    <div className="space-y-4">
      <ol aria-label="Review queue, nearest send deadline first" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {drafts.map((d) => (
          <li key={d.id} className="p-3">
            <Link href={`/drafts/${d.id}`} className="inline-block py-1 font-medium text-brand-700 hover:underline">
              {d.interview.client.name ?? "Your client"}: {TEMPLATE_KIND_LABELS[d.kind]} to {d.recipient?.name ?? d.reference?.name ?? "someone"} ({d.interview.company},{" "}
              {d.interview.jobTitle})
            </Link>
            <p className="text-sm">
              {d.sendBy ? (
                <>
                  Send by <time dateTime={d.sendBy.toISOString()}>{formatInZone(d.sendBy, timeZone, TIME_PATTERNS.dayAndTime)}</time>
                </>
              ) : (
                "No send deadline"
              )}
            </p>
            <p className="text-xs text-ink-muted">
              Submitted {d.submittedAt ? formatInZone(d.submittedAt, timeZone, TIME_PATTERNS.short) : ""}
              {d.overrideReason ? " · sent although close to another note" : ""}
            </p>
          </li>
        ))}
      </ol>
      {queue.hasNextPage && (
        <button
          type="button"
          onClick={() => queue.fetchNextPage()}
          disabled={queue.isFetchingNextPage}
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          {queue.isFetchingNextPage ? "Loading more drafts…" : "Load more drafts"}
        </button>
      )}
    </div>
  );
}
