import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewForm } from "@/features/interviews/interview-form";
import { formatLocalDateTime } from "@/lib/time-zones";
import { requireActor } from "@/server/auth/session";
import { fromDbDate } from "@/lib/civil-date";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Edit interview" };

export default async function EditInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  await requireActor(`/interviews/${id}/edit`);
  const interview = await orNotFound(caller.interview.get({ id }));
  if (!interview.canEdit) notFound();
  const zone = interview.client.timeZone;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">
        Edit: {interview.company}, {interview.jobTitle}
      </h1>
      <InterviewForm
        interviewId={interview.id}
        defaultValues={{
          company: interview.company,
          jobTitle: interview.jobTitle,
          stage: interview.stage,
          startsAtLocal: formatLocalDateTime(interview.startsAt, zone),
          timeZone: zone,
          durationMinutes: interview.durationMinutes,
          location: interview.location ?? "",
          outcome: interview.outcome,
          nextStep: interview.nextStep ?? "",
          timelineKind: interview.timelineKind,
          timelineDate: interview.timelineDate ? fromDbDate(interview.timelineDate) : "",
          callOn: interview.callOn ? fromDbDate(interview.callOn) : "",
          questionsInvited: interview.questionsInvited,
          people: interview.people.map((p) => ({
            id: p.id,
            role: p.role,
            name: p.name,
            title: p.title ?? "",
            email: p.email ?? "",
            phone: p.phone ?? "",
            recallNote: p.recallNote ?? "",
          })),
        }}
      />
    </>
  );
}
