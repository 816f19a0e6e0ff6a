import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { interviewRouter } from "@/server/api/routers/interview";

export const appRouter = createTRPCRouter({
  interview: interviewRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
