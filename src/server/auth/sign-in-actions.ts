"use server";

import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { toSafeCallbackUrl } from "@/lib/safe-callback-url";
import { emailAddress, text } from "@/lib/validation/fields";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { RateLimitedError } from "@/server/errors";
import { getClientAddress } from "@/server/http/client-address";
import { consumeSignInEmail } from "@/server/rate-limits/rate-limits";
import { signIn, signOut } from "./auth";
import { sendNoAccountNotice } from "./send-sign-in-link";
import { isAllowedToSignIn } from "./sign-in-policy";

export type SignInFormState = { error?: string; email?: string };

const signInForm = z.object({
  email: emailAddress,
  callbackUrl: text({ max: 2000 }).optional(),
});

/**
 * Sends a sign-in link, or, for an address with no account or invitation, a note that
 * says so. The page looks the same either way, so the form reveals nothing.
 */
export async function requestSignInLink(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const parsed = signInForm.safeParse({
    email: formData.get("email") ?? "",
    callbackUrl: formData.get("callbackUrl") || undefined,
  });
  const typed = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a valid email address.", email: typed };
  const { email } = parsed.data;
  try {
    // Counted before looking the address up, for accounts and strangers alike, so the answer
    // (a link, a "no account" note, or "try again in N minutes") reveals nothing.
    await consumeSignInEmail(db, { email, clientAddress: getClientAddress(await headers()) });
    if (await isAllowedToSignIn(db, email, getNow())) {
      await signIn("email", { email, redirectTo: toSafeCallbackUrl(parsed.data.callbackUrl), redirect: false });
    } else {
      await sendNoAccountNotice(email);
    }
  } catch (error) {
    if (error instanceof RateLimitedError) return { error: error.message, email: typed };
    console.error("Sign-in link could not be sent:", error);
    return { error: "The email could not be sent just now. Please try again in a minute.", email: typed };
  }
  redirect(`/sign-in/check-email?email=${encodeURIComponent(email)}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
