"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * One chart of the Outcomes page: its title, a sentence that says what it shows, the chart (an
 * image to assistive technology, named by that sentence) and the same figures as a table behind a
 * visible "Show as table" toggle, for screen readers, keyboards and anyone who prefers numbers.
 */
export function ChartFigure({ title, summary, chart, table, children }: { title: string; summary: string; chart: ReactNode; table: ReactNode; children?: ReactNode }) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="mb-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          aria-expanded={asTable}
          aria-controls={`${id}-table`}
          onClick={() => setAsTable((shown) => !shown)}
          className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50"
        >
          {asTable ? "Show as chart" : "Show as table"}
        </button>
      </div>
      {children}
      <p id={`${id}-summary`} className="mt-2 text-sm text-ink-muted">
        {summary}
      </p>
      <div id={`${id}-table`} hidden={!asTable} className="mt-3">
        {table}
      </div>
      {!asTable && (
        <div role="img" aria-labelledby={`${id}-summary`} className="mt-3 h-64 w-full min-w-0">
          {chart}
        </div>
      )}
    </section>
  );
}
