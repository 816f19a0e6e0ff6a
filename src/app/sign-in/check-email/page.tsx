import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageCard } from "@/components/page-card";
import { headers } from "next/headers";
import { isOutboxAvailable } from "@/server/dev-tools/dev-tool-access";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <PageCard title="Check your email">
      <p role="status">
        {email ? (
          <>
            If <strong>{email}</strong> has an account or an invitation, a sign-in link is on its way.
          </>
        ) : (
          "A sign-in link is on its way."
        )}{" "}
        It works once, within an hour.
      </p>
      {isOutboxAvailable(await headers()) && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Mail is not really sent here: open the <Link href="/dev/outbox" className="font-semibold underline">dev outbox</Link> to find the link.
        </p>
      )}
      <p className="text-sm text-ink-muted">
        Nothing arrived? <Link href="/sign-in" className="underline">Ask for another link</Link>.
      </p>
    </PageCard>
  );
}
