import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getClientDashboard } from "@/server/dashboard/client-dashboard";
import { getCoachDashboard } from "@/server/dashboard/coach-dashboard";
import { coachDashboardInput } from "@/server/dashboard/dashboard-schemas";

export const dashboardRouter = createTRPCRouter({
  client: protectedProcedure.query(({ ctx }) => getClientDashboard(ctx.db, ctx.actor, ctx.now)),
  coach: protectedProcedure.input(coachDashboardInput).query(({ ctx, input }) => getCoachDashboard(ctx.db, ctx.actor, ctx.now, input)),
});
