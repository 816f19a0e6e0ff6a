import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/access/actor";
import { hasCoachDashboard, readableClientsSql, visibleNotesSql } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { BadInputError } from "@/server/errors";
import { isRealCivilDate, recordId } from "@/lib/validation/fields";
import { DEFAULT_COACH_VIEW, type ClientFilter, type ClientSort, type CoachDashboardView } from "./dashboard-schemas";

/** One row of the coach's client list: who, and their follow-up health. */
export type ClientHealth = {
  id: string;
  name: string | null;
  email: string;
  timeZone: string;
  interviewCount: number;
  overdueCount: number;
  coldLeads: number;
  /** The nearest decision or next round on or after today in the client's own zone, "YYYY-MM-DD". */
  nextDecision: string | null;
  lastActivity: Date | null;
};

type Order = { direction: "ASC" | "DESC"; key: Prisma.Sql; cast: Prisma.Sql };

/**
 * Each sort as a non-null SQL key (so keyset comparisons never meet NULL) with the id after
 * it: ties keep one order, and a page starts exactly after the previous page's last row.
 */
const ORDERS: Record<ClientSort, Order> = {
  name: { direction: "ASC", key: Prisma.sql`lower(COALESCE(u.name, u.email))`, cast: Prisma.sql`text` },
  overdue: { direction: "DESC", key: Prisma.sql`od."overdueCount"`, cast: Prisma.sql`int` },
  decision: { direction: "ASC", key: Prisma.sql`COALESCE(iv."nextDecision", 'infinity'::date)`, cast: Prisma.sql`date` },
  activity: { direction: "ASC", key: Prisma.sql`COALESCE(act."lastActivity", '-infinity'::timestamptz)`, cast: Prisma.sql`timestamptz` },
};

// What each sort key must look like before it reaches a cast in SQL: a bad cursor is a 400, never a 500.
const KEY_SHAPES: Record<ClientSort, (key: string) => boolean> = {
  name: (key) => key.length <= 1000,
  overdue: (key) => /^\d{1,9}$/.test(key),
  decision: (key) => key === "infinity" || isRealCivilDate(key),
  // PostgreSQL's own text form of the timestamp, offset included, so it reads back to the same instant.
  activity: (key) => key === "-infinity" || /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(key),
};

const BAD_CURSOR = "This page of clients is out of date: start again from the first page.";

/** The position after a row: its sort key as PostgreSQL wrote it (so collation and precision round-trip) and its id. */
function encodeClientCursor(sort: ClientSort, sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, sortKey, id])).toString("base64url");
}

function decodeClientCursor(sort: ClientSort, cursor: string): { key: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new BadInputError(BAD_CURSOR);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort) throw new BadInputError(BAD_CURSOR);
  const [, key, id] = parsed as unknown[];
  if (typeof key !== "string" || !KEY_SHAPES[sort](key) || !recordId.safeParse(id).success) throw new BadInputError(BAD_CURSOR);
  return { key, id: id as string };
}

/*
 * The client's health, one lateral subquery per measure so a page computes it for its own
 * rows only. Each reads the client's interviews by ("clientId", …) and their rows by
 * ("interviewId", …) indexes (see docs/PERFORMANCE.md, "Dashboards").
 */
function interviewStats(now: Date) {
  // Today in the client's own zone, as the planner counts days (R-timeline: a decision "today" is still ahead).
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT count(*)::int AS "interviewCount",
           count(i."coldAt")::int AS "coldLeads",
           min(i."timelineDate") FILTER (
             WHERE i."timelineKind" <> 'NONE' AND i."timelineDate" >= (${now}::timestamptz AT TIME ZONE u."timeZone")::date
           ) AS "nextDecision"
    FROM "Interview" i WHERE i."clientId" = u.id
  ) iv ON true`;
}

function overdueStats(now: Date) {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT count(*)::int AS "overdueCount"
    FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
    WHERE i."clientId" = u.id AND t.status = 'OPEN' AND t."dueAt" < ${now}
  ) od ON true`;
}

