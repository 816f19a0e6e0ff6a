import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageCard } from "@/components/page-card";
import { SignUpForm } from "@/features/practice/sign-up-form";
import { getCurrentActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Start a practice" };

export default async function SignUpPage() {
  const [setting, actor] = await Promise.all([caller.practice.signUpSetting(), getCurrentActor()]);
  if (!setting.open) {
    return (
      <PageCard title="Start a practice">
        <p>{setting.description}</p>
        <p className="text-sm text-ink-muted">
          Already invited or signed up? <Link href="/sign-in" className="underline">Sign in</Link>.
        </p>
      </PageCard>
    );
  }
  return (
    <PageCard title="Start a practice">
      <p className="text-ink-muted">
        Start a coaching practice on Followthrough: you become its owner, with a library of templates to begin with, and
        invite your clients and coaches. We email you a link to confirm your address; no password.
      </p>
      <p className="text-sm text-ink-muted">{setting.description}</p>
      {actor ? (
        <p>
          You are signed in as {actor.email}. Sign out first to start a practice with another address, or{" "}
          <Link href="/sign-up/finish" className="underline">continue the one you started</Link>.
        </p>
      ) : (
        <SignUpForm />
      )}
      <p className="text-sm text-ink-muted">
        Already have an account? <Link href="/sign-in" className="underline">Sign in</Link>.
      </p>
    </PageCard>
  );
}
