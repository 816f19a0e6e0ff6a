import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { DecisionsSection, EmailsSection, FunnelSection, OnTimeSection, OwnProgress, ThanksSection } from "@/features/outcomes/outcome-sections";
import { recordId } from "@/lib/validation/fields";
import { requireActor } from "@/server/auth/session";
import { orNotFound } from "@/server/or-not-found";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Outcomes" };

type SearchParams = Promise<{ client?: string | string[]; page?: string | string[] }>;

/** The page number from the address: a whole number from 1, anything else is the first page. */
function readPage(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,5}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(page, 1), 10_000);
}

export default async function OutcomesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  await requireActor("/outcomes");
  const clientId = typeof params.client === "string" ? params.client : null;
  if (clientId !== null && !recordId.safeParse(clientId).success) notFound();
  const page = readPage(params.page);
  const outcomes = await orNotFound(caller.outcomes.summary({ clientId }));

  if (outcomes.view === "own") {
    return (
      <>
        <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">Your progress</h1>
        <p className="mb-6 text-ink-muted">What your follow-up has added up to. It is yours alone: nobody else&apos;s is shown, and yours is not compared.</p>
        <OwnProgress outcomes={outcomes} />
        <FunnelSection funnel={outcomes.funnel} whose="of yours" />
      </>
    );
  }

  const clients = outcomes.client ? null : await caller.outcomes.byClient({ page });
  const whose = outcomes.client ? `of ${outcomes.client.name ?? outcomes.client.email}` : "of your clients";
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">{outcomes.client ? `Outcomes: ${outcomes.client.name ?? outcomes.client.email}` : "Outcomes"}</h1>
      <p className="mb-6 text-ink-muted">
        {outcomes.client ? (
          <Link href="/outcomes" className="text-brand-700 underline">
            Back to all your clients
          </Link>
        ) : (
          "Which follow-up habits go with next rounds and offers, across your clients (a practice owner: the whole practice). Counts are always shown beside rates."
        )}
      </p>
      <FunnelSection funnel={outcomes.funnel} whose={whose} />
      <ThanksSection thanks={outcomes.thanks} />
      <OnTimeSection
        onTime={outcomes.onTime}
        clients={clients}
        clientHref={(id) => `/outcomes?client=${encodeURIComponent(id)}`}
        pageHref={(n) => `/outcomes?page=${n}`}
      />
      <EmailsSection emails={outcomes.emails} />
      <DecisionsSection decisions={outcomes.decisions} />
    </>
  );
}
