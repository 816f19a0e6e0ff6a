import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/access/actor";
import { coachReachesClientSql } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import type { listNotificationsInput } from "./notification-schemas";

export type NewNotification = {
  userId: string;
  /** What happened, e.g. "DRAFT_APPROVED", "LEAD_COLD", "EMAIL_FAILED". */
  kind: string;
  /** One specific sentence: who did what, to which person, for which interview. */
  message: string;
  interviewId?: string | null;
  /** The page it is about; without one, the interview's page. */
  href?: string | null;
  /** The practice (tenant) whose life it tells of: clients moved, a coach gone, ownership handed on. */
  practiceId?: string | null;
  /** The client it names, for someone else: it goes when their account does. */
  aboutUserId?: string | null;
};

/** Stores in-app notifications, inside the caller's transaction, so they come and go with what they tell of. */
export async function notifyUsers(tx: DbOrTx, notifications: NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  await tx.notification.createMany({
    data: notifications.map((n) => ({
      userId: n.userId,
      kind: n.kind,
      message: n.message,
      interviewId: n.interviewId ?? null,
      href: n.href ?? (n.interviewId ? `/interviews/${n.interviewId}` : null),
      practiceId: n.practiceId ?? null,
      aboutUserId: n.aboutUserId ?? null,
    })),
  });
}

/**
 * After a change of who sees whom (clients moved, a client disconnecting, a practice handed on), drops
 * what these coaches were told about the interviews of these clients, and the linked notices naming
 * these clients, for each client they no longer reach: they would lead to a page that is not found and
 * name what is no longer theirs to read.
 */
export async function forgetNotificationsOfLostClients(tx: DbOrTx, coachIds: string[], clientIds: string[]): Promise<void> {
  if (coachIds.length === 0 || clientIds.length === 0) return;
  await tx.$executeRaw`DELETE FROM "Notification" n USING "Interview" i
    WHERE n."interviewId" = i.id AND n."userId" = ANY(${coachIds}) AND i."clientId" = ANY(${clientIds})
      AND NOT ${coachReachesClientSql(Prisma.sql`n."userId"`, Prisma.sql`i."clientId"`)}`;
  // Notices that name a client and link to them ("Jane Doe is your client now"), not about one interview. Those
  // without a link (a client disconnected, told just now) say only what happened and stay.
  await tx.$executeRaw`DELETE FROM "Notification" n
    WHERE n."aboutUserId" = ANY(${clientIds}) AND n."userId" = ANY(${coachIds}) AND n.href IS NOT NULL
      AND NOT ${coachReachesClientSql(Prisma.sql`n."userId"`, Prisma.sql`n."aboutUserId"`)}`;
}

/** "Acme, Product Designer": the interview a notification is about, as people name it. */
export function describeInterview(interview: { company: string; jobTitle?: string | null }): string {
  return interview.jobTitle ? `${interview.company}, ${interview.jobTitle}` : interview.company;
}

// Every read and write below carries the actor in its own `where`: a notification is only ever its owner's.
const ownedBy = (actor: Actor) => ({ userId: actor.id, dismissedAt: null });

/** The actor's notifications not dismissed, newest first, read ones included (shown as read): one statement a page. */
export async function listNotifications(db: Db, actor: Actor, input: z.infer<typeof listNotificationsInput>) {
  const rows = await db.notification.findMany({
    where: ownedBy(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    take: input.limit + 1,
    select: { id: true, kind: true, message: true, href: true, interviewId: true, createdAt: true, readAt: true },
  });
  const items = rows.slice(0, input.limit).map(({ interviewId, href, ...n }) => ({ ...n, href: href ?? (interviewId ? `/interviews/${interviewId}` : null) }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Marks one of the actor's own notifications read; someone else's is simply not found (nothing changes). */
export async function markNotificationRead(db: Db, actor: Actor, { id }: { id: string }, now: Date) {
  const { count } = await db.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: now } });
  return { updated: count };
}

export async function markAllNotificationsRead(db: Db, actor: Actor, now: Date) {
  const { count } = await db.notification.updateMany({ where: { ...ownedBy(actor), readAt: null }, data: { readAt: now } });
  return { updated: count };
}

/** Hides one of the actor's notifications; someone else's is not touched. */
export async function dismissNotification(db: Db, actor: Actor, { id }: { id: string }, now: Date) {
  const { count } = await db.notification.updateMany({ where: { id, ...ownedBy(actor) }, data: { dismissedAt: now } });
  return { updated: count };
}

/** Hides every notification of the actor's, and only theirs. */
export async function dismissAllNotifications(db: Db, actor: Actor, now: Date) {
  const { count } = await db.notification.updateMany({ where: ownedBy(actor), data: { dismissedAt: now } });
  return { updated: count };
}
