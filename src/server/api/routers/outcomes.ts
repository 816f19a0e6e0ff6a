import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getOutcomeClients, getOutcomes } from "@/server/outcomes/load-outcomes";
import { outcomeClientsInput, outcomesInput } from "@/server/outcomes/outcome-schemas";

export const outcomesRouter = createTRPCRouter({
  summary: protectedProcedure.input(outcomesInput).query(({ ctx, input }) => getOutcomes(ctx.db, ctx.actor, ctx.now, input)),
  byClient: protectedProcedure.input(outcomeClientsInput).query(({ ctx, input }) => getOutcomeClients(ctx.db, ctx.actor, ctx.now, input)),
});
