import type { Metadata } from "next";
import { Link } from "@/components/link";
import { redirect } from "next/navigation";
import { PageCard } from "@/components/page-card";
import { SignInForm } from "@/features/auth/sign-in-form";
import { toSafeCallbackUrl } from "@/lib/safe-callback-url";
import { getCurrentActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; email?: string }> }) {
  const params = await searchParams;
  const callbackUrl = toSafeCallbackUrl(params.callbackUrl);
  if (await getCurrentActor()) redirect(callbackUrl);
  return (
    <PageCard title="Sign in">
      <p className="text-ink-muted">We email you a link that signs you in. No password to remember.</p>
      <SignInForm email={params.email} callbackUrl={callbackUrl} />
      <p className="text-sm text-ink-muted">
        A coach without an account? <Link href="/sign-up" className="underline">Start a practice</Link>.
      </p>
    </PageCard>
  );
}
