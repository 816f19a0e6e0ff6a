import "server-only";
import { z } from "zod";
import { civilDate, recordId, text } from "@/lib/validation/fields";
import type { Actor } from "@/server/access/actor";
import { ownedPracticeWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { fromDbDate, toDbDate } from "@/lib/civil-date";
import { plannerSettingsSelect } from "@/server/practices/load-planner-settings";
import { queueReplan } from "@/server/jobs/job-queue";
import { practiceReplanScope, startReplanRun } from "@/server/tasks/replan-in-batches";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 19:00");


export const practiceSettingsInput = z
  .object({
    practiceId: recordId,
    tonightTime: time,
    firstThingTime: time,
    postDaysMin: z.number().int().min(1, "At least 1 working day").max(10),
    postDaysMax: z.number().int().min(1).max(10, "At most 10 working days"),
    overnightDays: z.number().int().min(1, "At least 1 working day").max(5),
    keepInTouchWeeks: z.number().int().min(2, "At least 2 weeks").max(26, "At most 26 weeks"),
    /** Only approved drafts may go out when this is on. */
    reviewRequired: z.boolean().default(true),
    holidays: z
      .array(z.object({ date: civilDate, name: text({ max: 100, required: "Name the holiday" }) }).strict())
      .max(100),
  })
  .strict()
  .refine((v) => v.postDaysMin <= v.postDaysMax, { message: "The shortest post time cannot be longer than the longest", path: ["postDaysMax"] });

const settingsSelect = { id: true, name: true, reviewRequired: true, ...plannerSettingsSelect } as const;

/** Practice settings belong to the owner; for anyone else the practice is not found. */
export async function getPracticeSettings(db: Db, actor: Actor, practiceId: string) {
  const practice = await db.practice.findFirst({ where: { AND: [{ id: practiceId }, ownedPracticeWhere(actor)] }, select: settingsSelect });
  if (!practice) throw new NotFoundError("Practice");
  return { ...practice, holidays: practice.holidays.map((h) => ({ date: fromDbDate(h.date), name: h.name })) };
}

/**
 * Saves the settings in one short transaction that also restarts the practice's re-plan run,
 * then queues the job that re-plans every interview of its clients in batches
 * (src/server/tasks/replan-in-batches.ts). The settings page shows its progress.
 */
export async function updatePracticeSettings(db: Db, actor: Actor, { practiceId, holidays, ...settings }: z.infer<typeof practiceSettingsInput>, now: Date) {
  const scope = practiceReplanScope(practiceId);
  const { total } = await db.$transaction(async (tx) => {
    // The owner's scope is in the write's own `where`: no row written means no such practice.
    const { count } = await tx.practice.updateMany({ where: { AND: [{ id: practiceId }, ownedPracticeWhere(actor)] }, data: settings });
    if (count === 0) throw new NotFoundError("Practice");
    await tx.practiceHoliday.deleteMany({ where: { practiceId } });
    const unique = new Map(holidays.map((h) => [h.date, h.name]));
    await tx.practiceHoliday.createMany({ data: [...unique].map(([date, name]) => ({ practiceId, date: toDbDate(date), name })) });
    return startReplanRun(tx, scope, now);
  });
  await queueReplan(scope);
  return { replanning: total };
}
