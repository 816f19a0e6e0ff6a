import type { Metadata } from "next";
import { PageCard } from "@/components/page-card";
import { SignInForm } from "@/features/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, string> = {
  Verification: "This sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "This address cannot sign in. Ask your coach for an invitation.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <PageCard title="Could not sign you in">
      <p role="alert">{(error && MESSAGES[error]) ?? "Something went wrong while signing you in. Please try again."}</p>
      <SignInForm />
    </PageCard>
  );
}
