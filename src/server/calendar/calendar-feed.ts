import "server-only";
import { createHash, randomBytes } from "node:crypto";
import ical, { ICalCalendarMethod } from "ical-generator";
import type { Actor } from "@/server/access/actor";
import { readableInterviewsWhere, seesSeveralClients } from "@/server/access/policy";
import { buildAppUrl } from "@/server/config";
import type { Db } from "@/server/db/client";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function buildFeedUrl(token: string): string {
  return buildAppUrl(`/api/calendar/${token}`);
}

/** Makes a new private feed URL for the actor; the previous one stops working. */
export async function createCalendarFeed(db: Db, actor: Actor, now: Date) {
  const token = randomBytes(24).toString("base64url");
  await db.calendarFeed.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, tokenHash: hashToken(token), createdAt: now },
    update: { tokenHash: hashToken(token), createdAt: now },
  });
  return { url: buildFeedUrl(token) };
}

export async function revokeCalendarFeed(db: Db, actor: Actor) {
  await db.calendarFeed.deleteMany({ where: { userId: actor.id } });
  return { revoked: true };
}

export async function hasCalendarFeed(db: Db, actor: Actor) {
  return (await db.calendarFeed.count({ where: { userId: actor.id } })) > 0;
}

/** The owner of a feed token, or null for an unknown or revoked token. */
export async function findFeedOwner(db: Db, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
  return feed?.userId ?? null;
}

/**
 * The feed: the actor's interviews and open follow-up tasks. Times are written as UTC
 * instants, which every calendar shows correctly in its own zone, DST included.
 */
export async function renderCalendarFeed(db: Db, actor: Actor, now: Date): Promise<string> {
  const scope = readableInterviewsWhere(actor);
  const horizonStart = new Date(now.getTime() - 90 * 86_400_000);
  const [interviews, tasks] = await Promise.all([
    db.interview.findMany({
      where: { AND: [scope, { startsAt: { gte: horizonStart } }] },
      select: { id: true, company: true, jobTitle: true, startsAt: true, durationMinutes: true, location: true, client: { select: { name: true } } },
      take: 1000,
    }),
    db.followUpTask.findMany({
      where: { status: "OPEN", dueAt: { gte: horizonStart }, interview: scope },
      select: { id: true, title: true, dueAt: true, channel: true, interview: { select: { id: true, company: true, client: { select: { name: true } } } } },
      take: 2000,
    }),
  ]);
  const calendar = ical({ name: "Followthrough", method: ICalCalendarMethod.PUBLISH, prodId: { company: "Followthrough", product: "follow-up plan" }, ttl: 60 * 60 });
  const forWhom = (name: string | null) => (seesSeveralClients(actor) && name ? ` (${name})` : "");
  for (const i of interviews) {
    calendar.createEvent({
      id: `interview-${i.id}@followthrough`,
      start: i.startsAt,
      end: new Date(i.startsAt.getTime() + i.durationMinutes * 60_000),
      summary: `Interview: ${i.company}, ${i.jobTitle}${forWhom(i.client.name)}`,
      location: i.location ?? undefined,
      url: buildAppUrl(`/interviews/${i.id}`),
      timezone: "UTC",
    });
  }
  for (const t of tasks) {
    calendar.createEvent({
      id: `task-${t.id}@followthrough`,
      start: t.dueAt,
      end: new Date(t.dueAt.getTime() + 15 * 60_000),
      summary: `${t.title}${forWhom(t.interview.client.name)}`,
      description: `Follow-up for ${t.interview.company}.`,
      url: buildAppUrl(`/interviews/${t.interview.id}`),
      timezone: "UTC",
    });
  }
  return calendar.toString();
}
