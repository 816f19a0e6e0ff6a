import type { ReactNode } from "react";

/**
 * What a route shows while its page loads (its loading.tsx): grey shapes in the page's layout, hidden from
 * screen readers, and one status saying what is loading.
 */
export function LoadingPage({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div aria-hidden className="animate-pulse motion-reduce:animate-none">
        {children}
      </div>
    </div>
  );
}

/** A grey bar standing for a line of text; `className` sets its width and height. */
export function Bar({ className = "h-4 w-full" }: { className?: string }) {
  return <div className={`rounded bg-slate-200 ${className}`} />;
}

/** A page's title, and its main action on the right. */
export function TitleBar({ action = false }: { action?: boolean }) {
  return (
    <div className="mb-6 flex items-center justify-between gap-3">
      <Bar className="h-8 w-56 max-w-[60%]" />
      {action && <Bar className="h-10 w-36" />}
    </div>
  );
}

/** A list of `rows` items in a white box, each a title and a detail line, with buttons on the right when `actions`. */
export function ListBlock({ rows = 4, actions = false }: { rows?: number; actions?: boolean }) {
  return (
    <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-start justify-between gap-3 p-3">
          <div className="w-full space-y-2">
            <Bar className="h-4 w-2/3" />
            <Bar className="h-3 w-1/3" />
          </div>
          {actions && <Bar className="h-8 w-24 shrink-0" />}
        </div>
      ))}
    </div>
  );
}

/** A form or settings panel: a heading and `fields` labelled inputs in a white box. */
export function FormBlock({ fields = 3 }: { fields?: number }) {
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <Bar className="h-5 w-40" />
      {Array.from({ length: fields }, (_, i) => (
        <div key={i} className="space-y-2">
          <Bar className="h-3 w-28" />
          <Bar className="h-10 w-full" />
        </div>
      ))}
      <Bar className="h-10 w-32" />
    </div>
  );
}

/** A section: its heading, then what is in it. */
export function SectionBlock({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-3">
      <Bar className="h-5 w-36" />
      {children}
    </div>
  );
}

/** A narrow centred card, as PageCard draws it (sign-in, invitations, messages). */
export function CardBlock({ lines = 3 }: { lines?: number }) {
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <Bar className="h-7 w-48" />
      {Array.from({ length: lines }, (_, i) => (
        <Bar key={i} className="h-4 w-full" />
      ))}
      <Bar className="h-10 w-full" />
    </div>
  );
}
