"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { formatInZone } from "@/lib/format-in-zone";
import { OUTCOME_LABELS, PERSON_ROLE_LABELS, STAGE_LABELS } from "@/lib/interview-labels";
import { useTRPC } from "@/trpc/react";
import { interviewListInput, nextInterviewPage } from "./interview-list-pages";

export function InterviewList({ clientId, showClient = false }: { clientId?: string; showClient?: boolean }) {
  const trpc = useTRPC();
  // A page at a time (keyset on start and id), the first prefetched by the server page; "Load more" asks for the next.
  const interviews = useInfiniteQuery(trpc.interview.list.infiniteQueryOptions(interviewListInput(clientId), { getNextPageParam: nextInterviewPage }));

  if (interviews.isPending) {
    return (
      <p role="status" className="text-ink-muted">
        Loading interviews…
      </p>
    );
  }
  // A failed "Load more" keeps the pages already shown (and says so below them).
  if (!interviews.data) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-red-800">
        The interviews could not be loaded: {interviews.error?.message}
      </p>
    );
  }
  const rows = interviews.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <h2 className="text-lg font-semibold">No interviews yet</h2>
        <p className="mt-2 text-ink-muted">
          {clientId ? "This client has not logged an interview yet." : "Log your first interview to get a follow-up plan."}
        </p>
      </div>
    );
  }

  return (
    <>
    <ul aria-label="Interviews" className="grid gap-4 sm:grid-cols-2">
      {rows.map((interview) => {
        const headingId = `interview-${interview.id}`;
        return (
          <li key={interview.id}>
            <article
              aria-labelledby={headingId}
              className="h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <h2 id={headingId} className="text-base font-semibold text-ink">
                <Link href={`/interviews/${interview.id}`} className="hover:text-brand-700 hover:underline">
                  {interview.company}, {interview.jobTitle}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-ink-muted">
                {showClient && `${interview.client.name ?? "Client"} · `}
                <time dateTime={interview.startsAt.toISOString()}>
                  {formatInZone(interview.startsAt, interview.client.timeZone)}
                </time>
              </p>
              <p className="mt-3 flex flex-wrap gap-2 text-xs font-medium">
                <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-700">{STAGE_LABELS[interview.stage]}</span>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-ink">{OUTCOME_LABELS[interview.outcome]}</span>
              </p>
              {interview.people.length > 0 && (
                <ul aria-label={`People at ${interview.company}`} className="mt-3 space-y-1 text-sm">
                  {interview.people.map((person) => (
                    <li key={person.id}>
                      {person.name}
                      <span className="text-ink-muted">
                        {" "}
                        · {PERSON_ROLE_LABELS[person.role]}
                        {person.title ? `, ${person.title}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          </li>
        );
      })}
    </ul>
    {interviews.hasNextPage && (
      <button
        type="button"
        onClick={() => interviews.fetchNextPage()}
        disabled={interviews.isFetchingNextPage}
        className="mt-4 min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {interviews.isFetchingNextPage ? "Loading…" : "Load more interviews"}
      </button>
    )}
    {interviews.isFetchNextPageError && (
      <p role="alert" className="mt-2 text-sm text-red-800">
        More interviews could not be loaded: {interviews.error?.message}
      </p>
    )}
    </>
  );
}
