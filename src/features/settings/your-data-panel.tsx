"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useDialogOnDemand } from "@/components/dialog-on-demand";
import { loadOnDemand } from "@/components/load-on-demand";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react";

const DeleteAccountDialog = loadOnDemand(() => import("@/features/settings/delete-account-dialog").then((module) => module.DeleteAccountDialog));

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
          <DeleteAccount email={email} />
        )}
      </div>
    </div>
  );
}

/** The account's deletion, asked in an AlertDialog whose code loads when its button is first wanted. */
function DeleteAccount({ email }: { email: string }) {
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
  // Each opening starts afresh: no error from the last try, and nothing typed.
  const dialog = useDialogOnDemand(DeleteAccountDialog.preload, () => remove.reset());
  const onOpenChange = (open: boolean) => {
    if (!open) setTyped("");
    dialog.setOpen(open);
  };
  return (
    <>
      <p className="mb-3 mt-1 text-sm text-ink-muted">
        Everything of yours goes for good: interviews, plan, notes, letters, emails and references. Emails still scheduled are cancelled
        first, and your coaches are told.
      </p>
      <button
        {...dialog.triggerProps}
        disabled={!hydrated}
        className="min-h-11 rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        Delete my account
      </button>
      {dialog.wanted && (
        <DeleteAccountDialog
          open={dialog.open}
          onOpenChange={onOpenChange}
          contentProps={dialog.contentProps}
          email={email}
          typed={typed}
          onType={setTyped}
          remove={remove}
        />
      )}
    </>
  );
}
