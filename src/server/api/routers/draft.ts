import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import {
  approveDraft,
  commentOnDraft,
  createDraft,
  createDraftFromTask,
  countWaitingReviews,
  listReviewQueue,
  logSentByHand,
  markLetter,
  requestDraftChanges,
  saveDraft,
  submitDraft,
} from "@/server/drafts/manage-drafts";
import { getDraftView } from "@/server/drafts/get-draft-view";
import {
  commentInput,
  createDraftInput,
  draftFromTaskInput,
  draftIdInput,
  markLetterInput,
  reviewInput,
  reviewQueueInput,
  saveDraftInput,
  submitDraftInput,
} from "@/server/drafts/schemas";

export const draftRouter = createTRPCRouter({
  get: protectedProcedure.input(draftIdInput).query(({ ctx, input }) => getDraftView(ctx.db, ctx.actor, input, ctx.now)),
  reviewQueue: protectedProcedure.input(reviewQueueInput).query(({ ctx, input }) => listReviewQueue(ctx.db, ctx.actor, input)),
  waitingCount: protectedProcedure.query(({ ctx }) => countWaitingReviews(ctx.db, ctx.actor)),
  createFromTask: protectedProcedure.input(draftFromTaskInput).mutation(({ ctx, input }) => createDraftFromTask(ctx.db, ctx.actor, input)),
  create: protectedProcedure.input(createDraftInput).mutation(({ ctx, input }) => createDraft(ctx.db, ctx.actor, input)),
  save: protectedProcedure.input(saveDraftInput).mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.actor, input)),
  submit: protectedProcedure.input(submitDraftInput).mutation(({ ctx, input }) => submitDraft(ctx.db, ctx.actor, input, ctx.now)),
  comment: protectedProcedure.input(commentInput).mutation(({ ctx, input }) => commentOnDraft(ctx.db, ctx.actor, input)),
  approve: protectedProcedure.input(reviewInput).mutation(({ ctx, input }) => approveDraft(ctx.db, ctx.actor, input, ctx.now)),
  markLetter: protectedProcedure.input(markLetterInput).mutation(({ ctx, input }) => markLetter(ctx.db, ctx.actor, input, ctx.now)),
  logSentByHand: protectedProcedure.input(draftIdInput).mutation(({ ctx, input }) => logSentByHand(ctx.db, ctx.actor, input, ctx.now)),
  requestChanges: protectedProcedure.input(reviewInput).mutation(({ ctx, input }) => requestDraftChanges(ctx.db, ctx.actor, input, ctx.now)),
});
