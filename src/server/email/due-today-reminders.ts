import "server-only";
import { formatWallClock } from "@/lib/format-in-zone";
import { createElement } from "react";
import { DueTodayReminderEmail } from "@/emails/due-today-reminder-email";
import { renderEmail } from "@/emails/render-email";
import { Prisma } from "@/generated/prisma/client";
import { buildAppUrl } from "@/server/config";
import type { Db } from "@/server/db/client";
import { addDays, atLocalTime, toCivilDate } from "@/lib/civil-date";
import { loadPlannerSettings } from "@/server/practices/load-planner-settings";
import { DEFAULT_PLANNER_SETTINGS } from "@/server/planner/planner-types";
import { getSystemSender } from "@/server/mail/send-mail";
import { formatInZone } from "@/lib/format-in-zone";
import type { ScheduledEmail } from "./manage-emails";

export function buildReminderKey(userId: string, date: string): string {
  return `reminder:${userId}:${date}`;
}

type ReminderClient = { id: string; name: string | null; email: string; timeZone: string };

/** Today's reminder for one client, or null: not first thing yet, already made, or nothing due (checked again here: another worker may be a step ahead). */
async function createReminder(db: Db, client: ReminderClient, now: Date): Promise<ScheduledEmail | null> {
  const today = toCivilDate(now, client.timeZone);
  const settings = await loadPlannerSettings(db, client.id);
  if (now < atLocalTime(today, settings.firstThing, client.timeZone)) return null;
  const dedupeKey = buildReminderKey(client.id, today);
  if (await db.email.findUnique({ where: { dedupeKey }, select: { id: true } })) return null;
  const tasks = await db.followUpTask.findMany({
    where: {
      status: "OPEN",
      interview: { clientId: client.id },
      dueAt: { gte: atLocalTime(today, "00:00", client.timeZone), lt: atLocalTime(addDays(today, 1), "00:00", client.timeZone) },
    },
    orderBy: { dueAt: "asc" },
    select: { title: true, dueAt: true, interview: { select: { company: true } } },
  });
  if (tasks.length === 0) return null;
  const { html, text } = await renderEmail(
    createElement(DueTodayReminderEmail, {
      firstName: (client.name ?? client.email).split(/\s+/)[0]!,
      dateLabel: formatWallClock(now, client.timeZone, "EEEE d MMMM"),
      tasks: tasks.map((t) => ({ title: t.title, company: t.interview.company, time: formatInZone(t.dueAt, client.timeZone, "HH:mm") })),
      url: buildAppUrl("/"),
      settingsUrl: buildAppUrl("/settings"),
    }),
  );
  try {
    return await db.email.create({
      data: {
        kind: "REMINDER",
        clientId: client.id,
        dedupeKey,
        fromAddress: getSystemSender(),
        toAddress: client.email,
        subject: `Due today: ${tasks.length} follow-up${tasks.length === 1 ? "" : "s"}`,
        html,
        text,
        contentVersion: 1,
        scheduledFor: now,
        createdById: client.id,
      },
      select: { id: true, scheduleVersion: true, scheduledFor: true },
    });
  } catch (error) {
    // Another worker created today's reminder first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/**
 * The opted-in clients whose reminder is due by `now` and not made yet: past first thing in
 * their zone (their practice's hour, as the planner reads it), no reminder today, something
 * due today. One query, whatever the number of opted-in clients, as the sweep runs every minute.
 */
async function findClientsDueReminder(db: Db, now: Date): Promise<ReminderClient[]> {
  return db.$queryRaw<ReminderClient[]>`
    WITH opted AS (
      SELECT u.id, u.name, u.email, tz.name AS "timeZone",
        (${now}::timestamptz AT TIME ZONE tz.name)::date AS today,
        COALESCE((
          SELECT p."firstThingTime" FROM "CoachClient" cc JOIN "Practice" p ON p.id = cc."practiceId"
          WHERE cc."clientId" = u.id ORDER BY cc."createdAt" ASC LIMIT 1
        ), ${DEFAULT_PLANNER_SETTINGS.firstThing}) AS "firstThing"
      -- Joined with PostgreSQL's zones: a zone it does not know (the app checks zones with Intl)
      -- leaves that client out instead of failing everyone's reminder.
      FROM "User" u JOIN pg_timezone_names tz ON tz.name = u."timeZone"
      WHERE u.role = 'CLIENT' AND u."dueTodayReminders"
    )
    SELECT o.id, o.name, o.email, o."timeZone" FROM opted o
    WHERE ((o.today + o."firstThing"::time) AT TIME ZONE o."timeZone") <= ${now}::timestamptz
      AND NOT EXISTS (SELECT 1 FROM "Email" e WHERE e."dedupeKey" = 'reminder:' || o.id || ':' || to_char(o.today, 'YYYY-MM-DD'))
      AND EXISTS (
        SELECT 1 FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
        WHERE i."clientId" = o.id AND t.status = 'OPEN'
          AND t."dueAt" >= (o.today::timestamp AT TIME ZONE o."timeZone")
          AND t."dueAt" < ((o.today + 1)::timestamp AT TIME ZONE o."timeZone")
      )`;
}

/**
 * The "due today" reminders that should exist by `now`: one per opted-in client per day
 * in their zone, from the practice's "first thing" hour, when something is due that day.
 * The dedupe key makes a second sweep (or a second worker) create nothing.
 */
export async function queueDueTodayReminders(db: Db, now: Date): Promise<ScheduledEmail[]> {
  const clients = await findClientsDueReminder(db, now);
  const created: ScheduledEmail[] = [];
  for (const client of clients) {
    try {
      const reminder = await createReminder(db, client, now);
      if (reminder) created.push(reminder);
    } catch (error) {
      // One client's failure (a render error, say) does not hold up the others.
      console.error(`[reminders] ${client.id}:`, error);
    }
  }
  return created;
}
