import type { Metadata } from "next";
import { PageCard } from "@/components/page-card";
import { InvitationList } from "@/features/invitations/invitation-list";
import { nextPageCursor } from "@/lib/next-page";
import { InviteForm } from "@/features/invitations/invite-form";
import { practicesToInviteInto } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<{ started?: string | string[] }> }) {
  const actor = await requireActor("/invitations");
  const justStarted = (await searchParams).started === "1";
  if (practicesToInviteInto(actor, "CLIENT").length === 0) {
    return (
      <PageCard title="Invitations">
        <p>Coaches invite their clients. Ask your coach if someone else should join.</p>
      </PageCard>
    );
  }
  const invitesCoaches = practicesToInviteInto(actor, "COACH").length > 0;
  await getQueryClient().prefetchInfiniteQuery(trpc.invitation.list.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor }));
  return (
    <HydrateClient>
      {justStarted && (
        <p role="status" className="mb-6 rounded-md border border-green-200 bg-green-50 p-3 text-green-900">
          Your practice is ready, with a library of templates. Invite your first client below.
        </p>
      )}
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Invitations</h1>
      <section aria-labelledby="invite-client-title" className="mb-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="invite-client-title" className="mb-3 text-lg font-semibold">Invite a client</h2>
        <InviteForm kind="CLIENT" />
      </section>
      {invitesCoaches && (
        <section aria-labelledby="invite-coach-title" className="mb-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="invite-coach-title" className="mb-3 text-lg font-semibold">Invite a coach to your practice</h2>
          <InviteForm kind="COACH" />
        </section>
      )}
      <h2 className="mb-3 text-lg font-semibold">Sent</h2>
      <InvitationList />
    </HydrateClient>
  );
}
