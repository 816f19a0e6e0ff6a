import { Link } from "@/components/link";
import { PageHeader } from "@/components/page-header";
import { ClientDashboard } from "@/features/dashboard/client-dashboard";
import { CoachDashboard } from "@/features/dashboard/coach-dashboard";
import { clientListInput, nextClientPage, readClientListView } from "@/features/dashboard/client-list-view";
import { nextPageCursor } from "@/lib/next-page";
import { hasCoachDashboard } from "@/server/access/policy";
import { getCurrentActor } from "@/server/auth/session";
import { HydrateClient, caller, getQueryClient, trpc } from "@/trpc/server";

export const dynamic = "force-dynamic";

/**
 * The welcome after accepting an invitation names whom the person joined, looked up among
 * their own coaches or practices (an id in the address names no one else).
 */
async function JoinedBanner({ params, actor }: { params: Record<string, string | string[] | undefined>; actor: { practices: { practiceId: string; practiceName: string }[] } }) {
  let message: string | null = null;
  if (params.joined === "client") {
    const coach = (await caller.practice.myCoaches()).find((c) => c.id === params.coach);
    message = `Welcome! You are connected with ${coach ? `${coach.name} of ${coach.practiceName}` : "your coach"}, who can now see the interviews you log.`;
  } else if (params.joined === "coach") {
    const practice = actor.practices.find((p) => p.practiceId === params.practice);
    message = `Welcome to ${practice?.practiceName ?? "the practice"}! Invite your clients from the Invitations page.`;
  }
  if (!message) return null;
  return (
    <p role="status" className="mb-6 rounded-md border border-green-200 bg-green-50 p-3 text-green-900">
      {message}
    </p>
  );
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const actor = await getCurrentActor();
  if (!actor) {
    return (
      <section className="mx-auto max-w-2xl py-8 text-center">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">The follow-up after every interview, planned.</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Followthrough turns each job interview into a follow-up plan: a personal thank-you to every interviewer the same
          day, the materials you promised, and calls timed to the employer&apos;s decision — with your career coach alongside.
        </p>
        <Link href="/sign-in" className="mt-6 inline-block rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Sign in
        </Link>
      </section>
    );
  }

  if (hasCoachDashboard(actor)) {
    // Only the first page of clients is rendered and sent: the owner of a large practice gets the same small page.
    const view = readClientListView(params);
    await Promise.all([
      getQueryClient().prefetchInfiniteQuery(trpc.dashboard.coach.infiniteQueryOptions(clientListInput(view), { getNextPageParam: nextClientPage })),
      getQueryClient().prefetchInfiniteQuery(trpc.notification.list.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor })),
      getQueryClient().prefetchQuery(trpc.draft.waitingCount.queryOptions()),
    ]);
    return (
      <HydrateClient>
        <JoinedBanner params={params} actor={actor} />
        <PageHeader title="Your clients" action={{ href: "/invitations", label: "Invite a client" }} />
        <CoachDashboard timeZone={actor.timeZone} initialView={view} />
      </HydrateClient>
    );
  }

  await Promise.all([
    getQueryClient().prefetchQuery(trpc.dashboard.client.queryOptions()),
    getQueryClient().prefetchInfiniteQuery(trpc.notification.list.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor })),
  ]);
  return (
    <HydrateClient>
      <JoinedBanner params={params} actor={actor} />
      <PageHeader title="Your interviews" action={{ href: "/interviews/new", label: "Log an interview" }} />
      <ClientDashboard timeZone={actor.timeZone} />
    </HydrateClient>
  );
}
