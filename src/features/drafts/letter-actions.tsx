"use client";

import { useMutation } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";
import { PhoneActionBar } from "@/components/phone-action-bar";
import { useTRPC } from "@/trpc/react";

/** Letters leave by post: a print-friendly page, then "printed" and "mailed" (in the phone's bottom bar when `pinned`). */
export function LetterActions({ id, status, pinned }: { id: string; status: string; pinned: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(
    trpc.draft.markLetter.mutationOptions({
      onSuccess: ({ status: s }) => {
        toast.success(s === "PRINTED" ? "Marked printed" : "Marked mailed");
        router.refresh();
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <section aria-labelledby="letter-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="letter-title" className="font-semibold">Post it</h2>
      <p className="text-sm text-ink-muted">Print it from the print-friendly page, post it, then mark it printed and mailed here.</p>
      <PhoneActionBar pinned={pinned} className="flex flex-wrap gap-2 text-sm">
        <Link href={`/drafts/${id}/print`} className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold hover:bg-slate-50">
          Print-friendly page
        </Link>
        {status !== "PRINTED" && status !== "MAILED" && (
          <button type="button" disabled={mark.isPending} onClick={() => mark.mutate({ id, state: "PRINTED" })} className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold hover:bg-slate-50">
            Mark printed
          </button>
        )}
        {status === "PRINTED" && (
          <button type="button" disabled={mark.isPending} onClick={() => mark.mutate({ id, state: "MAILED" })} className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700">
            Mark mailed
          </button>
        )}
      </PhoneActionBar>
    </section>
  );
}

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 print:hidden">
      Print
    </button>
  );
}

/** An email the client sent themselves: logged as sent, it closes its tasks as a send by the product does. */
export function LogSentByHand({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const log = useMutation(
    trpc.draft.logSentByHand.mutationOptions({
      onSuccess: () => {
        toast.success("Logged as sent");
        router.refresh();
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <section aria-labelledby="by-hand-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="by-hand-title" className="font-semibold">Sent it yourself?</h2>
      <p className="text-sm text-ink-muted">If you sent this from your own mailbox, log it: the plan then counts the thank-you as sent.</p>
      <button type="button" disabled={log.isPending} onClick={() => log.mutate({ id })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-50">
        Log as sent by hand
      </button>
    </section>
  );
}
