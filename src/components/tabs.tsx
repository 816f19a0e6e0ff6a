"use client";

import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export type TabItem = { value: string; label: ReactNode; content: ReactNode };

/**
 * Where the arrow keys take focus in a row of `count` tabs (WAI-ARIA's tabs pattern): left and right move and wrap,
 * Home and End go to the ends; any other key is not the tab list's (null).
 */
export function moveAmongTabs(key: string, current: number, count: number): number | null {
  switch (key) {
    case "ArrowRight": return (current + 1) % count;
    case "ArrowLeft": return (current - 1 + count) % count;
    case "Home": return 0;
    case "End": return count - 1;
    default: return null;
  }
}

/**
 * Tabs as WAI-ARIA describes them, with the markup Radix's Tabs wrote (role, aria-selected, aria-controls,
 * data-state "active"/"inactive", one tab in the Tab order, the arrow keys choosing), in some 60 lines: Radix's
 * Tabs with its roving-focus machinery was 8 kB of the dashboard's first-load JavaScript (issue 14). A panel
 * not shown is in the page, hidden and empty, as Radix left it, so each tab's aria-controls names an element.
 */
export function Tabs({
  label,
  tabs,
  value,
  onValueChange,
  listClassName,
  triggerClassName,
  panelClassName,
}: {
  label: string;
  tabs: TabItem[];
  value: string;
  onValueChange: (value: string) => void;
  listClassName?: string;
  triggerClassName?: string;
  panelClassName?: string;
}) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (index: number) => `${id}-tab-${index}`;
  const panelId = (index: number) => `${id}-panel-${index}`;
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    // Alt+Left is the browser's Back, and the others belong to the browser or the screen reader too.
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = moveAmongTabs(event.key, index, tabs.length);
    if (next === null) return;
    event.preventDefault();
    buttons.current[next]?.focus();
    onValueChange(tabs[next]!.value);
  };
  return (
    <div>
      <div role="tablist" aria-label={label} aria-orientation="horizontal" className={listClassName}>
        {tabs.map((tab, index) => {
          const selected = tab.value === value;
          return (
            <button
              key={tab.value}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={tabId(index)}
              aria-selected={selected}
              aria-controls={panelId(index)}
              data-state={selected ? "active" : "inactive"}
              tabIndex={selected ? 0 : -1}
              onClick={() => onValueChange(tab.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={triggerClassName}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab, index) => {
        const selected = tab.value === value;
        return (
          <div
            key={tab.value}
            role="tabpanel"
            id={panelId(index)}
            aria-labelledby={tabId(index)}
            data-state={selected ? "active" : "inactive"}
            hidden={!selected}
            tabIndex={0}
            className={panelClassName}
          >
            {selected && tab.content}
          </div>
        );
      })}
    </div>
  );
}
