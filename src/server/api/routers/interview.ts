import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { listInterviews } from "@/server/interviews/list-interviews";
import { listInterviewsInput } from "@/server/interviews/schemas";

export const interviewRouter = createTRPCRouter({
  list: publicProcedure.input(listInterviewsInput).query(({ ctx, input }) => listInterviews(ctx.db, input)),
});
