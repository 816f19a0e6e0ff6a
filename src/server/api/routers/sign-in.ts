import "server-only";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { describeSignInLink, signInLinkInput } from "@/server/auth/sign-in-link";

export const signInRouter = createTRPCRouter({
  /** Before sign-in: whether a sign-in link is valid, expired or already used, without using it up. */
  linkState: publicProcedure.input(signInLinkInput).query(({ ctx, input }) => describeSignInLink(ctx.db, input, ctx.getNow())),
});
