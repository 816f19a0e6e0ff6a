import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { createCalendarFeed, hasCalendarFeed, revokeCalendarFeed } from "@/server/calendar/calendar-feed";

export const calendarRouter = createTRPCRouter({
  status: protectedProcedure.query(async ({ ctx }) => ({ active: await hasCalendarFeed(ctx.db, ctx.actor) })),
  create: protectedProcedure.mutation(({ ctx }) => createCalendarFeed(ctx.db, ctx.actor, ctx.now)),
  revoke: protectedProcedure.mutation(({ ctx }) => revokeCalendarFeed(ctx.db, ctx.actor)),
});
