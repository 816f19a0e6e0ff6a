import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getPracticeSettings, practiceIdInput, practiceSettingsInput, updatePracticeSettings } from "@/server/practices/practice-settings";

export const practiceRouter = createTRPCRouter({
  settings: protectedProcedure.input(practiceIdInput).query(({ ctx, input }) => getPracticeSettings(ctx.db, ctx.actor, input.practiceId)),
  updateSettings: protectedProcedure.input(practiceSettingsInput).mutation(({ ctx, input }) => updatePracticeSettings(ctx.db, ctx.actor, input, ctx.now)),
});
