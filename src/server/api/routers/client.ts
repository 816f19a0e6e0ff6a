import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getClientWithPlan, listClientPlan } from "@/server/clients/list-clients";
import { clientIdInput, clientPlanInput } from "@/server/clients/schemas";

export const clientRouter = createTRPCRouter({
  get: protectedProcedure.input(clientIdInput).query(({ ctx, input }) => getClientWithPlan(ctx.db, ctx.actor, input.id)),
  plan: protectedProcedure.input(clientPlanInput).query(({ ctx, input }) => listClientPlan(ctx.db, ctx.actor, input, ctx.now)),
});
