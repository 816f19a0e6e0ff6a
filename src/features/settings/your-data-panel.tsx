"use client";

import { useMutation } from "@tanstack/react-query";
import { AlertDialog } from "radix-ui";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { inputClass } from "@/components/form-field";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react";

const linkButton = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50";

/**
 * "Your data": take everything of yours (JSON, or CSV files in a zip), an owner also their
 * practice's templates and clients, and delete the account after typing its email address.
 * `deletionBlocker` says why the account cannot go yet (a practice owner transfers it first).
 */
export function YourDataPanel({ email, canExportPractice, deletionBlocker }: { email: string; canExportPractice: boolean; deletionBlocker: string | null }) {
  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-base font-semibold">Download your data</h3>
        <p className="mb-3 text-sm text-ink-muted">
          Your profile, interviews, people, plan, notes, drafts with every version, emails, references and expenses.
        </p>
        <div className="flex flex-wrap gap-2">
          <a href="/api/export/mine?format=json" download className={linkButton}>
            Download as JSON
          </a>
          <a href="/api/export/mine?format=zip" download className={linkButton}>
            Download as CSV files (zip)
          </a>
          {canExportPractice && (
            <a href="/api/export/practice" download className={linkButton}>
              Download your practice&apos;s templates and clients (zip)
            </a>
          )}
        </div>
      </div>
      <div>
        <h3 className="text-base font-semibold">Delete your account</h3>
        {deletionBlocker ? (
          <p className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{deletionBlocker}</p>
        ) : (
          <DeleteAccountDialog email={email} />
        )}
      </div>
    </div>
  );
}

function DeleteAccountDialog({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const hydrated = useHydrated();
  const remove = useMutation(
    trpc.account.deleteAccount.mutationOptions({
      // The session went with the account: the sign-in page, read afresh, finds no one signed in.
      onSuccess: () => {
        router.replace("/sign-in");
        router.refresh();
      },
    }),
  );
  const matches = typed.trim().toLowerCase() === email.toLowerCase();
  return (
    <>
      <p className="mb-3 mt-1 text-sm text-ink-muted">
        Everything of yours goes for good: interviews, plan, notes, letters, emails and references. Emails still scheduled are cancelled
        first, and your coaches are told.
      </p>
      <AlertDialog.Root onOpenChange={(open) => (open ? remove.reset() : setTyped(""))}>
        <AlertDialog.Trigger asChild>
          <button
            type="button"
            disabled={!hydrated}
            className="min-h-11 rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            Delete my account
          </button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/50" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-lg">
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
                onChange={(event) => setTyped(event.target.value)}
                aria-invalid={remove.isError}
                aria-describedby={remove.isError ? "delete-account-error" : undefined}
                className={inputClass}
              />
              {remove.isError && (
                <p id="delete-account-error" role="alert" className="mt-2 text-sm text-red-700">
                  {remove.error.message}
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
    </>
  );
}
