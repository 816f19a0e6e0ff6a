"use client";

import { useQuery } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { NotificationPanel } from "@/features/notifications/notification-panel";
import { TaskActionsProvider, TaskList } from "@/features/tasks/task-list";
import { FoldedSection } from "@/components/folded-section";
import { ABILITIES, NextUp, WeekTabs } from "./client-plan-views";
import { formatDay } from "@/lib/format-in-zone";
import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/interview-labels";
import { INTERVIEW_STAGES } from "@/lib/interview-values";
import { useTRPC } from "@/trpc/react";

export function ClientDashboard({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.dashboard.client.queryOptions());
  if (dashboard.isPending) return <p role="status">Loading your follow-ups…</p>;
  if (dashboard.isError) return <p role="alert">Your follow-ups could not be loaded: {dashboard.error.message}</p>;
  const d = dashboard.data;

  if (d.interviewCount === 0) {
    // A client who has logged nothing yet can still be told something (a new coach, say).
    return (
      <div className="space-y-8">
        <NotificationPanel timeZone={timeZone} />
        <section aria-labelledby="start-title" className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 id="start-title" className="text-lg font-semibold">No interviews yet</h2>
          <p className="mt-2 text-ink-muted">
            Log your first interview, with everyone you met and what they said about the next step. Followthrough then plans your
            thank-yous, follow-up calls and letters, timed to the employer&apos;s decision.
          </p>
          <Link href="/interviews/new" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            Log your first interview
          </Link>
        </section>
      </div>
    );
  }

  const now = [...d.overdue, ...d.dueToday];
  const open = [...now, ...d.thisWeek];
  return (
    <TaskActionsProvider timeZone={timeZone}>
    <div className="space-y-8">
      {d.keepSearching && (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <strong>Keep your search going.</strong> Until an offer is signed, keep other applications and networking moving: one
          pending interview is not a plan.
        </p>
      )}
      <NotificationPanel timeZone={timeZone} />
      <NextUp tasks={now} later={d.thisWeek} timeZone={timeZone} />
      {open.length > 0 && (
        <section aria-labelledby="week-title">
          <h2 id="week-title" className="mb-2 text-lg font-semibold">Your week</h2>
          <WeekTabs overdue={d.overdue} dueToday={d.dueToday} thisWeek={d.thisWeek} today={d.today} timeZone={timeZone} />
        </section>
      )}
      {d.recentlyDone.length > 0 && (
        <FoldedSection title={`Done today (${d.recentlyDone.length})`}>
          <TaskList tasks={d.recentlyDone} timeZone={timeZone} abilities={ABILITIES} label="Done today" />
        </FoldedSection>
      )}
      <section aria-labelledby="pipeline-title">
        <h2 id="pipeline-title" className="mb-2 text-lg font-semibold">Pipeline</h2>
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {INTERVIEW_STAGES.map((stage) => {
            const inStage = d.pipeline.filter((i) => i.stage === stage);
            return (
              <section key={stage} aria-label={`${STAGE_LABELS[stage]} (${d.stageCounts[stage]})`} className="rounded-lg border border-slate-200 bg-white p-3">
                <h3 className="text-sm font-semibold">
                  {STAGE_LABELS[stage]} <span className="text-ink-muted">({d.stageCounts[stage]})</span>
                </h3>
                <ul className="mt-2 space-y-2 text-sm">
                  {inStage.map((i) => (
                    <li key={i.id}>
                      <Link href={`/interviews/${i.id}`} className="font-medium text-brand-700 hover:underline">
                        {i.company}, {i.jobTitle}
                      </Link>
                      <p className="text-xs text-ink-muted">
                        {OUTCOME_LABELS[i.outcome]}
                        {i.coldAt ? " · cold" : ""}
                        {i.timelineDate ? ` · ${i.timelineKind === "NEXT_ROUND" ? "next round" : "decision"} ${formatDay(i.timelineDate, "d MMM")}` : ""}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        {d.interviewCount > d.pipeline.length && (
          <p className="mt-2 text-sm text-ink-muted">Showing your {d.pipeline.length} most recent interviews of {d.interviewCount}.</p>
        )}
      </section>
    </div>
    </TaskActionsProvider>
  );
}
