import { InterviewList } from "@/features/interviews/interview-list";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  await getQueryClient().prefetchQuery(trpc.interview.list.queryOptions({}));
  return (
    <HydrateClient>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Interviews</h1>
      <InterviewList />
    </HydrateClient>
  );
}
