import "server-only";
import { createTRPCRouter, limitRate, protectedProcedure, publicProcedure } from "@/server/api/trpc";
import { getInvitationByToken } from "@/server/invitations/accept-invitation";
import {
  inviteClient,
  inviteCoach,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from "@/server/invitations/manage-invitations";
import {
  invitationIdInput,
  invitationLinkInput,
  listInvitationsInput,
} from "@/server/invitations/schemas";
import { inviteInput } from "@/lib/validation/invitation-fields";

// Each invitation (new or sent again) is an email to someone who did not ask for it.
const invitations = limitRate("invitationsPerCoach");

export const invitationRouter = createTRPCRouter({
  /** Before sign-in: holding the link is the permission. */
  byToken: publicProcedure.input(invitationLinkInput).query(({ ctx, input }) => getInvitationByToken(ctx.db, input.token, ctx.getNow())),
  list: protectedProcedure.input(listInvitationsInput).query(({ ctx, input }) => listInvitations(ctx.db, ctx.actor, input, ctx.now)),
  inviteClient: protectedProcedure.input(inviteInput).use(invitations).mutation(({ ctx, input }) => inviteClient(ctx.db, ctx.actor, input, ctx.now)),
  inviteCoach: protectedProcedure.input(inviteInput).use(invitations).mutation(({ ctx, input }) => inviteCoach(ctx.db, ctx.actor, input, ctx.now)),
  revoke: protectedProcedure.input(invitationIdInput).mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input, ctx.now)),
  resend: protectedProcedure.input(invitationIdInput).use(invitations).mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.actor, input, ctx.now)),
});
