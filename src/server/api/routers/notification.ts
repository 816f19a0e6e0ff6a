import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";

export const notificationRouter = createTRPCRouter({
  /** Marks one of the actor's own notifications read; someone else's is simply not found. */
  markRead: protectedProcedure.input(z.object({ id: z.string().min(1).max(64) }).strict()).mutation(async ({ ctx, input }) => {
    const { count } = await ctx.db.notification.updateMany({ where: { id: input.id, userId: ctx.actor.id, readAt: null }, data: { readAt: ctx.now } });
    return { updated: count };
  }),
});
