import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { deleteAccountInput, deleteOwnAccount } from "@/server/account/delete-account";
import { saveProfile } from "@/server/account/manage-profile";
import { profileInput } from "@/server/account/profile-schemas";
import { saveDigestSettings, digestSettingsInput } from "@/server/digests/digest-settings";
import { setDueTodayReminders } from "@/server/email/manage-emails";
import { reminderSettingInput } from "@/server/email/schemas";

/** The signed-in person's own settings. */
export const accountRouter = createTRPCRouter({
  saveProfile: protectedProcedure.input(profileInput).mutation(({ ctx, input }) => saveProfile(ctx.db, ctx.actor, input, ctx.now)),
  saveDigestSettings: protectedProcedure.input(digestSettingsInput).mutation(({ ctx, input }) => saveDigestSettings(ctx.db, ctx.actor, input)),
  setDueTodayReminders: protectedProcedure.input(reminderSettingInput).mutation(({ ctx, input }) => setDueTodayReminders(ctx.db, ctx.actor, input)),
  deleteAccount: protectedProcedure.input(deleteAccountInput).mutation(({ ctx, input }) => deleteOwnAccount(ctx.db, ctx.actor, input, ctx.now)),
});
