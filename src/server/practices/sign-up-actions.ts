"use server";

import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction, type FormActionState } from "@/server/actions/form-action";
import { signIn } from "@/server/auth/auth";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getClientAddress } from "@/server/http/client-address";
import { finishPracticeSignUp, practiceSignUpInput, requestPracticeSignUp } from "./practice-sign-up";

export type SignUpFormState = FormActionState & { email?: string; name?: string; practiceName?: string };

/** The sign-up form: the same sign-in link and limits as signing in, then the practice on return. */
export const requestPracticeSignUpAction = defineFormAction({
  where: "Starting a practice",
  schema: practiceSignUpInput,
  keep: (fields): SignUpFormState => ({
    email: typeof fields.email === "string" ? fields.email : "",
    name: typeof fields.name === "string" ? fields.name : "",
    practiceName: typeof fields.practiceName === "string" ? fields.practiceName : "",
  }),
  run: async (input): Promise<SignUpFormState> => {
    await requestPracticeSignUp(db, input, { clientAddress: getClientAddress(await headers()), now: getNow() });
    await signIn("email", { email: input.email, redirectTo: "/sign-up/finish", redirect: false });
    redirect(`/sign-in/check-email?email=${encodeURIComponent(input.email)}`);
  },
});

/** Signed in from the sign-up's link: the practice is created and its owner goes to invite people. */
export const finishPracticeSignUpAction = defineFormAction({
  where: "Starting a practice",
  schema: z.object({}),
  run: async (): Promise<FormActionState> => {
    const actor = await getCurrentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to start your practice.");
    await finishPracticeSignUp(db, actor, getNow());
    redirect("/invitations?started=1");
  },
});
