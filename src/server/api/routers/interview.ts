import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getInterview } from "@/server/interviews/get-interview";
import { getInterviewView } from "@/server/interviews/get-interview-view";
import { listInterviews } from "@/server/interviews/list-interviews";
import { createInterview, deleteInterview, updateInterview } from "@/server/interviews/save-interview";
import {
  createInterviewInput,
  interviewIdInput,
  listInterviewsInput,
  updateInterviewInput,
} from "@/server/interviews/schemas";

export const interviewRouter = createTRPCRouter({
  list: protectedProcedure.input(listInterviewsInput).query(({ ctx, input }) => listInterviews(ctx.db, ctx.actor, input)),
  get: protectedProcedure.input(interviewIdInput).query(({ ctx, input }) => getInterview(ctx.db, ctx.actor, input.id)),
  record: protectedProcedure.input(interviewIdInput).query(({ ctx, input }) => getInterviewView(ctx.db, ctx.actor, input.id, ctx.now)),
  create: protectedProcedure.input(createInterviewInput).mutation(({ ctx, input }) => createInterview(ctx.db, ctx.actor, input, ctx.now)),
  update: protectedProcedure.input(updateInterviewInput).mutation(({ ctx, input }) => updateInterview(ctx.db, ctx.actor, input, ctx.now)),
  delete: protectedProcedure.input(interviewIdInput).mutation(({ ctx, input }) => deleteInterview(ctx.db, ctx.actor, input, ctx.now)),
});
