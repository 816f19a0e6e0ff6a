import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageCard } from "@/components/page-card";
import { PracticeMembers } from "@/features/practice/practice-members";
import { requireActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  await requireActor("/practice");
  const practices = await caller.practice.members();
  if (practices.length === 0) {
    return (
      <PageCard title="Practice">
        <p>You are not a coach of any practice.</p>
        <p>
          <Link href="/sign-up" className="underline">Start a practice</Link>, or ask a practice&apos;s owner to invite you.
        </p>
      </PageCard>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">Practice</h1>
      <p className="mb-6 text-ink-muted">
        Who coaches here. The owner moves a coach&apos;s clients to another coach, removes coaches and can hand the practice on;
        a coach whose clients have been moved can leave.
      </p>
      <PracticeMembers practices={practices} />
    </>
  );
}
