import "server-only";
import { createTRPCRouter, limitRate, protectedProcedure } from "@/server/api/trpc";
import {
  createTemplate,
  duplicateTemplate,
  getTemplate,
  listTemplates,
  listTemplatePage,
  previewTemplate,
  setTemplateArchived,
  updateTemplate,
} from "@/server/templates/manage-templates";
import { PLACEHOLDERS } from "@/server/templates/placeholders";
import { createTemplateInput, listTemplatesInput, templateContent, templatePageInput, templateIdInput, updateTemplateInput } from "@/server/templates/schemas";

const previews = limitRate("templatePreviewsPerUser");
const saves = limitRate("templateSavesPerUser");

export const templateRouter = createTRPCRouter({
  list: protectedProcedure.input(listTemplatesInput).query(({ ctx, input }) => listTemplates(ctx.db, ctx.actor, input)),
  page: protectedProcedure.input(templatePageInput).query(({ ctx, input }) => listTemplatePage(ctx.db, ctx.actor, input)),
  get: protectedProcedure.input(templateIdInput).query(({ ctx, input }) => getTemplate(ctx.db, ctx.actor, input.id)),
  placeholders: protectedProcedure.query(() => PLACEHOLDERS),
  preview: protectedProcedure.input(templateContent).use(previews).query(({ ctx, input }) => previewTemplate(ctx.actor, input)),
  create: protectedProcedure.input(createTemplateInput).use(saves).mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.actor, input)),
  update: protectedProcedure.input(updateTemplateInput).use(saves).mutation(({ ctx, input }) => updateTemplate(ctx.db, ctx.actor, input)),
  duplicate: protectedProcedure.input(templateIdInput).use(saves).mutation(({ ctx, input }) => duplicateTemplate(ctx.db, ctx.actor, input)),
  archive: protectedProcedure.input(templateIdInput).mutation(({ ctx, input }) => setTemplateArchived(ctx.db, ctx.actor, input, true, ctx.now)),
  unarchive: protectedProcedure.input(templateIdInput).mutation(({ ctx, input }) => setTemplateArchived(ctx.db, ctx.actor, input, false, ctx.now)),
});
