"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { acceptInvitationAction, type AcceptInvitationState } from "@/server/invitations/invitation-actions";

export function AcceptInvitationButton({ token }: { token: string }) {
  const [state, action, pending] = useActionState<AcceptInvitationState, FormData>(acceptInvitationAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} label="Accept invitation" pendingLabel="Accepting…" />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
