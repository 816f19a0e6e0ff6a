import "server-only";
import { createTRPCRouter, limitRate, protectedProcedure } from "@/server/api/trpc";
import { acceptInvitation } from "@/server/invitations/accept-invitation";
import {
  inviteClient,
  inviteCoach,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from "@/server/invitations/manage-invitations";
import { inviteInput } from "@/lib/validation/invitation-fields";
import {
  invitationIdInput,
  invitationTokenInput,
} from "@/server/invitations/schemas";

// Each invitation (new or sent again) is an email to someone who did not ask for it.
const invitations = limitRate("invitationsPerCoach");

export const invitationRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listInvitations(ctx.db, ctx.actor, ctx.now)),
  inviteClient: protectedProcedure.input(inviteInput).use(invitations).mutation(({ ctx, input }) => inviteClient(ctx.db, ctx.actor, input, ctx.now)),
  inviteCoach: protectedProcedure.input(inviteInput).use(invitations).mutation(({ ctx, input }) => inviteCoach(ctx.db, ctx.actor, input, ctx.now)),
  revoke: protectedProcedure.input(invitationIdInput).mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input, ctx.now)),
  resend: protectedProcedure.input(invitationIdInput).use(invitations).mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.actor, input, ctx.now)),
  accept: protectedProcedure.input(invitationTokenInput).mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.actor, input, ctx.now)),
});