/** The latest of: an interview changed, a task done or skipped, a note the actor may read, a call logged. */
function activityStats(actor: Actor) {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT GREATEST(
      (SELECT max(i."updatedAt") FROM "Interview" i WHERE i."clientId" = u.id),
      (SELECT max(t."completedAt") FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId" WHERE i."clientId" = u.id),
      (SELECT max(n."createdAt") FROM "DebriefNote" n JOIN "Interview" i ON i.id = n."interviewId" WHERE i."clientId" = u.id AND ${visibleNotesSql(actor)}),
      (SELECT max(c."createdAt") FROM "CallLog" c JOIN "Interview" i ON i.id = c."interviewId" WHERE i."clientId" = u.id)
    ) AS "lastActivity"
  ) act ON true`;
}

const FILTERS: Record<ClientFilter, { needs: ("iv" | "od")[]; where: Prisma.Sql }> = {
  all: { needs: [], where: Prisma.sql`true` },
  overdue: { needs: ["od"], where: Prisma.sql`od."overdueCount" > 0` },
  cold: { needs: ["iv"], where: Prisma.sql`iv."coldLeads" > 0` },
  attention: { needs: ["iv", "od"], where: Prisma.sql`(od."overdueCount" > 0 OR iv."coldLeads" > 0)` },
};

const SORT_NEEDS: Record<ClientSort, ("iv" | "od" | "act")[]> = { name: [], overdue: ["od"], decision: ["iv"], activity: ["act"] };

/** LIKE's wildcards typed by the person are matched literally. */
function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of the clients a coach reaches (a practice owner: every client of the practice),
 * with their health, searched, filtered, sorted and paged in SQL: one statement
 * whatever the number of clients, interviews or tasks.
 */
export async function getCoachDashboard(db: Db, actor: Actor, now: Date, input: CoachDashboardView = DEFAULT_COACH_VIEW) {
  if (!hasCoachDashboard(actor)) return { clients: [] as ClientHealth[], nextCursor: null };
  const order = ORDERS[input.sort];
  const filter = FILTERS[input.filter];
  const laterals = { iv: interviewStats(now), od: overdueStats(now), act: activityStats(actor) };
  const needed = new Set([...filter.needs, ...SORT_NEEDS[input.sort]]);
  const pageJoins = (["iv", "od", "act"] as const).filter((name) => needed.has(name)).map((name) => laterals[name]);
  const search = input.search ? Prisma.sql`AND (u.name ILIKE ${containsPattern(input.search)} OR u.email ILIKE ${containsPattern(input.search)})` : Prisma.empty;
  const after = input.cursor ? decodeClientCursor(input.sort, input.cursor) : null;
  const comparison = order.direction === "ASC" ? Prisma.sql`>` : Prisma.sql`<`;
  const keyset = after ? Prisma.sql`AND (${order.key}, u.id) ${comparison} (${after.key}::${order.cast}, ${after.id})` : Prisma.empty;
  const direction = Prisma.raw(order.direction);

  // The page's ids first (with only the measures its filter and sort need), then every measure for those rows.
  const rows = await db.$queryRaw<(ClientHealth & { sortKey: string })[]>`
    WITH page AS MATERIALIZED (
      SELECT u.id, ${order.key} AS "sortKey"
      FROM "User" u ${pageJoins.length > 0 ? Prisma.join(pageJoins, " ") : Prisma.empty}
      WHERE ${readableClientsSql(actor)} ${search} AND ${filter.where} ${keyset}
      ORDER BY "sortKey" ${direction}, u.id ${direction}
      LIMIT ${input.limit + 1}
    )
    SELECT u.id, u.name, u.email, u."timeZone", iv."interviewCount", od."overdueCount", iv."coldLeads",
           to_char(iv."nextDecision", 'YYYY-MM-DD') AS "nextDecision", act."lastActivity", page."sortKey"::text AS "sortKey"
    FROM page JOIN "User" u ON u.id = page.id ${laterals.iv} ${laterals.od} ${laterals.act}
    ORDER BY page."sortKey" ${direction}, page.id ${direction}`;

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeClientCursor(input.sort, last.sortKey, last.id) : null;
  const clients: ClientHealth[] = page.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    timeZone: row.timeZone,
    interviewCount: row.interviewCount,
    overdueCount: row.overdueCount,
    coldLeads: row.coldLeads,
    nextDecision: row.nextDecision,
    lastActivity: row.lastActivity,
  }));
  return { clients, nextCursor };
}

export type CoachDashboard = Awaited<ReturnType<typeof getCoachDashboard>>;
