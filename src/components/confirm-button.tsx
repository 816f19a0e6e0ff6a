"use client";

import type { ReactNode } from "react";
import type { ConfirmTone } from "@/components/confirm-dialog";
import { useDialogOnDemand } from "@/components/dialog-on-demand";
import { loadOnDemand } from "@/components/load-on-demand";
import { useHydrated } from "@/lib/use-hydrated";

/** How the button that opens the question looks, unless `className` says otherwise. */
const TRIGGER_CLASSES = {
  /** Small and quiet, beside a row's other actions. */
  link: "min-h-11 rounded px-2 text-xs underline disabled:opacity-50 sm:min-h-0",
  outline: "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60",
  "outline-danger": "min-h-11 rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60",
} as const;

// A page may show many of these (one per task row); the dialog's code loads when one is first wanted.
const ConfirmDialog = loadOnDemand(() => import("@/components/confirm-dialog").then((module) => module.ConfirmDialog));

type ConfirmButtonProps = {
  /** The button's visible text, e.g. "Remove". */
  children: ReactNode;
  /** Its accessible name when the text alone does not say what it acts on, e.g. "Remove: Call Alex". */
  ariaLabel?: string;
  /** The question, e.g. "Remove this task?"; it is also the dialog's accessible name. */
  title: string;
  /** What happens, plainly: what goes, and whether it can be undone. Text, or a few paragraphs. */
  description: ReactNode;
  /** The confirming button, e.g. "Remove task". */
  confirmLabel: string;
  /** The button that asks nothing: "Keep it" suits removing something; a change that removes nothing says "Cancel". */
  cancelLabel?: string;
  tone?: ConfirmTone;
  variant?: keyof typeof TRIGGER_CLASSES;
  onConfirm: () => void;
  disabled?: boolean;
  /** Replaces the variant's classes, for a button that must match its neighbours. */
  className?: string;
};

/**
 * An action that cannot be taken back asks first, in Radix's AlertDialog (src/components/confirm-dialog.tsx, loaded
 * on first hover, focus or press): focus moves into it, Escape or the cancelling button closes it without doing
 * anything, and focus goes back to the button. The one confirmation of the app: every page that asks first uses it.
 */
export function ConfirmButton({
  children,
  ariaLabel,
  title,
  description,
  confirmLabel,
  cancelLabel = "Keep it",
  tone = "danger",
  variant = "link",
  onConfirm,
  disabled = false,
  className = TRIGGER_CLASSES[variant],
}: ConfirmButtonProps) {
  const hydrated = useHydrated();
  const dialog = useDialogOnDemand(ConfirmDialog.preload);
  return (
    <>
      <button {...dialog.triggerProps} aria-label={ariaLabel} disabled={disabled || !hydrated} className={className}>
        {children}
      </button>
      {dialog.wanted && (
        <ConfirmDialog
          open={dialog.open}
          onOpenChange={dialog.setOpen}
          contentProps={dialog.contentProps}
          title={title}
          description={description}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          tone={tone}
          onConfirm={onConfirm}
        />
      )}
    </>
  );
}
