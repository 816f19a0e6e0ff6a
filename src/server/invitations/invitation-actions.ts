"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineFormAction, type FormActionState } from "@/server/actions/form-action";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { createSignInCallbackUrl } from "@/server/auth/sign-in-link";
import { acceptInvitation, acceptInvitationByLink } from "./accept-invitation";
import { acceptInvitationInput } from "./schemas";

/** The invitation email's link opens a page whose form accepts, even before its JavaScript has loaded. */
export const acceptInvitationAction = defineFormAction({
  where: "Accepting an invitation",
  schema: acceptInvitationInput,
  invalidMessage: "This invitation link is not valid.",
  run: async (input): Promise<FormActionState> => {
    const actor = await getCurrentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to accept the invitation.");
    redirect(buildWelcomePath(await acceptInvitation(db, actor, input, getNow())));
  },
});

export type JoinState = FormActionState & { signInUrl?: string };

/**
 * Not signed in: accepting signs in too (the invitation link proves the inbox). The browser
 * is sent on to Auth.js's callback by the page (a full navigation, so nothing fetches the
 * one-time address ahead of it), which signs in and opens the welcome.
 */
export const joinByInvitationAction = defineFormAction({
  where: "Accepting an invitation",
  schema: acceptInvitationInput,
  invalidMessage: "This invitation link is not valid.",
  run: async (input): Promise<JoinState> => {
    const joined = await acceptInvitationByLink(db, input, getNow());
    return { signInUrl: await createSignInCallbackUrl(db, joined.email, buildWelcomePath(joined)) };
  },
});

/** The home page's welcome names the coach (a client) or the practice (a coach) the person just joined. */
function buildWelcomePath(joined: { kind: "CLIENT" | "COACH"; coachId: string; practiceId: string }): string {
  return joined.kind === "CLIENT" ? `/?joined=client&coach=${encodeURIComponent(joined.coachId)}` : `/?joined=coach&practice=${encodeURIComponent(joined.practiceId)}`;
}
