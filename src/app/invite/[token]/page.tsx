import type { Metadata } from "next";
import { PageCard } from "@/components/page-card";
import { AcceptInvitationButton } from "@/features/invitations/accept-invitation-button";
import { JoinButton } from "@/features/invitations/join-button";
import { getCurrentActor } from "@/server/auth/session";
import { signOutAction } from "@/server/auth/sign-in-actions";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await caller.invitation.byToken({ token });
  if (!invitation) {
    return (
      <PageCard title="Invitation not found">
        <p role="alert">This invitation link is not valid. It may have been replaced by a newer one.</p>
      </PageCard>
    );
  }
  const closed = {
    expired: "This invitation has expired. Ask your coach to send it again.",
    revoked: "This invitation was withdrawn.",
    accepted: "This invitation was already accepted. Sign in to continue.",
  } as const;
  if (invitation.status !== "open") {
    return (
      <PageCard title="Invitation closed">
        <p role="alert">{closed[invitation.status]}</p>
      </PageCard>
    );
  }

  const inviter = invitation.inviterName ?? "Your coach";
  const what =
    invitation.kind === "CLIENT"
      ? `${inviter} invites you to plan your interview follow-ups together on Followthrough.`
      : `${inviter} invites you to coach at ${invitation.practiceName}.`;
  const actor = await getCurrentActor();

  return (
    <PageCard title={`Join ${invitation.practiceName}`}>
      <p>{what}</p>
      {!actor ? (
        <>
          <p>
            You join as <strong>{invitation.email}</strong>, the address this invitation came to: accepting signs you in.
          </p>
          <JoinButton token={token} label={invitation.kind === "CLIENT" ? `Join ${inviter}` : `Join ${invitation.practiceName}`} />
        </>
      ) : actor.email !== invitation.email ? (
        <>
          <p role="alert">
            You are signed in as {actor.email}, but this invitation is for {invitation.email}.
          </p>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5">
              Sign out
            </button>
          </form>
        </>
      ) : (
        <AcceptInvitationButton token={token} />
      )}
    </PageCard>
  );
}
