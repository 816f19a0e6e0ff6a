"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";

type ConfirmButtonProps = {
  /** The button's visible text, e.g. "Remove". */
  children: ReactNode;
  /** Its accessible name when the text alone does not say what it acts on, e.g. "Remove: Call Alex". */
  ariaLabel?: string;
  /** The question, e.g. "Remove this task?" */
  title: string;
  /** What happens, plainly: what goes, and that it cannot be undone. */
  description: string;
  /** The confirming button, e.g. "Remove task". */
  confirmLabel: string;
  /** "Keep it" unless said otherwise. */
  cancelLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
};

const TRIGGER_CLASS = "min-h-11 rounded px-2 text-xs underline disabled:opacity-50 sm:min-h-0";

/**
 * An irreversible action asks first, in Radix's AlertDialog: focus moves into it, Escape or
 * "Keep it" closes it without doing anything, and focus goes back to the button.
 */
export function ConfirmButton({ children, ariaLabel, title, description, confirmLabel, cancelLabel = "Keep it", onConfirm, disabled = false, className = TRIGGER_CLASS }: ConfirmButtonProps) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" aria-label={ariaLabel} disabled={disabled} className={className}>
          {children}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-ink-muted">{description}</AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className="min-h-11 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50">
                {cancelLabel}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" onClick={onConfirm} className="min-h-11 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800">
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
