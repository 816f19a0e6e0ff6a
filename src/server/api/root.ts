import "server-only";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { accountRouter } from "@/server/api/routers/account";
import { calendarRouter } from "@/server/api/routers/calendar";
import { clientRouter } from "@/server/api/routers/client";
import { dashboardRouter } from "@/server/api/routers/dashboard";
import { draftRouter } from "@/server/api/routers/draft";
import { emailRouter } from "@/server/api/routers/email";
import { interviewRouter } from "@/server/api/routers/interview";
import { invitationRouter } from "@/server/api/routers/invitation";
import { meRouter } from "@/server/api/routers/me";
import { notificationRouter } from "@/server/api/routers/notification";
import { outcomesRouter } from "@/server/api/routers/outcomes";
import { practiceRouter } from "@/server/api/routers/practice";
import { recordRouter } from "@/server/api/routers/record";
import { referenceRouter } from "@/server/api/routers/reference";
import { signInRouter } from "@/server/api/routers/sign-in";
import { taskRouter } from "@/server/api/routers/task";
import { templateRouter } from "@/server/api/routers/template";

export const appRouter = createTRPCRouter({
  me: meRouter,
  account: accountRouter,
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
  email: emailRouter,
  reference: referenceRouter,
  notification: notificationRouter,
  outcomes: outcomesRouter,
  signIn: signInRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
