import type { Metadata } from "next";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/page-header";
import { PageLinks } from "@/components/page-links";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { canWriteTemplates, seesArchivedTemplates } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";
import { orFirstPage } from "@/server/or-not-found";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ archived?: string; after?: string }> }) {
  const actor = await requireActor("/templates");
  const { archived, after } = await searchParams;
  const includeArchived = archived === "1";
  const { items: templates, nextCursor } = await orFirstPage(caller.template.page({ includeArchived, cursor: after }), includeArchived ? "/templates?archived=1" : "/templates");
  return (
    <>
      <PageHeader title="Templates" action={canWriteTemplates(actor) ? { href: "/templates/new", label: "New template" } : undefined} />
      {seesArchivedTemplates(actor) && (
        <p className="mb-4 text-sm">
          <Link href={includeArchived ? "/templates" : "/templates?archived=1"} className="underline">
            {includeArchived ? "Hide archived templates" : "Show archived templates"}
          </Link>
        </p>
      )}
      <div className="space-y-6">
        {TEMPLATE_KINDS.map((kind) => {
          const ofKind = templates.filter((t) => t.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`kind-${kind}`}>
              <h2 id={`kind-${kind}`} className="mb-2 text-lg font-semibold">{TEMPLATE_KIND_LABELS[kind]}</h2>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {ofKind.map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <Link href={`/templates/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.name}</Link>
                    <span className="text-xs text-ink-muted">
                      version {t.versions[0]?.version ?? 1}{t.archivedAt ? " · archived" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <PageLinks path="/templates" params={{ archived }} cursor={after} nextCursor={nextCursor} label="Pages of templates" />
    </>
  );
}
