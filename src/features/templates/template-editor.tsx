"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "@/components/toast";
import { FormField, inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";
import { useTRPC } from "@/trpc/react";

type Kind = (typeof TEMPLATE_KINDS)[number];
type Initial = { id?: string; kind: Kind; name: string; subject: string; body: string };

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The coach's template editor: placeholders listed, a live preview with sample data, problems by line. */
export function TemplateEditor({ initial }: { initial: Initial }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saveError, setSaveError] = useState<string | null>(null);
  const content = useDebounced({ subject: values.subject || " ", body: values.body || " " }, 300);
  // No retries: a refusal is the same the second time, and retries only delay showing it.
  const preview = useQuery({ ...trpc.template.preview.queryOptions(content), placeholderData: (previous) => previous, retry: false });
  const placeholders = useQuery(trpc.template.placeholders.queryOptions());
  const onError = (e: { message: string }) => {
    setSaveError(e.message);
    toast.error("The template was not saved");
  };
  const create = useMutation(
    trpc.template.create.mutationOptions({
      onSuccess: ({ id }) => {
        toast.success("Template saved");
        router.push(`/templates/${id}`);
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.template.update.mutationOptions({
      onSuccess: ({ version }) => {
        setSaveError(null);
        toast.success(`Template saved as version ${version}`);
        router.refresh();
      },
      onError,
    }),
  );
  const pending = create.isPending || update.isPending;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        className="space-y-4"
        aria-busy={pending}
        onSubmit={(e) => {
          e.preventDefault();
          setSaveError(null);
          if (values.id) update.mutate({ id: values.id, name: values.name, subject: values.subject, body: values.body });
          else create.mutate({ kind: values.kind, name: values.name, subject: values.subject, body: values.body });
        }}
      >
        {saveError && (
          <p role="alert" className="whitespace-pre-line rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
            {saveError}
          </p>
        )}
        <FormField id="template-name" label="Name">
          <input id="template-name" required value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} className={inputClass} />
        </FormField>
        {!values.id && (
          <FormField id="template-kind" label="Kind">
            <select id="template-kind" value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value as Kind })} className={inputClass}>
              {TEMPLATE_KINDS.map((kind) => (
                <option key={kind} value={kind}>{TEMPLATE_KIND_LABELS[kind]}</option>
              ))}
            </select>
          </FormField>
        )}
        <FormField id="template-subject" label="Subject">
          <input id="template-subject" required value={values.subject} onChange={(e) => setValues({ ...values, subject: e.target.value })} className={inputClass} />
        </FormField>
        <FormField id="template-body" label="Body" hint="Plain text in paragraphs. Placeholders in {{ double braces }}; {% if %} and {% for %} are allowed.">
          <textarea
            id="template-body"
            required
            rows={14}
            aria-describedby="template-body-hint"
            value={values.body}
            onChange={(e) => setValues({ ...values, body: e.target.value })}
            className={`${inputClass} font-mono text-sm`}
          />
        </FormField>
        <SubmitButton pending={pending} label="Save template" pendingLabel="Saving…" />
        <section aria-labelledby="placeholders-title">
          <h2 id="placeholders-title" className="mb-1 text-sm font-semibold">Placeholders</h2>
          <ul className="grid gap-1 text-xs sm:grid-cols-2">
            {Object.entries(placeholders.data ?? {}).map(([path, description]) => (
              <li key={path}>
                <code className="rounded bg-slate-100 px-1">{`{{ ${path} }}`}</code> <span className="text-ink-muted">{description}</span>
              </li>
            ))}
          </ul>
        </section>
      </form>
      <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="preview-title" className="mb-2 text-lg font-semibold">Preview with sample data</h2>
        {preview.isError ? (
          // A refusal (a body over 20,000 characters, say) is a sentence from the server, never a stack.
          <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">The preview is not available: {preview.error.message}</p>
        ) : preview.data && preview.data.problems.length > 0 ? (
          <ul aria-label="Problems in the template" className="space-y-2 text-sm text-red-800">
            {preview.data.problems.map((p, i) => (
              <li key={i} className="rounded bg-red-50 p-2">
                {p.field === "subject" ? "Subject" : "Body"}, line {p.line}: {p.message} {p.suggestion}
              </li>
            ))}
          </ul>
        ) : preview.data ? (
          <div aria-live="polite">
            <p className="text-sm"><span className="font-semibold">Subject:</span> {preview.data.subject}</p>
            <pre className="mt-3 whitespace-pre-wrap font-sans text-sm">{preview.data.body}</pre>
          </div>
        ) : (
          <p role="status" className="text-sm text-ink-muted">Rendering…</p>
        )}
      </section>
    </div>
  );
}
