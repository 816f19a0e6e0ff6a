"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineFormAction, type FormActionState } from "@/server/actions/form-action";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { acceptInvitation } from "./accept-invitation";
import { acceptInvitationInput } from "./schemas";

/** The invitation email's link opens a page whose form accepts, even before its JavaScript has loaded. */
export const acceptInvitationAction = defineFormAction({
  where: "Accepting an invitation",
  schema: acceptInvitationInput,
  invalidMessage: "This invitation link is not valid.",
  run: async (input): Promise<FormActionState> => {
    const actor = await getCurrentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to accept the invitation.");
    const { kind } = await acceptInvitation(db, actor, input, getNow());
    redirect(`/?joined=${kind === "CLIENT" ? "client" : "coach"}`);
  },
});
