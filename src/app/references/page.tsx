import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReferenceBook } from "@/features/references/reference-book";
import { canKeepReferenceBook } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "References" };

export default async function ReferencesPage() {
  const actor = await requireActor("/references");
  if (!canKeepReferenceBook(actor)) notFound();
  const [references, interviews, templates] = await Promise.all([
    caller.reference.list({}),
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
    </>
  );
}
