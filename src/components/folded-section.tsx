"use client";

import { ChevronDown } from "lucide-react";
import { Collapsible } from "radix-ui";
import type { ReactNode } from "react";

/**
 * A section that folds away (Radix Collapsible): its heading is the button that opens it, with
 * aria-expanded, so a screen reader hears the heading and whether it is open; closed, its content
 * is not rendered at all.
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
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Collapsible.Root defaultOpen={defaultOpen} className="group/fold rounded-lg border border-slate-200 bg-white">
      <Heading className={level === 2 ? "text-lg font-semibold" : "font-semibold"}>
        <Collapsible.Trigger className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg px-3 py-2 text-left hover:bg-slate-50">
          <span className="min-w-0">
            <span className="block">{title}</span>
            {summary && <span className="block text-sm font-normal text-ink-muted">{summary}</span>}
          </span>
          <ChevronDown aria-hidden className="size-5 shrink-0 transition-transform group-data-[state=open]/fold:rotate-180" />
        </Collapsible.Trigger>
      </Heading>
      <Collapsible.Content className="border-t border-slate-100 p-3">{children}</Collapsible.Content>
    </Collapsible.Root>
  );
}
