import type { ReactNode } from "react";

/** A narrow centred card for single-purpose pages: sign-in, invitations, messages. */
export function PageCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">{title}</h1>
      <div className="space-y-4">{children}</div>
    </section>
  );
}
