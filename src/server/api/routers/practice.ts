import "server-only";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/api/trpc";
import { disconnectCoach, listMyCoaches } from "@/server/practices/disconnect-coach";
import { getOpenSignUp } from "@/server/practices/practice-sign-up";
import { listPracticeMembers, reassignClients, removeCoach } from "@/server/practices/practice-members";
import { practiceSettingsInput, updatePracticeSettings } from "@/server/practices/practice-settings";
import { disconnectCoachInput, practiceCoachInput, reassignClientsInput, transferOwnershipInput } from "@/server/practices/schemas";
import { readSignUpSetting } from "@/server/practices/sign-up-setting";
import { transferOwnership } from "@/server/practices/transfer-ownership";

export const practiceRouter = createTRPCRouter({
  updateSettings: protectedProcedure.input(practiceSettingsInput).mutation(({ ctx, input }) => updatePracticeSettings(ctx.db, ctx.actor, input, ctx.now)),
  /** Before sign-in: whether this deployment lets a coach start a practice, and in whose words. */
  signUpSetting: publicProcedure.query(() => readSignUpSetting()),
  openSignUp: protectedProcedure.query(({ ctx }) => getOpenSignUp(ctx.db, ctx.actor, ctx.now)),
  members: protectedProcedure.query(({ ctx }) => listPracticeMembers(ctx.db, ctx.actor)),
  reassignClients: protectedProcedure.input(reassignClientsInput).mutation(({ ctx, input }) => reassignClients(ctx.db, ctx.actor, input)),
  removeCoach: protectedProcedure.input(practiceCoachInput).mutation(({ ctx, input }) => removeCoach(ctx.db, ctx.actor, input, ctx.now)),
  transferOwnership: protectedProcedure.input(transferOwnershipInput).mutation(({ ctx, input }) => transferOwnership(ctx.db, ctx.actor, input)),
  myCoaches: protectedProcedure.query(({ ctx }) => listMyCoaches(ctx.db, ctx.actor)),
  disconnectCoach: protectedProcedure.input(disconnectCoachInput).mutation(({ ctx, input }) => disconnectCoach(ctx.db, ctx.actor, input)),
});
