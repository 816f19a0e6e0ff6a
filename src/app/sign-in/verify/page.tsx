import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageCard } from "@/components/page-card";
import { SignInForm } from "@/features/auth/sign-in-form";
import { toSafeCallbackUrl } from "@/lib/safe-callback-url";
import { getCurrentActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Sign in" };

type Params = { token?: string; email?: string; callbackUrl?: string };

export default async function VerifySignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { token, email, callbackUrl: rawCallback } = await searchParams;
  const callbackUrl = toSafeCallbackUrl(rawCallback);
  // A repeated parameter arrives as a list: that is not a link either.
  const state = typeof token === "string" && typeof email === "string" && token && email ? await caller.signIn.linkState({ token, email }) : "invalid";

  if (state === "valid") {
    const continueUrl = `/api/auth/callback/email?${new URLSearchParams({ token: token!, email: email!, callbackUrl })}`;
    return (
      <PageCard title="Sign in">
        <p>You are signing in as <strong>{email}</strong>.</p>
        {/* A plain link: Auth.js checks the token on GET. The extra click keeps mail scanners from using it up. */}
        <a href={continueUrl} className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Continue to Followthrough
        </a>
      </PageCard>
    );
  }

  const actor = await getCurrentActor();
  const messages = {
    expired: { title: "This link has expired", body: "Sign-in links work for an hour. Ask for a new one below." },
    used: { title: "This link was already used", body: "Each sign-in link works once. Ask for a new one below." },
    invalid: { title: "This link is not valid", body: "It may be incomplete. Ask for a new one below." },
  } as const;
  const message = messages[state];
  return (
    <PageCard title={message.title}>
      {actor ? (
        <p>
          You are already signed in as {actor.email}. <Link href={callbackUrl} className="underline">Continue</Link>.
        </p>
      ) : (
        <>
          <p role="alert">{message.body}</p>
          <SignInForm email={email} callbackUrl={callbackUrl} />
        </>
      )}
    </PageCard>
  );
}
