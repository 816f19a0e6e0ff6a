"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * A form's controls, disabled until React has taken the page over. React sets a server-rendered checkbox, select or
 * text box back to its first state as it hydrates, so a tap or a keystroke made before then was silently undone (a
 * browser test ticked the digest's box that early on a phone, and the box was unticked again). Disabled, the control
 * says it is not ready, and browser tests wait for it to be enabled.
 */
export function HydratedFieldset({ className, children }: { className?: string; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className={`min-w-0 ${className ?? ""}`}>
      {children}
    </fieldset>
  );
}
