import type { ReactNode } from "react";

/**
 * A box that may scroll sideways, such as a wide table on a phone. It takes focus, so a
 * keyboard can scroll it, and has a name, so a screen reader says what it is.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${className}`}>
      {children}
    </div>
  );
}
