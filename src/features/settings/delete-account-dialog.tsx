"use client";

import { AlertDialog } from "radix-ui";
import type { DialogOnDemandProps } from "@/components/dialog-on-demand";
import { inputClass } from "@/components/form-field";

/** The account's deletion, as far as the dialog needs it (a useMutation result of account.deleteAccount). */
type DeleteAccountMutation = {
  mutate: (input: { confirmEmail: string }) => void;
  isPending: boolean;
  isError: boolean;
  error: { message: string } | null;
};

/**
 * "Delete your account?", confirmed by typing the account's email address (src/features/settings/your-data-panel.tsx
 * holds what is typed and the mutation, and loads this when its button is first wanted).
 */
export function DeleteAccountDialog({
  open,
  onOpenChange,
  contentProps,
  email,
  typed,
  onType,
  remove,
}: DialogOnDemandProps & { email: string; typed: string; onType: (typed: string) => void; remove: DeleteAccountMutation }) {
  const matches = typed.trim().toLowerCase() === email.toLowerCase();
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/50" />
        <AlertDialog.Content
          {...contentProps}
          className="fixed left-1/2 top-1/2 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-lg"
        >
          <AlertDialog.Title className="text-lg font-semibold">Delete your account?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-ink-muted">
            This cannot be undone. Download your data first if you want to keep it. To confirm, type <strong>{email}</strong>.
          </AlertDialog.Description>
          <form
            className="mt-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (matches) remove.mutate({ confirmEmail: typed });
            }}
          >
            <label htmlFor="confirm-email" className="block text-sm font-medium">
              Your email address
            </label>
            <input
              id="confirm-email"
              type="email"
              autoComplete="off"
              value={typed}
              onChange={(event) => onType(event.target.value)}
              aria-invalid={remove.isError}
              aria-describedby={remove.isError ? "delete-account-error" : undefined}
              className={inputClass}
            />
            {remove.isError && (
              <p id="delete-account-error" role="alert" className="mt-2 text-sm text-red-700">
                {remove.error?.message}
              </p>
            )}
            <div className="mt-6 flex justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <button type="button" className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm">
                  Keep my account
                </button>
              </AlertDialog.Cancel>
              <button
                type="submit"
                disabled={!matches || remove.isPending}
                className="min-h-11 rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
              >
                {remove.isPending ? "Deleting…" : "Delete everything"}
              </button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
