"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { finishPracticeSignUpAction } from "@/server/practices/sign-up-actions";

/** Step two, signed in: one button creates the practice (a form, so it works before JavaScript loads). */
export function FinishSignUpButton({ practiceName }: { practiceName: string }) {
  const [state, action, pending] = useActionState(finishPracticeSignUpAction, {});
  return (
    <form action={action} className="space-y-2">
      <SubmitButton pending={pending} label={`Start ${practiceName}`} pendingLabel="Starting…" className="min-h-11" />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
