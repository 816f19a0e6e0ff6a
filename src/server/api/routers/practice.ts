import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getPracticeSettings, practiceSettingsInput, updatePracticeSettings } from "@/server/practices/practice-settings";

export const practiceRouter = createTRPCRouter({
  settings: protectedProcedure
    .input(z.object({ practiceId: z.string().min(1).max(64) }).strict())
    .query(({ ctx, input }) => getPracticeSettings(ctx.db, ctx.actor, input.practiceId)),
  updateSettings: protectedProcedure.input(practiceSettingsInput).mutation(({ ctx, input }) => updatePracticeSettings(ctx.db, ctx.actor, input, ctx.now)),
});
