import "server-only";
import { idInput } from "@/lib/validation/fields";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const notificationRouter = createTRPCRouter({
  /** Marks one of the actor's own notifications read; someone else's is simply not found. */
  markRead: protectedProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    const { count } = await ctx.db.notification.updateMany({ where: { id: input.id, userId: ctx.actor.id, readAt: null }, data: { readAt: ctx.now } });
    return { updated: count };
  }),
});
