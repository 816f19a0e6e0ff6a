import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/server/db/client";
import { fromDbDate } from "@/lib/civil-date";
import { DEFAULT_PLANNER_SETTINGS, type PlannerSettings } from "@/server/planner/planner-types";

/** The practice columns the planner reads. */
export const plannerSettingsSelect = {
  tonightTime: true,
  firstThingTime: true,
  postDaysMin: true,
  postDaysMax: true,
  overnightDays: true,
  keepInTouchWeeks: true,
  holidays: { orderBy: { date: "asc" }, select: { date: true, name: true } },
} as const satisfies Prisma.PracticeSelect;

/**
 * The settings of the client's practice: the one of their first coach. A client with
 * no coach yet plans with DOMAIN.md's defaults.
 */
export async function loadPlannerSettings(db: DbOrTx, clientId: string): Promise<PlannerSettings> {
  const assignment = await db.coachClient.findFirst({
    where: { clientId },
    orderBy: { createdAt: "asc" },
    select: { practice: { select: plannerSettingsSelect } },
  });
  if (!assignment) return DEFAULT_PLANNER_SETTINGS;
  const p = assignment.practice;
  return {
    ...DEFAULT_PLANNER_SETTINGS,
    tonight: p.tonightTime,
    firstThing: p.firstThingTime,
    postDaysMin: p.postDaysMin,
    postDaysMax: p.postDaysMax,
    overnightDays: p.overnightDays,
    keepInTouchWeeks: p.keepInTouchWeeks,
    holidays: p.holidays.map((h) => fromDbDate(h.date)),
  };
}
