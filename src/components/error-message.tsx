import { Link } from "@/components/link";
import type { ReactNode } from "react";

/**
 * The body of every error page (not found, a malformed address, a failure): what happened in plain words,
 * and a way on. Never the error's own text: a failure shows only its reference (src/server/internal-errors.ts).
 */
export function ErrorMessage({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 id="error-title" className="mb-3 text-2xl font-bold tracking-tight">{title}</h1>
      <div className="space-y-3 text-ink">{children}</div>
      <div className="mt-6 flex flex-wrap gap-3">
        {action}
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-50">
          Go to your dashboard
        </Link>
      </div>
    </section>
  );
}
