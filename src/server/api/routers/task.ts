import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { addTask, completeTask, moveTask, removeTask, reopenTask, skipTask, snoozeTask, undoSnoozeTask } from "@/server/tasks/manage-tasks";
import { addTaskInput, moveTaskInput, snoozeTaskInput, taskIdInput, undoSnoozeInput } from "@/server/tasks/task-schemas";

export const taskRouter = createTRPCRouter({
  complete: protectedProcedure.input(taskIdInput).mutation(({ ctx, input }) => completeTask(ctx.db, ctx.actor, input, ctx.now)),
  reopen: protectedProcedure.input(taskIdInput).mutation(({ ctx, input }) => reopenTask(ctx.db, ctx.actor, input, ctx.now)),
  skip: protectedProcedure.input(taskIdInput).mutation(({ ctx, input }) => skipTask(ctx.db, ctx.actor, input, ctx.now)),
  snooze: protectedProcedure.input(snoozeTaskInput).mutation(({ ctx, input }) => snoozeTask(ctx.db, ctx.actor, input, ctx.now)),
  undoSnooze: protectedProcedure.input(undoSnoozeInput).mutation(({ ctx, input }) => undoSnoozeTask(ctx.db, ctx.actor, input)),
  add: protectedProcedure.input(addTaskInput).mutation(({ ctx, input }) => addTask(ctx.db, ctx.actor, input)),
  move: protectedProcedure.input(moveTaskInput).mutation(({ ctx, input }) => moveTask(ctx.db, ctx.actor, input)),
  remove: protectedProcedure.input(taskIdInput).mutation(({ ctx, input }) => removeTask(ctx.db, ctx.actor, input, ctx.now)),
});
