import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLinks } from "@/components/page-links";
import { ReferenceBook } from "@/features/references/reference-book";
import { canKeepReferenceBook } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { orFirstPage } from "@/server/or-not-found";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "References" };

export default async function ReferencesPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await requireActor("/references");
  if (!canKeepReferenceBook(actor)) notFound();
  const { after } = await searchParams;
  const [{ items: references, nextCursor }, interviews, templates] = await Promise.all([
    orFirstPage(caller.reference.list({ cursor: after }), "/references"),
    caller.interview.list({ limit: 100 }),
    caller.template.list({}),
  ]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">References</h1>
      <p className="mb-6 text-ink-muted">Check that each will speak well of you, and brief them before an employer calls.</p>
      <ReferenceBook
        references={references}
        interviews={interviews.items.map((i) => ({ id: i.id, label: `${i.company}, ${i.jobTitle}` }))}
        templates={templates.filter((t) => t.kind === "REFERENCE_REQUEST" || t.kind === "CHARACTER_REFERENCE_REQUEST").map((t) => ({ id: t.id, label: t.name, kind: t.kind }))}
      />
      <PageLinks path="/references" cursor={after} nextCursor={nextCursor} label="Pages of references" />
    </>
  );
}
