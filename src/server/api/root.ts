import "server-only";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { calendarRouter } from "@/server/api/routers/calendar";
import { clientRouter } from "@/server/api/routers/client";
import { dashboardRouter } from "@/server/api/routers/dashboard";
import { draftRouter } from "@/server/api/routers/draft";
import { interviewRouter } from "@/server/api/routers/interview";
import { invitationRouter } from "@/server/api/routers/invitation";
import { meRouter } from "@/server/api/routers/me";
import { notificationRouter } from "@/server/api/routers/notification";
import { practiceRouter } from "@/server/api/routers/practice";
import { recordRouter } from "@/server/api/routers/record";
import { referenceRouter } from "@/server/api/routers/reference";
import { taskRouter } from "@/server/api/routers/task";
import { templateRouter } from "@/server/api/routers/template";

export const appRouter = createTRPCRouter({
  me: meRouter,
  interview: interviewRouter,
  client: clientRouter,
  invitation: invitationRouter,
  record: recordRouter,
  task: taskRouter,
  dashboard: dashboardRouter,
  calendar: calendarRouter,
  practice: practiceRouter,
  template: templateRouter,
  draft: draftRouter,
  reference: referenceRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
