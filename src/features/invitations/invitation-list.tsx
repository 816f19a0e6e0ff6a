"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/toast";
import { ConfirmButton } from "@/components/confirm-button";
import { nextPageCursor } from "@/lib/next-page";
import { useTRPC } from "@/trpc/react";

const STATUS_LABELS = { open: "Waiting", accepted: "Accepted", revoked: "Withdrawn", expired: "Expired" } as const;

export function InvitationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useInfiniteQuery(trpc.invitation.list.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor }));
  const withToast = (success: string) => ({
    onSuccess: async () => {
      toast.success(success);
      await queryClient.invalidateQueries({ queryKey: trpc.invitation.list.pathKey() });
    },
    onError: (error: { message: string }) => toast.error(error.message),
  });
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions(withToast("Invitation withdrawn")));
  const resend = useMutation(trpc.invitation.resend.mutationOptions(withToast("Invitation sent again")));

  if (invitations.isPending) return <p role="status">Loading invitations…</p>;
  if (invitations.isError) return <p role="alert">The invitations could not be loaded: {invitations.error.message}</p>;
  const sent = invitations.data.pages.flatMap((page) => page.items);
  if (sent.length === 0) return <p className="text-ink-muted">No invitations sent yet.</p>;

  return (
    <>
    <ul aria-label="Sent invitations" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {sent.map((invitation) => {
        const who = invitation.inviteeName ? `${invitation.inviteeName} (${invitation.email})` : invitation.email;
        return (
          <li key={invitation.id} aria-label={`Invitation to ${invitation.email}`} className="flex flex-wrap items-center justify-between gap-2 p-4">
            <div>
              <p className="font-medium">{who}</p>
              <p className="text-sm text-ink-muted">
                {invitation.kind === "CLIENT" ? "Client" : "Coach"} · {STATUS_LABELS[invitation.status]}
                {invitation.sentCount > 1 ? ` · sent ${invitation.sentCount} times` : ""}
              </p>
            </div>
            {invitation.status !== "accepted" && (
              <div className="flex gap-2">
                <button
                  type="button"
                  disabled={resend.isPending}
                  onClick={() => resend.mutate({ id: invitation.id })}
                  className="min-h-11 rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-60 sm:min-h-0"
                >
                  Send again<span className="sr-only"> to {invitation.email}</span>
                </button>
                {invitation.status === "open" && (
                  // Asks first rather than offering an undo: the link stops working at once, for someone who may be
                  // opening it now, and nothing brings the same link back ("Send again" emails a new one).
                  <ConfirmButton
                    disabled={revoke.isPending}
                    className="min-h-11 rounded border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60 sm:min-h-0"
                    title={`Withdraw the invitation to ${who}?`}
                    description={`The link in the email to ${invitation.email} stops working. To invite them after all, "Send again" emails them a new link.`}
                    confirmLabel="Withdraw invitation"
                    onConfirm={() => revoke.mutate({ id: invitation.id })}
                  >
                    Withdraw<span className="sr-only"> the invitation to {invitation.email}</span>
                  </ConfirmButton>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
    {invitations.hasNextPage && (
      <button
        type="button"
        onClick={() => invitations.fetchNextPage()}
        disabled={invitations.isFetchingNextPage}
        className="mt-4 min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {invitations.isFetchingNextPage ? "Loading more invitations…" : "Load more invitations"}
      </button>
    )}
    </>
  );
}
