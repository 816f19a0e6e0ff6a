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

/*
 * Each measure reads the client's row of "ClientSummary" (`s`), kept by triggers on every write of interviews,
 * tasks, notes and calls (migration client_summaries), so sorting or filtering a whole practice reads one row per
 * client instead of its interviews and tasks. What depends on "now" is worked out here, against the stored values.
 */
function measures(now: Date) {
  return {
    // The open tasks' due times, compared with now; only clients whose earliest is past are counted.
    overdue: Prisma.sql`CASE WHEN s."nextOpenDueAt" < ${now} THEN (SELECT count(*)::int FROM unnest(s."openDueAts") d WHERE d < ${now}) ELSE 0 END`,
    // Today in the client's own zone, as the planner counts days (R-timeline: a decision "today" is still ahead).
    decision: Prisma.sql`(SELECT min(d) FROM unnest(s."decisionDates") d WHERE d >= (${now}::timestamptz AT TIME ZONE u."timeZone")::date)`,
    // The summary holds what every reader may see; the viewer's own private notes count for them too.
    activity: Prisma.sql`GREATEST(s."lastActivityAt", own."lastNoteAt")`,
  };
}

/** The latest private note the viewer wrote, per client (`visibleNotesSql`: shared notes are in the summary). */
function ownPrivateNotes(actor: Actor) {
  return Prisma.sql`LEFT JOIN (
    SELECT i."clientId", max(n."createdAt") AS "lastNoteAt"
    FROM "DebriefNote" n JOIN "Interview" i ON i.id = n."interviewId"
    WHERE n.visibility = 'PRIVATE' AND ${visibleNotesSql(actor)}
    GROUP BY i."clientId"
  ) own ON own."clientId" = u.id`;
}

/**
 * Each sort as a non-null SQL key (so keyset comparisons never meet NULL) with the id after
 * it: ties keep one order, and a page starts exactly after the previous page's last row.
 */
function orders(now: Date): Record<ClientSort, Order> {
  const measure = measures(now);
  return {
    name: { direction: "ASC", key: Prisma.sql`lower(COALESCE(u.name, u.email))`, cast: Prisma.sql`text` },
    overdue: { direction: "DESC", key: measure.overdue, cast: Prisma.sql`int` },
    decision: { direction: "ASC", key: Prisma.sql`COALESCE(${measure.decision}, 'infinity'::date)`, cast: Prisma.sql`date` },
    activity: { direction: "ASC", key: Prisma.sql`COALESCE(${measure.activity}, '-infinity'::timestamptz)`, cast: Prisma.sql`timestamptz` },
  };
}

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

function filters(now: Date): Record<ClientFilter, Prisma.Sql> {
  return {
    all: Prisma.sql`true`,
    // Indexed: a client has overdue work exactly when their earliest open task is due before now.
    overdue: Prisma.sql`s."nextOpenDueAt" < ${now}`,
    cold: Prisma.sql`s."coldLeads" > 0`,
    attention: Prisma.sql`(s."nextOpenDueAt" < ${now} OR s."coldLeads" > 0)`,
  };
}

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
  const order = orders(now)[input.sort];
  const measure = measures(now);
  const search = input.search ? Prisma.sql`AND (u.name ILIKE ${containsPattern(input.search)} OR u.email ILIKE ${containsPattern(input.search)})` : Prisma.empty;
  const after = input.cursor ? decodeClientCursor(input.sort, input.cursor) : null;
  const comparison = order.direction === "ASC" ? Prisma.sql`>` : Prisma.sql`<`;
  const keyset = after ? Prisma.sql`AND (${order.key}, u.id) ${comparison} (${after.key}::${order.cast}, ${after.id})` : Prisma.empty;
  const direction = Prisma.raw(order.direction);
  const summary = Prisma.sql`LEFT JOIN "ClientSummary" s ON s."clientId" = u.id`;

  // The page's ids first (reading only the summary rows and, for activity, the viewer's private notes), then every measure for those rows.
  const rows = await db.$queryRaw<(ClientHealth & { sortKey: string })[]>`
    WITH page AS MATERIALIZED (
      SELECT u.id, ${order.key} AS "sortKey"
      FROM "User" u ${summary} ${input.sort === "activity" ? ownPrivateNotes(actor) : Prisma.empty}
      WHERE ${readableClientsSql(actor)} ${search} AND ${filters(now)[input.filter]} ${keyset}
      ORDER BY "sortKey" ${direction}, u.id ${direction}
      LIMIT ${input.limit + 1}
    )
    SELECT u.id, u.name, u.email, u."timeZone", COALESCE(s."interviewCount", 0) AS "interviewCount",
           ${measure.overdue} AS "overdueCount", COALESCE(s."coldLeads", 0) AS "coldLeads",
           to_char(${measure.decision}, 'YYYY-MM-DD') AS "nextDecision", ${measure.activity} AS "lastActivity",
           page."sortKey"::text AS "sortKey"
    FROM page JOIN "User" u ON u.id = page.id ${summary} ${ownPrivateNotes(actor)}
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
