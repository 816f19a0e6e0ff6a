import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { cancelScheduledEmail } from "@/server/email/manage-emails";
import { rescheduleEmail, sendDraftEmail } from "@/server/email/queue-email";
import { cancelEmailInput, moveEmailInput, scheduleEmailInput } from "@/server/email/schemas";

export const emailRouter = createTRPCRouter({
  send: protectedProcedure.input(scheduleEmailInput).mutation(({ ctx, input }) => sendDraftEmail(ctx.db, ctx.actor, input, ctx.now)),
  move: protectedProcedure.input(moveEmailInput).mutation(({ ctx, input }) => rescheduleEmail(ctx.db, ctx.actor, input, ctx.now)),
  cancel: protectedProcedure.input(cancelEmailInput).mutation(({ ctx, input }) => cancelScheduledEmail(ctx.db, ctx.actor, input, ctx.now)),
});
