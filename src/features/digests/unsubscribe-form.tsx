"use client";

import { Link } from "@/components/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { unsubscribeAction } from "@/server/digests/digest-actions";

export function UnsubscribeForm({ userId, expiresAt, signature }: { userId: string; expiresAt: string; signature: string }) {
  const [state, action, pending] = useActionState(unsubscribeAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-lg border border-green-200 bg-green-50 p-4">
        You will get no more weekly digests. You can turn the digest back on in your <Link href="/settings" className="underline">settings</Link>.
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="u" value={userId} />
      <input type="hidden" name="e" value={expiresAt} />
      <input type="hidden" name="s" value={signature} />
      <p>You will stop getting the weekly follow-up digest by email. Other emails, such as sign-in links, still come.</p>
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      <SubmitButton pending={pending} label="Unsubscribe" pendingLabel="Unsubscribing…" />
    </form>
  );
}
