"use client";

import { useActionState, useEffect } from "react";
import { SubmitButton } from "@/components/submit-button";
import { useDeviceTimeZone } from "@/lib/use-device-time-zone";
import { joinByInvitationAction, type JoinState } from "@/server/invitations/invitation-actions";

/**
 * Not signed in: one click accepts and signs in. The action answers with Auth.js's one-time
 * callback, which the browser opens as a full page load (a client-side navigation could
 * fetch it twice and use it up); without JavaScript the link below does the same.
 */
export function JoinButton({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState<JoinState, FormData>(joinByInvitationAction, {});
  const timeZone = useDeviceTimeZone();
  useEffect(() => {
    if (state.signInUrl) window.location.assign(state.signInUrl);
  }, [state.signInUrl]);
  if (state.signInUrl) {
    return (
      <p role="status">
        Signing you in… <a href={state.signInUrl} className="underline">Continue</a>
      </p>
    );
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <SubmitButton pending={pending} label={label} pendingLabel="Joining…" className="min-h-11 w-full sm:w-auto" />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
