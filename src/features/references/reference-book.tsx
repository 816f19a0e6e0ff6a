"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toast";
import { inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { useTRPC } from "@/trpc/react";

const STATUS_LABELS = { NOT_ASKED: "Not asked yet", ASKED: "Asked", AGREED: "Agreed", DECLINED: "Declined", LETTER_RECEIVED: "Letter received" } as const;
type Status = keyof typeof STATUS_LABELS;

type Reference = {
  id: string;
  kind: "EMPLOYMENT" | "CHARACTER";
  name: string;
  relationship: string;
  email: string | null;
  status: Status;
  givenTo: { interview: { id: string; company: string; jobTitle: string } }[];
};
type Option = { id: string; label: string };

function useRefresh(message: string, onDone?: () => void) {
  const router = useRouter();
  return { onSuccess: () => { toast.success(message); onDone?.(); router.refresh(); }, onError: (e: { message: string }) => toast.error(e.message) };
}

export function ReferenceBook({ references, interviews, templates }: { references: Reference[]; interviews: Option[]; templates: (Option & { kind: string })[] }) {
  const trpc = useTRPC();
  const [form, setForm] = useState({ name: "", relationship: "", email: "", kind: "EMPLOYMENT" as "EMPLOYMENT" | "CHARACTER" });
  const add = useMutation(trpc.reference.add.mutationOptions(useRefresh("Reference added", () => setForm({ name: "", relationship: "", email: "", kind: "EMPLOYMENT" }))));
  return (
    <div className="space-y-6">
      {references.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          No references yet. Add the people who will speak well of you, then check with each before an employer calls.
        </p>
      ) : (
        <ul aria-label="References" className="space-y-3">
          {references.map((r) => (
            <ReferenceItem key={r.id} reference={r} interviews={interviews} templates={templates} />
          ))}
        </ul>
      )}
      <form
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(form);
        }}
      >
        <h2 className="text-lg font-semibold sm:col-span-2">Add a reference</h2>
        <div>
          <label htmlFor="ref-name" className="block text-sm font-medium">Name</label>
          <input id="ref-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ref-relationship" className="block text-sm font-medium">Relationship</label>
          <input id="ref-relationship" required value={form.relationship} onChange={(e) => setForm({ ...form, relationship: e.target.value })} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ref-email" className="block text-sm font-medium">Email (optional)</label>
          <input id="ref-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ref-kind" className="block text-sm font-medium">Kind</label>
          <select id="ref-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as "EMPLOYMENT" | "CHARACTER" })} className={inputClass}>
            <option value="EMPLOYMENT">Employment reference</option>
            <option value="CHARACTER">Character reference (a letter)</option>
          </select>
        </div>
        <div className="sm:col-span-2">
          <SubmitButton pending={add.isPending} label="Add reference" pendingLabel="Adding…" />
        </div>
      </form>
    </div>
  );
}

function ReferenceItem({ reference, interviews, templates }: { reference: Reference; interviews: Option[]; templates: (Option & { kind: string })[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [interviewId, setInterviewId] = useState(interviews[0]?.id ?? "");
  const wanted = reference.kind === "CHARACTER" ? "CHARACTER_REFERENCE_REQUEST" : "REFERENCE_REQUEST";
  const templateId = templates.find((t) => t.kind === wanted)?.id ?? templates[0]?.id ?? "";
  const setStatus = useMutation(trpc.reference.setStatus.mutationOptions(useRefresh("Status updated")));
  const giveTo = useMutation(trpc.reference.giveTo.mutationOptions(useRefresh("Noted: a task to brief them is in your plan")));
  const draft = useMutation(trpc.draft.create.mutationOptions({ onSuccess: ({ id }) => router.push(`/drafts/${id}`), onError: (e) => toast.error(e.message) }));
  const statusId = `status-${reference.id}`;
  return (
    <li aria-label={reference.name} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <p className="font-semibold">
        {reference.name} <span className="font-normal text-ink-muted">· {reference.relationship}{reference.email ? ` · ${reference.email}` : ""}</span>
      </p>
      <p className="text-sm text-ink-muted">
        Given to: {reference.givenTo.length ? reference.givenTo.map((g) => g.interview.company).join(", ") : "no employer yet"}
      </p>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <div>
          <label htmlFor={statusId} className="block text-xs font-medium">Request</label>
          <select id={statusId} value={reference.status} onChange={(e) => setStatus.mutate({ id: reference.id, status: e.target.value as Status })} className="rounded border border-slate-300 px-2 py-1">
            {Object.entries(STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        {interviews.length > 0 && (
          <>
            <div>
              <label htmlFor={`interview-${reference.id}`} className="block text-xs font-medium">Employer</label>
              <select id={`interview-${reference.id}`} value={interviewId} onChange={(e) => setInterviewId(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
                {interviews.map((i) => <option key={i.id} value={i.id}>{i.label}</option>)}
              </select>
            </div>
            <button type="button" onClick={() => giveTo.mutate({ referenceId: reference.id, interviewId })} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
              Given to this employer
            </button>
            <button type="button" onClick={() => draft.mutate({ interviewId, referenceId: reference.id, templateId })} className="rounded bg-brand-600 px-2 py-1 font-semibold text-white hover:bg-brand-700">
              Draft a request to {reference.name}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
