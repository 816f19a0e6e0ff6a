import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import type { Role } from "@/generated/prisma/enums";

/** The signed-in person, as the database says now: roles are never taken from the cookie. */
export type Actor = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  timeZone: string;
  /** Practices this coach belongs to, and whether they own each. Empty for clients. */
  practices: { practiceId: string; practiceName: string; isOwner: boolean }[];
};

type ActorRow = Omit<Actor, "practices"> & { practices: Actor["practices"] | null };

/**
 * The actor's columns and memberships (oldest first) for a "User" row aliased `u`: one statement,
 * where Prisma's nested select sends one per relation.
 */
const actorColumns = Prisma.sql`u.id, u.email, u.name, u.role, u."timeZone",
  (SELECT json_agg(json_build_object('practiceId', p.id, 'practiceName', p.name, 'isOwner', p."ownerId" = u.id) ORDER BY m."joinedAt", p.id)
     FROM "PracticeCoach" m JOIN "Practice" p ON p.id = m."practiceId" WHERE m."coachId" = u.id) AS practices`;

function toActor(row: ActorRow): Actor {
  return { ...row, practices: row.practices ?? [] };
}

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [row] = await db.$queryRaw<ActorRow[]>`SELECT ${actorColumns} FROM "User" u WHERE u.id = ${userId}`;
  return row ? toActor(row) : null;
}

/**
 * The actor of a next-auth database session and the session's expiry, in one statement: the
 * request's only read before its own data (the session callback and loadActor took four).
 */
export async function loadSessionActor(db: Db, sessionToken: string): Promise<{ actor: Actor; expires: Date } | null> {
  const [row] = await db.$queryRaw<(ActorRow & { expires: Date })[]>`
    SELECT s.expires, ${actorColumns} FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."sessionToken" = ${sessionToken}`;
  if (!row) return null;
  const { expires, ...actor } = row;
  return { actor: toActor(actor), expires };
}
