"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Below `md` (768 px), where the header turns into a menu too: a bar fixed to the bottom of the screen, clear of the
 * home indicator, whose buttons and links are at least 44 px tall whatever their own classes say.
 */
const PINNED =
  "max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:z-30 max-md:my-0 max-md:border-t max-md:border-slate-200 max-md:bg-white max-md:px-4 max-md:pt-3 max-md:pb-[max(0.75rem,env(safe-area-inset-bottom))] max-md:shadow-[0_-4px_12px_rgb(0_0_0/0.08)] max-md:[&_:is(a,button)]:min-h-11";

/**
 * A page's main actions, kept in reach on a phone: when `pinned`, its children ride in a bar at the
 * bottom of the screen below 768 px, and stay where they are on a wide screen. The buttons are the
 * page's only ones (they are moved, not copied), so a screen reader and a test find each once, in its
 * own section. The bar's height is published as `--phone-action-bar-height`, which `globals.css` adds
 * below the page and to the scroll padding, so the bar covers neither the page's end nor a focused field.
 * A page pins one bar at a time.
 */
export function PhoneActionBar({ pinned, className = "", children }: { pinned: boolean; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!pinned || !bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--phone-action-bar-height", `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--phone-action-bar-height");
    };
  }, [pinned]);
  return (
    <div ref={ref} className={pinned ? `${PINNED} ${className}` : className}>
      {children}
    </div>
  );
}
