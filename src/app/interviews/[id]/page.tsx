import type { Metadata } from "next";
import { Link } from "@/components/link";
import { DeleteInterviewButton } from "@/features/interviews/delete-interview-button";
import { InterviewPeople } from "@/features/interviews/interview-people";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { OUTCOME_LABELS, STAGE_LABELS } from "@/lib/interview-labels";
import { requireActor } from "@/server/auth/session";
import { EmailStatusList } from "@/features/emails/email-status-list";
import { StartDraft } from "@/features/drafts/start-draft";
import { DRAFT_STATUS_LABELS } from "@/lib/draft-labels";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { NotesPanel } from "@/features/record/notes-panel";
import { CallsPanel, ExpensesPanel, ItemsPanel } from "@/features/record/record-panels";
import { AddTaskForm } from "@/features/tasks/add-task-form";
import { TaskActionsProvider, TaskList } from "@/features/tasks/task-list";
import { PageTabs } from "@/components/page-tabs";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string | string[] }> }) {
  const id = await readRecordId(params);
  const { tab } = await searchParams;
  const actor = await requireActor(`/interviews/${id}`);
  const record = await orNotFound(caller.interview.record({ id }));
  const { interview, drafts, emails, templates } = record;
  const zone = interview.client.timeZone;
  const openTasks = record.tasks.filter((t) => t.status === "OPEN");
  const closedTasks = record.tasks.filter((t) => t.status !== "OPEN");
  const planWarnings = record.planPrompts.filter((p) => p.rule !== "R16");
  const timelineText =
    interview.timelineKind === "NONE" || !interview.timelineDate
      ? "No date given: Followthrough plans a first call five working days after the interview."
      : `${interview.timelineKind === "DECISION" ? "Decision" : "Next round"} on ${formatDay(interview.timelineDate, "EEEE d MMMM")}.`;

  return (
    <article aria-labelledby="interview-title" className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="interview-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
            {interview.company}, {interview.jobTitle}
          </h1>
          <p className="mt-1 text-ink-muted">
            {actor.id !== interview.client.id && (
              <>
                <Link href={`/clients/${interview.client.id}`} className="underline">
                  {interview.client.name ?? interview.client.email}
                </Link>{" "}
                ·{" "}
              </>
            )}
            <time dateTime={interview.startsAt.toISOString()}>{formatInZone(interview.startsAt, zone)}</time> ·{" "}
            {interview.durationMinutes} minutes
            {interview.location ? ` · ${interview.location}` : ""}
          </p>
          <p className="mt-2 flex gap-2 text-xs font-medium">
            <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-700">{STAGE_LABELS[interview.stage]}</span>
            <span className="rounded-full bg-slate-100 px-2 py-0.5">{OUTCOME_LABELS[interview.outcome]}</span>
          </p>
        </div>
        {interview.canEdit && (
          <div className="flex flex-wrap gap-2">
            <Link href={`/interviews/${interview.id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50">
              Edit interview
            </Link>
            <DeleteInterviewButton interviewId={interview.id} />
          </div>
        )}
      </header>

      <section aria-labelledby="timeline-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="timeline-title" className="mb-1 text-lg font-semibold">Decision timeline</h2>
        <p>{timelineText}</p>
        {interview.nextStep && <p className="text-sm text-ink-muted">Next step: {interview.nextStep}</p>}
        {interview.callOn && <p className="text-sm text-ink-muted">They asked you to call on {formatDay(interview.callOn, "EEEE d MMMM")}.</p>}
        {interview.questionsInvited && (
          <p className="mt-2 rounded bg-brand-50 p-2 text-sm text-brand-900">
            The hiring manager invited questions: send no more than 4 or 5, and only the ones that matter.
          </p>
        )}
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title" className="mb-3 text-lg font-semibold">Follow-up plan</h2>
        {/* What could not be fitted before the decision, or why there is no plan (R16's advice is shown above). */}
        {planWarnings.length > 0 && (
          <ul aria-label="About this plan" className="mb-3 space-y-1">
            {planWarnings.map((prompt) => (
              <li key={prompt.text} role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
                {prompt.text}
              </li>
            ))}
          </ul>
        )}
        <TaskActionsProvider timeZone={zone}>
        <TaskList
          tasks={openTasks}
          timeZone={zone}
          abilities={{ complete: interview.canEdit, manage: interview.canAddTasks }}
          label="Follow-up plan"
          emptyText="Nothing left to do for this interview."
        />
        {closedTasks.length > 0 && (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium">Done and skipped ({closedTasks.length})</summary>
            <div className="mt-2">
              <TaskList tasks={closedTasks} timeZone={zone} abilities={{ complete: interview.canEdit, manage: false }} label="Done and skipped tasks" />
            </div>
          </details>
        )}
        </TaskActionsProvider>
        {interview.canAddTasks && (
          <div className="mt-4">
            <AddTaskForm interviewId={interview.id} timeZone={zone} />
          </div>
        )}
      </section>

      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title" className="mb-3 text-lg font-semibold">Letters and emails</h2>
        {drafts.length > 0 ? (
          <ul aria-label="Drafts" className="mb-4 space-y-1 text-sm">
            {drafts.map((d) => (
              <li key={d.id}>
                <Link href={`/drafts/${d.id}`} className="font-medium text-brand-700 hover:underline">
                  To {d.recipient?.name ?? "someone"}: {d.versions[0]?.subject}
                </Link>{" "}
                <span className="text-ink-muted">· {DRAFT_STATUS_LABELS[d.status]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm text-ink-muted">No drafts yet.</p>
        )}
        {emails.length > 0 && (
          <div className="mb-4">
            <h3 className="mb-2 text-sm font-semibold">Emails</h3>
            <EmailStatusList emails={emails} timeZone={actor.timeZone} label="Emails of this interview" />
          </div>
        )}
        {interview.canEdit && (
          <div className="space-y-3">
            {interview.people.map((person) => (
              <StartDraft
                key={person.id}
                interviewId={interview.id}
                person={person}
                templates={templates}
              />
            ))}
          </div>
        )}
      </section>

      {/* The plan and the letters come first; the rest is a tab away. */}
      <PageTabs
        label="More about this interview"
        initial={typeof tab === "string" ? tab : undefined}
        tabs={[
          {
            value: "people",
            label: "People",
            count: interview.people.length,
            content: (
              <section aria-labelledby="people-title">
                <h2 id="people-title" className="mb-3 text-lg font-semibold">
                  People
                </h2>
                <InterviewPeople people={interview.people} drafts={drafts} />
              </section>
            ),
          },
          {
            value: "notes",
            label: "Notes",
            count: record.notes.length,
            content: (
              <section aria-labelledby="notes-title">
                <h2 id="notes-title" className="mb-3 text-lg font-semibold">Debrief and notes</h2>
                <NotesPanel interviewId={interview.id} notes={record.notes} canWrite={interview.canAddTasks} isClient={interview.canEdit} timeZone={zone} actorId={actor.id} />
              </section>
            ),
          },
          {
            value: "materials",
            label: "Materials",
            count: record.items.length,
            content: (
              <section aria-labelledby="items-title">
                <h2 id="items-title" className="mb-3 text-lg font-semibold">Promised materials and requests</h2>
                <ItemsPanel interviewId={interview.id} items={record.items} canWrite={interview.canEdit} />
              </section>
            ),
          },
          {
            value: "calls",
            label: "Calls",
            count: record.calls.length,
            content: (
              <section aria-labelledby="calls-title">
                <h2 id="calls-title" className="mb-3 text-lg font-semibold">Follow-up calls</h2>
                <CallsPanel interviewId={interview.id} calls={record.calls} canWrite={interview.canEdit} timeZone={zone} cold={!!interview.coldAt} />
              </section>
            ),
          },
          {
            value: "expenses",
            label: "Expenses",
            count: record.expenses.length,
            content: (
              <section aria-labelledby="expenses-title">
                <h2 id="expenses-title" className="mb-3 text-lg font-semibold">Travel expenses</h2>
                <ExpensesPanel interviewId={interview.id} expenses={record.expenses} canWrite={interview.canEdit} timeZone={zone} />
              </section>
            ),
          },
        ]}
      />
    </article>
  );
}
