"use client";

import { ChevronDown } from "lucide-react";
import { useId, useState, type ReactNode } from "react";

/**
 * A section that folds away (WAI-ARIA's disclosure): its heading is the button that opens it, with
 * aria-expanded and aria-controls, so a screen reader hears the heading and whether it is open; closed,
 * its content is not rendered at all. The markup is what Radix's Collapsible wrote (data-state "open" or
 * "closed" on the section, the content hidden and empty while closed), without its 2 kB of first-load
 * JavaScript for a button that toggles a region (issue 14).
 */
export function FoldedSection({
  title,
  summary,
  level = 2,
  defaultOpen = false,
  children,
}: {
  title: ReactNode;
  /** A short line beside the title, e.g. "2 overdue · 3 today", read as part of the button. */
  summary?: ReactNode;
  level?: 2 | 3;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const contentId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  const state = open ? "open" : "closed";
  return (
    <div data-state={state} className="group/fold rounded-lg border border-slate-200 bg-white">
      <Heading className={level === 2 ? "text-lg font-semibold" : "font-semibold"}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={contentId}
          data-state={state}
          onClick={() => setOpen((was) => !was)}
          className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg px-3 py-2 text-left hover:bg-slate-50"
        >
          <span className="min-w-0">
            <span className="block">{title}</span>
            {summary && <span className="block text-sm font-normal text-ink-muted">{summary}</span>}
          </span>
          <ChevronDown aria-hidden className="size-5 shrink-0 transition-transform group-data-[state=open]/fold:rotate-180" />
        </button>
      </Heading>
      <div id={contentId} data-state={state} hidden={!open} className="border-t border-slate-100 p-3">
        {open && children}
      </div>
    </div>
  );
}
