"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toast";
import { TEMPLATE_KIND_LABELS } from "@/lib/template-labels";
import { useTRPC } from "@/trpc/react";

type TemplateOption = { id: string; name: string; kind: keyof typeof TEMPLATE_KIND_LABELS };

/** The client starts a draft to one person from one of the practice's templates. */
export function StartDraft({ interviewId, person, templates }: { interviewId: string; person: { id: string; name: string; role: string }; templates: TemplateOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const preferred = person.role === "RECRUITER" ? "RECRUITER_THANK_YOU" : "THANK_YOU_EMAIL";
  const [templateId, setTemplateId] = useState(templates.find((t) => t.kind === preferred)?.id ?? templates[0]?.id ?? "");
  const create = useMutation(
    trpc.draft.create.mutationOptions({
      onSuccess: ({ id }) => router.push(`/drafts/${id}`),
      onError: (e) => toast.error(e.message),
    }),
  );
  const selectId = `template-for-${person.id}`;
  if (templates.length === 0) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ interviewId, recipientPersonId: person.id, templateId });
      }}
    >
      <div>
        <label htmlFor={selectId} className="block text-xs font-medium">Template for {person.name}</label>
        <select id={selectId} value={templateId} onChange={(e) => setTemplateId(e.target.value)} className="mt-1 rounded border border-slate-300 px-2 py-1 text-sm">
          {templates.map((t) => (
            <option key={t.id} value={t.id}>{t.name}</option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={create.isPending} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {create.isPending ? "Drafting…" : `Draft to ${person.name}`}
      </button>
    </form>
  );
}
