import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateEditor } from "@/features/templates/template-editor";
import { canWriteTemplates } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const actor = await requireActor("/templates/new");
  if (!canWriteTemplates(actor)) notFound();
  const requested = (await searchParams).kind;
  const kind = TEMPLATE_KINDS.find((k) => k === requested) ?? "THANK_YOU_EMAIL";
  // The editor lists the placeholders: they come with the HTML.
  await getQueryClient().prefetchQuery(trpc.template.placeholders.queryOptions());
  return (
    <HydrateClient>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">New template</h1>
      <TemplateEditor initial={{ kind, name: "", subject: "", body: "" }} />
    </HydrateClient>
  );
}
