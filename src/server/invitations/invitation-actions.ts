"use server";

import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isValidTimeZone } from "@/lib/time-zones";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { toActionErrorMessage } from "@/server/internal-errors";
import { acceptInvitation } from "./accept-invitation";
import { invitationToken } from "./schemas";

export type AcceptInvitationState = { error?: string };

// The zone is checked below rather than refused: an unknown one is simply dropped.
const acceptForm = z.object({ token: invitationToken, timeZone: z.string().max(64).optional() });

/** A form action, so accepting works even before the page's JavaScript has loaded. */
export async function acceptInvitationAction(_previous: AcceptInvitationState, formData: FormData): Promise<AcceptInvitationState> {
  const parsed = acceptForm.safeParse({ token: formData.get("token"), timeZone: formData.get("timeZone") || undefined });
  if (!parsed.success) return { error: "This invitation link is not valid." };
  const actor = await getCurrentActor();
  if (!actor) return { error: "Sign in to accept the invitation." };
  let kind: "CLIENT" | "COACH";
  try {
    // A zone the browser reports but this server does not know is dropped, not an error.
    const { token, timeZone } = parsed.data;
    ({ kind } = await acceptInvitation(db, actor, { token, timeZone: timeZone && isValidTimeZone(timeZone) ? timeZone : undefined }, getNow()));
  } catch (error) {
    return { error: toActionErrorMessage(error, "Accepting an invitation") };
  }
  redirect(`/?joined=${kind === "CLIENT" ? "client" : "coach"}`);
}
