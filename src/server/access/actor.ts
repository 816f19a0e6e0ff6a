import "server-only";
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

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      timeZone: true,
      practiceMembership: {
        orderBy: { joinedAt: "asc" },
        select: { practice: { select: { id: true, name: true, ownerId: true } } },
      },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timeZone: user.timeZone,
    practices: user.practiceMembership.map(({ practice }) => ({
      practiceId: practice.id,
      practiceName: practice.name,
      isOwner: practice.ownerId === user.id,
    })),
  };
}
