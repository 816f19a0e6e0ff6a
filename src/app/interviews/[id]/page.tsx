import type { Metadata } from "next";
import Link from "next/link";
import { DeleteInterviewButton } from "@/features/interviews/delete-interview-button";
import { formatInZone } from "@/lib/format-in-zone";
import { OUTCOME_LABELS, PERSON_ROLE_LABELS, STAGE_LABELS } from "@/lib/interview-labels";
import { requireActor } from "@/server/auth/session";
import { loadInterviewOr404 } from "@/server/interviews/load-interview-page";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/interviews/${id}`);
  const interview = await loadInterviewOr404(actor, id);
  const zone = interview.client.timeZone;

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

      <section aria-labelledby="people-title">
        <h2 id="people-title" className="mb-3 text-lg font-semibold">
          People
        </h2>
        {interview.people.length === 0 ? (
          <p className="text-ink-muted">No one recorded yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">People at the interview</caption>
              <thead className="bg-slate-50 text-ink-muted">
                <tr>
                  <th scope="col" className="px-3 py-2">Name</th>
                  <th scope="col" className="px-3 py-2">Role</th>
                  <th scope="col" className="px-3 py-2">Title</th>
                  <th scope="col" className="px-3 py-2">Contact</th>
                  <th scope="col" className="px-3 py-2">To recall</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {interview.people.map((person) => (
                  <tr key={person.id}>
                    <th scope="row" className="px-3 py-2 font-medium">{person.name}</th>
                    <td className="px-3 py-2">{PERSON_ROLE_LABELS[person.role]}</td>
                    <td className="px-3 py-2">{person.title}</td>
                    <td className="px-3 py-2">{[person.email, person.phone].filter(Boolean).join(" · ")}</td>
                    <td className="px-3 py-2">{person.recallNote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
