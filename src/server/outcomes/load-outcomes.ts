import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/access/actor";
import { hasOutcomesByClient, readableClientsSql, readableClientsWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import {
  computeDecisions,
  computeEmails,
  computeFunnel,
  computeOnTime,
  computeThanks,
  listMonths,
  type ClientOnTimeRow,
  type DecisionRow,
  type EmailRow,
  type FunnelRow,
  type OnTimeRow,
  type ThanksRow,
} from "./outcome-figures";
import { OUTCOME_CLIENTS_PAGE_SIZE, type outcomeClientsInput, type outcomesInput } from "./outcome-schemas";

/*
 * One aggregate statement per chart, each over the clients the actor reaches (policy.ts's
 * readableClientsSql on "User" u), reading interviews by ("clientId", "startsAt" DESC, id) and their tasks
 * and emails by their own indexes. Dates are the client's calendar: every "day" below is taken in
 * the zone of the client whose interview it is. See docs/PERFORMANCE.md, "Outcomes".
 */

/** The day the interview ended, in its client's calendar. */
const END_DAY = Prisma.sql`((i."startsAt" + i."durationMinutes" * interval '1 minute') AT TIME ZONE u."timeZone")::date`;

/** Interviews by the month they happened in (client's zone), stage and outcome, over the months shown. */
function loadFunnelRows(db: Db, scope: Prisma.Sql, now: Date, timeZone: string) {
  // A day before the first month starts in any zone; months outside the list are dropped by computeFunnel.
  const from = new Date(Date.parse(`${listMonths(now, timeZone)[0]}-01T00:00:00Z`) - 86_400_000);
  return db.$queryRaw<FunnelRow[]>`
    SELECT to_char(i."startsAt" AT TIME ZONE u."timeZone", 'YYYY-MM') AS month, i.stage::text AS stage, i.outcome::text AS outcome, count(*)::int AS count
    FROM "User" u JOIN "Interview" i ON i."clientId" = u.id
    WHERE ${scope} AND i."startsAt" >= ${from} AND i."startsAt" <= ${now}
    GROUP BY 1, 2, 3`;
}

/**
 * Per interview with thank-you tasks (one per interviewer, R01): the days from the day it ended to
 * the day its last interviewer was thanked, i.e. the earliest of the task marked done and its email
 * sent; null when any thank-you was never done (still open, or skipped). Then counted by outcome.
 * Set-based (hash joins and one grouping) rather than a subquery per interview and per task: the
 * per-row form took over 50 s for a 10,000-client practice (docs/PERFORMANCE.md, "Outcomes").
 */
function loadThanksRows(db: Db, scope: Prisma.Sql, now: Date) {
  const thankedAt = Prisma.sql`LEAST(CASE WHEN t.status = 'DONE' THEN t."completedAt" END, s."sentAt")`;
  return db.$queryRaw<ThanksRow[]>`
    WITH sent AS (
      SELECT e."taskId", min(e."sentAt") AS "sentAt"
      FROM "User" u JOIN "Email" e ON e."clientId" = u.id
      WHERE ${scope} AND e."taskId" IS NOT NULL AND e."sentAt" IS NOT NULL
      GROUP BY 1
    ), per_interview AS (
      SELECT i.outcome,
             count(*) FILTER (WHERE ${thankedAt} IS NULL) AS unthanked,
             max((${thankedAt} AT TIME ZONE u."timeZone")::date) - min(${END_DAY}) AS days
      FROM "User" u JOIN "Interview" i ON i."clientId" = u.id
      JOIN "FollowUpTask" t ON t."interviewId" = i.id AND t.kind = 'THANK_YOU'
      LEFT JOIN sent s ON s."taskId" = t.id
      WHERE ${scope} AND i."startsAt" <= ${now}
      GROUP BY i.id, i.outcome
    )
    SELECT outcome::text AS outcome, CASE WHEN unthanked > 0 THEN NULL ELSE LEAST(days, 30) END AS "daysToThanks", count(*)::int AS count
    FROM per_interview
    GROUP BY 1, 2`;
}

/**
 * A follow-up is due once its planned time (before any snooze) has passed, unless it was skipped; it
 * was done on time when it was done by the end of that day, in the client's zone.
 */
function dueTasksJoin(now: Date) {
  return Prisma.sql`JOIN "FollowUpTask" t ON t."interviewId" = i.id AND t.status <> 'SKIPPED' AND COALESCE(t."snoozedFrom", t."dueAt") <= ${now}`;
}
const ON_TIME_COUNTS = Prisma.sql`count(*)::int AS due,
  count(*) FILTER (
    WHERE t.status = 'DONE' AND (t."completedAt" AT TIME ZONE u."timeZone")::date <= (COALESCE(t."snoozedFrom", t."dueAt") AT TIME ZONE u."timeZone")::date
  )::int AS "onTime"`;

async function loadOnTimeTotal(db: Db, scope: Prisma.Sql, now: Date): Promise<OnTimeRow> {
  const rows = await db.$queryRaw<OnTimeRow[]>`
    SELECT ${ON_TIME_COUNTS}
    FROM "User" u JOIN "Interview" i ON i."clientId" = u.id ${dueTasksJoin(now)}
    WHERE ${scope}`;
  return rows[0] ?? { due: 0, onTime: 0 };
}

/** Emails the client's drafts sent, by the draft's kind, with what Resend's webhooks reported about them. */
function loadEmailRows(db: Db, scope: Prisma.Sql) {
  return db.$queryRaw<EmailRow[]>`
    SELECT d.kind::text AS kind, count(*)::int AS sent, count(e."deliveredAt")::int AS delivered,
           count(e."bouncedAt")::int AS bounced, count(*) FILTER (WHERE e.status = 'COMPLAINED')::int AS complained
    FROM "User" u JOIN "Email" e ON e."clientId" = u.id JOIN "Draft" d ON d.id = e."draftId"
    WHERE ${scope} AND e.kind = 'DRAFT' AND e."sentAt" IS NOT NULL
    GROUP BY 1`;
}

/**
 * Interviews where the employer gave a decision date: days to that date and to the day the outcome
 * was recorded (decidedAt), and those still waiting once the date has passed (actualDays null).
 */
function loadDecisionRows(db: Db, scope: Prisma.Sql, now: Date) {
  return db.$queryRaw<DecisionRow[]>`
    SELECT (i."timelineDate" - ${END_DAY})::int AS "promisedDays",
           ((i."decidedAt" AT TIME ZONE u."timeZone")::date - ${END_DAY})::int AS "actualDays",
           count(*)::int AS count
    FROM "User" u JOIN "Interview" i ON i."clientId" = u.id
    WHERE ${scope} AND i."timelineKind" = 'DECISION' AND i."timelineDate" IS NOT NULL
      AND (i."decidedAt" IS NOT NULL OR (i.outcome = 'WAITING' AND i."timelineDate" < (${now}::timestamptz AT TIME ZONE u."timeZone")::date))
    GROUP BY 1, 2`;
}

/** The clients in view: the actor's (policy.ts), or one of them, which must be in view (else NOT_FOUND). */
async function resolveScope(db: Db, actor: Actor, clientId: string | null | undefined) {
  if (!clientId) return { scope: readableClientsSql(actor), client: null };
  const client = await db.user.findFirst({ where: { AND: [{ id: clientId }, readableClientsWhere(actor)] }, select: { id: true, name: true, email: true } });
  if (!client) throw new NotFoundError("Client");
  return { scope: Prisma.sql`${readableClientsSql(actor)} AND u.id = ${client.id}`, client };
}

/**
 * Every figure of the Outcomes page: a practice owner's whole practice, a coach's clients, a
 * client's own (shown as encouragement, never as a score: see the page), or one client of a coach's.
 */
export async function getOutcomes(db: Db, actor: Actor, now: Date, input: z.output<typeof outcomesInput>) {
  const { scope, client } = await resolveScope(db, actor, input.clientId);
  const [funnelRows, thanksRows, onTime, emailRows, decisionRows] = await Promise.all([
    loadFunnelRows(db, scope, now, actor.timeZone),
    loadThanksRows(db, scope, now),
    loadOnTimeTotal(db, scope, now),
    loadEmailRows(db, scope),
    loadDecisionRows(db, scope, now),
  ]);
  return {
    view: hasOutcomesByClient(actor) ? ("practice" as const) : ("own" as const),
    client,
    funnel: computeFunnel(funnelRows, now, actor.timeZone),
    thanks: computeThanks(thanksRows),
    onTime: computeOnTime(onTime),
    emails: computeEmails(emailRows),
    decisions: computeDecisions(decisionRows),
  };
}

/**
 * The on-time share per client, a page at a time by name: the page's clients are picked first,
 * then their follow-ups counted, so a page costs the same however many clients there are.
 */
export async function getOutcomeClients(db: Db, actor: Actor, now: Date, input: z.output<typeof outcomeClientsInput>) {
  if (!hasOutcomesByClient(actor)) throw new NotFoundError("Outcomes by client");
  const rows = await db.$queryRaw<ClientOnTimeRow[]>`
    WITH page AS MATERIALIZED (
      SELECT u.id FROM "User" u WHERE ${readableClientsSql(actor)}
      ORDER BY lower(COALESCE(u.name, u.email)), u.id
      LIMIT ${OUTCOME_CLIENTS_PAGE_SIZE + 1} OFFSET ${(input.page - 1) * OUTCOME_CLIENTS_PAGE_SIZE}
    )
    SELECT u.id, u.name, u.email, COALESCE(ot.due, 0)::int AS due, COALESCE(ot."onTime", 0)::int AS "onTime"
    FROM page JOIN "User" u ON u.id = page.id
    LEFT JOIN LATERAL (
      SELECT ${ON_TIME_COUNTS}
      FROM "Interview" i ${dueTasksJoin(now)}
      WHERE i."clientId" = u.id
    ) ot ON true
    ORDER BY lower(COALESCE(u.name, u.email)), u.id`;
  return {
    page: input.page,
    hasNext: rows.length > OUTCOME_CLIENTS_PAGE_SIZE,
    clients: rows.slice(0, OUTCOME_CLIENTS_PAGE_SIZE).map((row) => ({ id: row.id, name: row.name, email: row.email, onTime: computeOnTime(row) })),
  };
}

export type Outcomes = Awaited<ReturnType<typeof getOutcomes>>;
export type OutcomeClients = Awaited<ReturnType<typeof getOutcomeClients>>;
