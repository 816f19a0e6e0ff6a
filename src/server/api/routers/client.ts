import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getClient, listClients } from "@/server/clients/list-clients";

export const clientRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listClients(ctx.db, ctx.actor)),
  get: protectedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }).strict())
    .query(({ ctx, input }) => getClient(ctx.db, ctx.actor, input.id)),
});
