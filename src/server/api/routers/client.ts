import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getClient, listClients } from "@/server/clients/list-clients";
import { clientIdInput } from "@/server/clients/schemas";

export const clientRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listClients(ctx.db, ctx.actor)),
  get: protectedProcedure.input(clientIdInput).query(({ ctx, input }) => getClient(ctx.db, ctx.actor, input.id)),
});
