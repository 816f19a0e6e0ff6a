import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { loadSettings } from "@/server/account/load-settings";
import { previewDigest } from "@/server/digests/digest-settings";

/** What belongs to the signed-in person: their settings, and their weekly digest as it would go out now. */
export const meRouter = createTRPCRouter({
  settings: protectedProcedure.query(({ ctx }) => loadSettings(ctx.db, ctx.actor)),
  digestPreview: protectedProcedure.query(({ ctx }) => previewDigest(ctx.db, ctx.actor, ctx.now)),
});
