"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { useTRPC } from "@/trpc/react";

function useWaitingReviews() {
  const trpc = useTRPC();
  return useQuery(trpc.draft.waitingCount.queryOptions(undefined, { staleTime: 30_000 })).data?.count ?? 0;
}

const drafts = (count: number) => `${count} ${count === 1 ? "draft" : "drafts"}`;

/** The menu's count of drafts waiting for this coach's review; nothing when none wait. */
export function ReviewCountBadge() {
  const count = useWaitingReviews();
  if (count === 0) return null;
  return (
    <span className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
      {/* The link is read as "Review 2 drafts wait for your review", not "Review2 2 drafts…". */}
      <span aria-hidden="true">{count}</span>
      <span className="sr-only"> {drafts(count)} {count === 1 ? "waits" : "wait"} for your review</span>
    </span>
  );
}

/** The coach dashboard's line on the review queue: how many drafts wait, and the way there. */
export function WaitingReviewsNotice() {
  const count = useWaitingReviews();
  if (count === 0) return null;
  return (
    <p role="status" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <strong>{drafts(count)}</strong> {count === 1 ? "waits" : "wait"} for your review.{" "}
      <Link href="/review" className="font-semibold text-brand-700 underline">
        Review them, nearest deadline first
      </Link>
    </p>
  );
}
