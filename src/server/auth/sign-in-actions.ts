"use server";

import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { toSafeCallbackUrl } from "@/lib/safe-callback-url";
import { emailAddress, text } from "@/lib/validation/fields";
import { defineFormAction, type FormActionState } from "@/server/actions/form-action";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { getClientAddress } from "@/server/http/client-address";
import { consumeSignInEmail } from "@/server/rate-limits/rate-limits";
import { signIn, signOut } from "./auth";
import { sendNoAccountNotice } from "./send-sign-in-link";
import { isAllowedToSignIn } from "./sign-in-policy";

export type SignInFormState = FormActionState & { email?: string };

const signInForm = z.object({
  email: emailAddress,
  callbackUrl: text({ max: 2000 }).optional(),
});

/**
 * Sends a sign-in link, or, for an address with no account or invitation, a note that
 * says so. The page looks the same either way, so the form reveals nothing.
 */
export const requestSignInLink = defineFormAction({
  where: "Sending a sign-in link",
  schema: signInForm,
  keep: (fields): SignInFormState => ({ email: typeof fields.email === "string" ? fields.email : "" }),
  run: async ({ email, callbackUrl }): Promise<SignInFormState> => {
    // Counted before looking the address up, for accounts and strangers alike, so the answer
    // (a link, a "no account" note, or "try again in N minutes") reveals nothing.
    await consumeSignInEmail(db, { email, clientAddress: getClientAddress(await headers()) });
    if (await isAllowedToSignIn(db, email, getNow())) {
      await signIn("email", { email, redirectTo: toSafeCallbackUrl(callbackUrl), redirect: false });
    } else {
      await sendNoAccountNotice(email);
    }
    redirect(`/sign-in/check-email?email=${encodeURIComponent(email)}`);
  },
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
