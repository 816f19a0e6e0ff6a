"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { requestSignInLink, type SignInFormState } from "@/server/auth/sign-in-actions";

export function SignInForm({ email = "", callbackUrl = "/" }: { email?: string; callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(requestSignInLink, { email });
  const errorId = "sign-in-error";
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="sign-in-email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email ?? email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? errorId : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm"
        />
        {state.error && (
          <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
            {state.error}
          </p>
        )}
      </div>
      <SubmitButton pending={pending} label="Email me a sign-in link" pendingLabel="Sending…" className="w-full sm:w-auto" />
      {pending && (
        <p role="status" className="text-sm text-ink-muted">
          Sending your link…
        </p>
      )}
    </form>
  );
}
