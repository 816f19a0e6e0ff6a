"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { useDeviceTimeZone } from "@/lib/use-device-time-zone";
import { acceptInvitationAction } from "@/server/invitations/invitation-actions";

export function AcceptInvitationButton({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, {});
  // The new account starts in this browser's time zone (unknown before hydration: the default stays).
  const timeZone = useDeviceTimeZone();
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <SubmitButton pending={pending} label="Accept invitation" pendingLabel="Accepting…" />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
