import type { Metadata } from "next";
import { TemplateActions } from "@/features/templates/template-actions";
import { TemplateEditor } from "@/features/templates/template-editor";
import { formatInZone } from "@/lib/format-in-zone";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { requireActor } from "@/server/auth/session";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { HydrateClient, caller, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Template" };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  const actor = await requireActor(`/templates/${id}`);
  const template = await orNotFound(caller.template.get({ id }));
  // The editor lists the placeholders: they come with the HTML.
  if (template.canEdit) await getQueryClient().prefetchQuery(trpc.template.placeholders.queryOptions());
  const latest = template.versions[0]!;
  return (
    <HydrateClient>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{template.name}</h1>
          <p className="text-ink-muted">
            {TEMPLATE_KIND_LABELS[template.kind]} · version {latest.version}
            {template.archivedAt ? " · archived" : ""}
          </p>
        </div>
        {template.canEdit && <TemplateActions id={template.id} archived={!!template.archivedAt} />}
      </div>
      {template.canEdit ? (
        <TemplateEditor initial={{ id: template.id, kind: template.kind, name: template.name, subject: latest.subject, body: latest.body }} />
      ) : (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm"><span className="font-semibold">Subject:</span> {latest.subject}</p>
          <pre className="mt-3 whitespace-pre-wrap font-sans text-sm">{latest.body}</pre>
        </section>
      )}
      <section aria-labelledby="versions-title" className="mt-8">
        <h2 id="versions-title" className="mb-2 text-lg font-semibold">Versions</h2>
        <ol aria-label="Template versions" className="space-y-1 text-sm">
          {template.versions.map((v) => (
            <li key={v.id}>
              Version {v.version} · {formatInZone(v.createdAt, actor.timeZone, "d MMM yyyy, HH:mm")}
            </li>
          ))}
        </ol>
      </section>
    </HydrateClient>
  );
}
