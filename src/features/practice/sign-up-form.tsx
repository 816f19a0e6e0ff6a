"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { useDeviceTimeZone } from "@/lib/use-device-time-zone";
import { requestPracticeSignUpAction, type SignUpFormState } from "@/server/practices/sign-up-actions";

/** Step one of starting a practice: who you are and what the practice is called; a sign-in link follows. */
export function SignUpForm() {
  const [state, action, pending] = useActionState<SignUpFormState, FormData>(requestPracticeSignUpAction, {});
  const timeZone = useDeviceTimeZone();
  const errorId = "sign-up-error";
  const described = state.error ? { "aria-describedby": errorId } : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <div>
        <label htmlFor="sign-up-name" className="block text-sm font-medium">
          Your name
        </label>
        <input id="sign-up-name" name="name" autoComplete="name" required defaultValue={state.name} className={`${inputClass} min-h-11`} {...described} />
      </div>
      <div>
        <label htmlFor="sign-up-email" className="block text-sm font-medium">
          Your email address
        </label>
        <input id="sign-up-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} className={`${inputClass} min-h-11`} {...described} />
      </div>
      <div>
        <label htmlFor="sign-up-practice" className="block text-sm font-medium">
          Name of your practice
        </label>
        <input id="sign-up-practice" name="practiceName" autoComplete="organization" required defaultValue={state.practiceName} className={`${inputClass} min-h-11`} {...described} />
      </div>
      {state.error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <SubmitButton pending={pending} label="Email me a link to start" pendingLabel="Sending…" className="min-h-11 w-full sm:w-auto" />
    </form>
  );
}
