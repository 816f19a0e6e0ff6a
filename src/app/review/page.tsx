import type { Metadata } from "next";
import { ReviewQueue } from "@/features/review/review-queue";
import { nextPageCursor } from "@/lib/next-page";
import { requireActor } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const actor = await requireActor("/review");
  await getQueryClient().prefetchInfiniteQuery(trpc.draft.reviewQueue.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor }));
  return (
    <HydrateClient>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Drafts to review</h1>
      <ReviewQueue timeZone={actor.timeZone} />
    </HydrateClient>
  );
}
