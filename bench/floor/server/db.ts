import pg from "pg";

// One pool per server process, as the app's Prisma client has (10 connections).
const globalForPool = globalThis as unknown as { floorPool?: pg.Pool };

export function getPool(): pg.Pool {
  globalForPool.floorPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  return globalForPool.floorPool;
}

/** The user of a next-auth database session, as the app's `auth()` reads it: one indexed lookup. */
export async function readSessionUserId(token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const { rows } = await getPool().query<{ userId: string }>(
    `SELECT s."userId" FROM "Session" s WHERE s."sessionToken" = $1 AND s.expires > now()`,
    [token],
  );
  return rows[0]?.userId ?? null;
}

export type FloorInterview = {
  id: string;
  company: string;
  jobTitle: string;
  stage: string;
  outcome: string;
  startsAt: Date;
  clientName: string | null;
  people: { id: string; name: string; role: string; title: string | null }[];
};

/**
 * The 50 most recent interviews the user reaches (their own, or their clients' for a coach),
 * with their people: one statement. (The UNION, not an OR, lets PostgreSQL use the
 * (clientId, startsAt) index instead of scanning every interview.)
 */
export async function listInterviewsBySql(userId: string, limit = 50): Promise<FloorInterview[]> {
  const { rows } = await getPool().query<FloorInterview>(
    `SELECT i.id, i.company, i."jobTitle", i.stage, i.outcome, i."startsAt", u.name AS "clientName",
            COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'role', p.role, 'title', p.title) ORDER BY p.position)
                      FROM "InterviewPerson" p WHERE p."interviewId" = i.id), '[]') AS people
     FROM "Interview" i JOIN "User" u ON u.id = i."clientId"
     WHERE i."clientId" IN (SELECT $1 UNION ALL SELECT cc."clientId" FROM "CoachClient" cc WHERE cc."coachId" = $1)
     ORDER BY i."startsAt" DESC, i.id
     LIMIT $2`,
    [userId, limit],
  );
  return rows;
}

export type FloorTask = { id: string; title: string; dueAt: Date; channel: string; company: string };

/** The user's open tasks, soonest first. */
export async function listOpenTasksBySql(userId: string): Promise<FloorTask[]> {
  const { rows } = await getPool().query<FloorTask>(
    `SELECT t.id, t.title, t."dueAt", t.channel, i.company
     FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
     WHERE i."clientId" = $1 AND t.status = 'OPEN'
     ORDER BY t."dueAt", t.id
     LIMIT 300`,
    [userId],
  );
  return rows;
}
