"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import type { DialogOnDemandProps } from "@/components/dialog-on-demand";

/** The confirming button: red for what removes or ends something, the brand's colour for a change. */
const CONFIRM_CLASSES = {
  danger: "bg-red-700 hover:bg-red-800",
  neutral: "bg-brand-600 hover:bg-brand-700",
} as const;

export type ConfirmTone = keyof typeof CONFIRM_CLASSES;

/**
 * ConfirmButton's question (src/components/confirm-button.tsx), in Radix's AlertDialog: focus moves to the cancelling
 * button, Escape or that button closes it without doing anything. Loaded when its button is first wanted.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  contentProps,
  title,
  description,
  confirmLabel,
  cancelLabel,
  tone,
  onConfirm,
}: DialogOnDemandProps & { title: string; description: ReactNode; confirmLabel: string; cancelLabel: string; tone: ConfirmTone; onConfirm: () => void }) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          {...contentProps}
          className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl"
        >
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
