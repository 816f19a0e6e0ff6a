"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";

const buttonBase = "min-h-11 rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-60";

/** A button whose action waits for a confirmation in a Radix AlertDialog (focus trapped, Escape cancels). */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  pending = false,
  danger = false,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  danger?: boolean;
}) {
  const tone = danger ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-600 text-white hover:bg-brand-700";
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button
          type="button"
          disabled={pending}
          className={`${buttonBase} border ${danger ? "border-red-300 bg-white text-red-700 hover:bg-red-50" : "border-slate-300 bg-white hover:bg-slate-50"}`}
        >
          {pending ? "Working…" : label}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm text-ink-muted">{children}</div>
          </AlertDialog.Description>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className={`${buttonBase} border border-slate-300 bg-white hover:bg-slate-50`}>
                Cancel
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" onClick={onConfirm} className={`${buttonBase} ${tone}`}>
                {confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
