import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { practiceSettingsInput, updatePracticeSettings } from "@/server/practices/practice-settings";

export const practiceRouter = createTRPCRouter({
  updateSettings: protectedProcedure.input(practiceSettingsInput).mutation(({ ctx, input }) => updatePracticeSettings(ctx.db, ctx.actor, input, ctx.now)),
});
