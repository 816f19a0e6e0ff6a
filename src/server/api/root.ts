import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { clientRouter } from "@/server/api/routers/client";
import { interviewRouter } from "@/server/api/routers/interview";
import { invitationRouter } from "@/server/api/routers/invitation";
import { meRouter } from "@/server/api/routers/me";

export const appRouter = createTRPCRouter({
  me: meRouter,
  interview: interviewRouter,
  client: clientRouter,
  invitation: invitationRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
