import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageLinks } from "@/components/page-links";
import { formatZoneName } from "@/lib/format-in-zone";
import { InterviewList } from "@/features/interviews/interview-list";
import { interviewListInput, nextInterviewPage } from "@/features/interviews/interview-list-pages";
import { requireActor } from "@/server/auth/session";
import { TaskActionsProvider, TaskList } from "@/features/tasks/task-list";
import { orFirstPage, orNotFound, readRecordId } from "@/server/or-not-found";
import { HydrateClient, caller, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> }) {
  const id = await readRecordId(params);
  const { after } = await searchParams;
  await requireActor(`/clients/${id}`);
  const [client, plan] = await Promise.all([
    orNotFound(caller.client.get({ id })),
    orFirstPage(caller.client.plan({ id, cursor: after }), `/clients/${id}`),
    // The interview list is a client component: its first page comes with the HTML.
    getQueryClient().prefetchInfiniteQuery(trpc.interview.list.infiniteQueryOptions(interviewListInput(id), { getNextPageParam: nextInterviewPage })),
  ]);
  const who = client.name ?? client.email;
  const abilities = { complete: false, manage: client.canManagePlan };
  return (
    <HydrateClient>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{who}</h1>
      <p className="mb-6 mt-1 text-ink-muted">
        {client.email} · {formatZoneName(client.timeZone)} · coached by{" "}
        {client.clientOf.map((a) => `${a.coach.name ?? "a coach"} (${a.practice.name})`).join(", ")}
      </p>
      <section aria-label={`Follow-up plan of ${who}`} className="mb-8">
        <h2 className="mb-3 text-lg font-semibold">Follow-up plan</h2>
        {plan.interviews.length === 0 && <p className="text-sm text-ink-muted">No follow-ups yet.</p>}
        <TaskActionsProvider timeZone={client.timeZone}>
        <div className="space-y-4">
          {plan.interviews.map((interview) => (
            <section key={interview.id} aria-labelledby={`plan-${interview.id}`} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
              <h3 id={`plan-${interview.id}`} className="mb-2 font-semibold">
                <Link href={`/interviews/${interview.id}`} className="text-brand-700 hover:underline">
                  {interview.company}, {interview.jobTitle}
                </Link>
              </h3>
              {interview.overdue.length > 0 && (
                <>
                  <h4 className="mb-1 text-sm font-semibold text-red-700">Overdue</h4>
                  <TaskList tasks={interview.overdue} timeZone={client.timeZone} abilities={abilities} label={`Overdue for ${interview.company}`} />
                </>
              )}
              <h4 className="mb-1 mt-2 text-sm font-semibold">Coming up</h4>
              <TaskList tasks={interview.upcoming} timeZone={client.timeZone} abilities={abilities} label={`Coming up for ${interview.company}`} emptyText="Nothing else open." />
              {interview.finished.length > 0 && (
                // Folded: finished work is there when asked for, not in the way.
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-ink-muted">Done or skipped ({interview.finished.length})</summary>
                  <TaskList tasks={interview.finished} timeZone={client.timeZone} abilities={{ complete: false, manage: false }} label={`Done or skipped for ${interview.company}`} />
                </details>
              )}
            </section>
          ))}
        </div>
        </TaskActionsProvider>
        <PageLinks path={`/clients/${client.id}`} cursor={after} nextCursor={plan.nextCursor} label="Pages of the follow-up plan" />
      </section>
      <h2 className="mb-3 text-lg font-semibold">Interviews</h2>
      <InterviewList clientId={client.id} />
    </HydrateClient>
  );
}
