import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getClientWithPlan } from "@/server/clients/list-clients";
import { clientIdInput } from "@/server/clients/schemas";

export const clientRouter = createTRPCRouter({
  get: protectedProcedure.input(clientIdInput).query(({ ctx, input }) => getClientWithPlan(ctx.db, ctx.actor, input.id)),
});
