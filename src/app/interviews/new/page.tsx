import type { Metadata } from "next";
import { PageCard } from "@/components/page-card";
import { InterviewForm } from "@/features/interviews/interview-form";
import { formatLocalDateTime } from "@/lib/time-zones";
import { canLogInterviews } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";

export const metadata: Metadata = { title: "Log an interview" };

export default async function NewInterviewPage() {
  const actor = await requireActor("/interviews/new");
  if (!canLogInterviews(actor)) {
    return (
      <PageCard title="Only clients log interviews">
        <p>Your clients log their own interviews; you see them on each client&apos;s page.</p>
      </PageCard>
    );
  }
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Log an interview</h1>
      <InterviewForm
        defaultValues={{
          company: "",
          jobTitle: "",
          stage: "FIRST_ROUND",
          startsAtLocal: formatLocalDateTime(getNow(), actor.timeZone).slice(0, 11) + "09:00",
          timeZone: actor.timeZone,
          durationMinutes: 60,
          location: "",
          outcome: "WAITING",
          nextStep: "",
          timelineKind: "NONE",
          timelineDate: "",
          callOn: "",
          questionsInvited: false,
          people: [{ role: "INTERVIEWER", name: "", title: "", email: "", phone: "", recallNote: "" }],
        }}
      />
    </>
  );
}
