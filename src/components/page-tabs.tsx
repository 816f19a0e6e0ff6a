"use client";

import { useState, type ReactNode } from "react";
import { Tabs } from "./tabs";

export type PageTab = { value: string; label: string; count?: number; content: ReactNode };

/**
 * A page's secondary sections as tabs (arrow keys move between tabs, Tab moves into the panel).
 * The open tab is kept in the address (`?tab=`), replacing the history entry, so a reload or a shared
 * link opens the same tab; the page reads it on the server and passes it in as `initial`.
 */
export function PageTabs({ label, tabs, initial, param = "tab" }: { label: string; tabs: PageTab[]; initial?: string; param?: string }) {
  const [value, setValue] = useState(() => (tabs.some((t) => t.value === initial) ? initial! : tabs[0]!.value));
  const choose = (next: string) => {
    if (next === value) return;
    setValue(next);
    const url = new URL(window.location.href);
    url.searchParams.set(param, next);
    // Next.js keeps its router in step with the native history API; nothing is fetched again. (Only on a real
    // change: Next.js turns the call into a router "restore", which would drop a navigation in flight.)
    window.history.replaceState(null, "", url);
  };
  return (
    <Tabs
      label={label}
      value={value}
      onValueChange={choose}
      listClassName="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200"
      triggerClassName="-mb-px min-h-11 shrink-0 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-ink-muted hover:text-ink data-[state=active]:border-brand-600 data-[state=active]:text-brand-700"
      tabs={tabs.map((tab) => ({
        value: tab.value,
        label: (
          <>
            {tab.label}
            {tab.count !== undefined && <span className="ml-1 text-xs text-ink-muted">({tab.count})</span>}
          </>
        ),
        content: tab.content,
      }))}
    />
  );
}
