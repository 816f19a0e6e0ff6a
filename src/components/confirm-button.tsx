"use client";

import { AlertDialog } from "radix-ui";
import { useHydrated } from "@/lib/use-hydrated";
import type { ReactNode } from "react";

/** How the button that opens the question looks, unless `className` says otherwise. */
const TRIGGER_CLASSES = {
  /** Small and quiet, beside a row's other actions. */
  link: "min-h-11 rounded px-2 text-xs underline disabled:opacity-50 sm:min-h-0",
  outline: "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60",
  "outline-danger": "min-h-11 rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60",
} as const;

/** The confirming button: red for what removes or ends something, the brand's colour for a change. */
const CONFIRM_CLASSES = {
  danger: "bg-red-700 hover:bg-red-800",
  neutral: "bg-brand-600 hover:bg-brand-700",
} as const;

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
  tone?: keyof typeof CONFIRM_CLASSES;
  variant?: keyof typeof TRIGGER_CLASSES;
  onConfirm: () => void;
  disabled?: boolean;
  /** Replaces the variant's classes, for a button that must match its neighbours. */
  className?: string;
};

/**
 * An action that cannot be taken back asks first, in Radix's AlertDialog: focus moves into it, Escape or
 * the cancelling button closes it without doing anything, and focus goes back to the button. The one
 * confirmation of the app: every page that asks first uses it.
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
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" aria-label={ariaLabel} disabled={disabled || !hydrated} className={className}>
          {children}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          {/* A div, so a caller's paragraphs are not nested in a paragraph. */}
          <AlertDialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm text-ink-muted">{description}</div>
          </AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className="min-h-11 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50">
                {cancelLabel}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" onClick={onConfirm} className={`min-h-11 rounded-md px-4 py-2 text-sm font-semibold text-white ${CONFIRM_CLASSES[tone]}`}>
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
