import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { addReference, giveReference, listReferences, setReferenceStatus } from "@/server/references/manage-references";
import { addReferenceInput, giveReferenceInput, listReferencesInput, referenceStatusInput } from "@/server/references/schemas";

export const referenceRouter = createTRPCRouter({
  list: protectedProcedure.input(listReferencesInput).query(({ ctx, input }) => listReferences(ctx.db, ctx.actor, input)),
  add: protectedProcedure.input(addReferenceInput).mutation(({ ctx, input }) => addReference(ctx.db, ctx.actor, input)),
  setStatus: protectedProcedure.input(referenceStatusInput).mutation(({ ctx, input }) => setReferenceStatus(ctx.db, ctx.actor, input, ctx.now)),
  giveTo: protectedProcedure.input(giveReferenceInput).mutation(({ ctx, input }) => giveReference(ctx.db, ctx.actor, input, ctx.now)),
});
