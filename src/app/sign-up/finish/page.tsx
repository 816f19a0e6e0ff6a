import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageCard } from "@/components/page-card";
import { FinishSignUpButton } from "@/features/practice/finish-sign-up-button";
import { requireActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Start your practice" };

export default async function FinishSignUpPage() {
  const actor = await requireActor("/sign-up/finish");
  const signUp = await caller.practice.openSignUp();
  if (!signUp) {
    return (
      <PageCard title="Nothing to start">
        <p>There is no practice waiting to be started for {actor.email}. Requests last a day.</p>
        <p>
          <Link href="/sign-up" className="underline">Start a practice</Link> or <Link href="/" className="underline">go to your home page</Link>.
        </p>
      </PageCard>
    );
  }
  return (
    <PageCard title="Start your practice">
      <p>
        Your address is confirmed, {signUp.name}. Start <strong>{signUp.practiceName}</strong>: you will own it, with the
        default templates, and can invite clients and coaches straight away.
      </p>
      <FinishSignUpButton practiceName={signUp.practiceName} />
    </PageCard>
  );
}
