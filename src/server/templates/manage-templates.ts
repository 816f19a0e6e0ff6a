import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { canWriteTemplates, readableTemplatesWhere, seesArchivedTemplates, writableTemplatesWhere } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { BadInputError, ForbiddenError, NotFoundError, requireWritten } from "@/server/errors";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { SAMPLE_VALUES } from "./placeholders";
import { keyset, toPage, type KeysetField } from "@/server/pagination/keyset";
import { createTemplateInput, listTemplatesInput, templatePageInput, templateContent, templateIdInput, updateTemplateInput } from "./schemas";
import { fillTemplate, type TemplateProblem } from "./template-engine";

export type FieldProblem = TemplateProblem & { field: "subject" | "body" };

/**
 * Both parts are Liquid (the subject can greet by name too), each checked and filled with
 * the sample values under the engine's limits: the problems, or the filled-in text.
 */
function fillWithSamples(content: { subject: string; body: string }) {
  const subject = fillTemplate(content.subject, SAMPLE_VALUES);
  const body = fillTemplate(content.body, SAMPLE_VALUES);
  const problems: FieldProblem[] = [
    ...subject.problems.map((p) => ({ ...p, field: "subject" as const })),
    ...body.problems.map((p) => ({ ...p, field: "body" as const })),
  ];
  return { problems, subject: subject.text, body: body.text };
}

function checkTemplate(content: { subject: string; body: string }): FieldProblem[] {
  return fillWithSamples(content).problems;
}

function requireTemplateWriter(actor: Actor) {
  if (!canWriteTemplates(actor)) throw new ForbiddenError("Only coaches write templates.");
}

function refuseProblems(problems: FieldProblem[]) {
  if (problems.length === 0) return;
  throw new BadInputError(
    problems.map((p) => `${p.field === "subject" ? "Subject" : "Body"}, line ${p.line}: ${p.message}${p.suggestion ? ` ${p.suggestion}` : ""}`).join("\n"),
  );
}

/** The live preview, for those who write templates: problems, or the template filled with sample values. */
export function previewTemplate(actor: Actor, content: z.infer<typeof templateContent>) {
  requireTemplateWriter(actor);
  const filled = fillWithSamples(content);
  if (filled.problems.length > 0) return { problems: filled.problems, subject: null, body: null };
  return filled;
}

export async function createDefaultTemplates(tx: DbOrTx, practiceId: string) {
  for (const template of DEFAULT_TEMPLATES) {
    await tx.template.create({
      data: { practiceId, kind: template.kind, name: template.name, versions: { create: { version: 1, subject: template.subject, body: template.body } } },
    });
  }
}

const latestVersion = { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, subject: true, body: true, createdAt: true } } as const;

const templateRowSelect = { id: true, kind: true, name: true, archivedAt: true, practice: { select: { name: true } }, versions: latestVersion } as const;

function listedTemplatesWhere(actor: Actor, input: { kind?: z.infer<typeof listTemplatesInput>["kind"]; includeArchived?: boolean }) {
  return { AND: [readableTemplatesWhere(actor), input.kind ? { kind: input.kind } : {}, input.includeArchived && seesArchivedTemplates(actor) ? {} : { archivedAt: null }] };
}

/** The templates to choose from when writing (a practice's curated set, by kind and name). */
export async function listTemplates(db: Db, actor: Actor, input: Partial<z.infer<typeof listTemplatesInput>> = {}) {
  return db.template.findMany({ where: listedTemplatesWhere(actor, input), orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }], select: templateRowSelect });
}

const TEMPLATE_ORDER: KeysetField[] = [{ field: "name", direction: "asc" }];

/** One page of the templates page's list, by name then id. */
export async function listTemplatePage(db: Db, actor: Actor, input: z.infer<typeof templatePageInput>) {
  const { where, orderBy } = keyset(TEMPLATE_ORDER, input.cursor);
  const rows = await db.template.findMany({ where: { AND: [listedTemplatesWhere(actor, input), where] }, orderBy, take: input.limit + 1, select: templateRowSelect });
  return toPage(rows, input.limit, (t) => [t.name]);
}

export async function getTemplate(db: Db, actor: Actor, id: string) {
  const template = await db.template.findFirst({
    where: { AND: [{ id }, readableTemplatesWhere(actor)] },
    select: {
      id: true,
      kind: true,
      name: true,
      archivedAt: true,
      practiceId: true,
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, subject: true, body: true, createdAt: true, createdById: true } },
    },
  });
  if (!template) throw new NotFoundError("Template");
  const canEdit = (await db.template.count({ where: { AND: [{ id }, writableTemplatesWhere(actor)] } })) > 0;
  return { ...template, canEdit };
}

export async function createTemplate(db: Db, actor: Actor, input: z.infer<typeof createTemplateInput>) {
  requireTemplateWriter(actor);
  const practice = input.practiceId ? actor.practices.find((p) => p.practiceId === input.practiceId) : actor.practices[0];
  if (!practice) throw new NotFoundError("Practice");
  refuseProblems(checkTemplate(input));
  return db.template.create({
    data: {
      practiceId: practice.practiceId,
      kind: input.kind,
      name: input.name,
      createdById: actor.id,
      versions: { create: { version: 1, subject: input.subject, body: input.body, createdById: actor.id } },
    },
    select: { id: true },
  });
}

async function findWritable(tx: DbOrTx, actor: Actor, id: string) {
  const template = await tx.template.findFirst({
    where: { AND: [{ id }, writableTemplatesWhere(actor)] },
    select: { id: true, practiceId: true, kind: true, name: true, versions: latestVersion },
  });
  if (!template) throw new NotFoundError("Template");
  return template;
}

/** A save keeps every earlier version; drafts record the version they came from. */
export async function updateTemplate(db: Db, actor: Actor, input: z.infer<typeof updateTemplateInput>) {
  // The trial render runs only for someone who may write this template; anyone else gets NOT_FOUND first.
  await findWritable(db, actor, input.id);
  refuseProblems(checkTemplate(input));
  return db.$transaction(async (tx) => {
    const template = await findWritable(tx, actor, input.id);
    const latest = template.versions[0]!;
    requireWritten(await tx.template.updateMany({ where: { AND: [{ id: template.id }, writableTemplatesWhere(actor)] }, data: { name: input.name } }), "Template");
    if (latest.subject === input.subject && latest.body === input.body) return { id: template.id, version: latest.version };
    const created = await tx.templateVersion.create({
      data: { templateId: template.id, version: latest.version + 1, subject: input.subject, body: input.body, createdById: actor.id },
      select: { version: true },
    });
    return { id: template.id, version: created.version };
  });
}

export async function duplicateTemplate(db: Db, actor: Actor, { id }: z.infer<typeof templateIdInput>) {
  const template = await findWritable(db, actor, id);
  const latest = template.versions[0]!;
  // A version saved before these checks existed (a runaway loop, say) is not copied as it is.
  refuseProblems(checkTemplate(latest));
  return db.template.create({
    data: {
      practiceId: template.practiceId,
      kind: template.kind,
      name: `${template.name} (copy)`,
      createdById: actor.id,
      versions: { create: { version: 1, subject: latest.subject, body: latest.body, createdById: actor.id } },
    },
    select: { id: true },
  });
}

export async function setTemplateArchived(db: Db, actor: Actor, { id }: z.infer<typeof templateIdInput>, archived: boolean, now: Date) {
  requireWritten(await db.template.updateMany({ where: { AND: [{ id }, writableTemplatesWhere(actor)] }, data: { archivedAt: archived ? now : null } }), "Template");
  return { id };
}
