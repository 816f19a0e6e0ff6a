import "server-only";
import { z } from "zod";
import { emailAddress, text, timeZoneSchema } from "@/lib/validation/fields";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { canBecomeCoach } from "@/server/access/policy";
import { ConflictError } from "@/server/errors";
import { createDefaultTemplates } from "@/server/templates/manage-templates";

export const createPracticeInput = z
  .object({
    name: text({ max: 120, required: "Give the practice a name" }).min(2, "Give the practice a name"),
    ownerEmail: emailAddress,
    ownerName: text({ max: 120, required: "Enter the owner's name" }),
    ownerTimeZone: timeZoneSchema.default("America/New_York"),
  })
  .strict();

/** "Northstar Career Coaching" → "northstar-career-coaching" (the practice's unique slug). */
export function slugifyPracticeName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "practice";
}

/**
 * A new practice with its owner (input parsed at the edge with createPracticeInput), the one way a practice comes to exist outside the demo
 * (`npm run practice:create`, and the web sign-up in practice-sign-up.ts). The owner is a coach
 * account, new or existing, who can then sign in and invite coaches and clients. The practice
 * starts with the default templates. All or nothing, with `alsoInTransaction` (the web sign-up
 * uses up its request there).
 */
export async function createPractice(db: Db, input: z.output<typeof createPracticeInput>, alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>) {
  return db.$transaction(async (tx) => {
    await alsoInTransaction?.(tx);
    const existing = await tx.user.findUnique({
      where: { email: input.ownerEmail },
      select: { id: true, role: true, name: true, _count: { select: { interviews: true, clientOf: true } } },
    });
    if (existing && !canBecomeCoach(existing)) {
      throw new ConflictError(`${input.ownerEmail} is a client's account and cannot own a practice.`);
    }
    const owner = existing
      ? await tx.user.update({
          where: { id: existing.id },
          // An account that was never named is the one signing-in just made: it takes the owner's name and zone.
          data: { role: "COACH", ...(existing.name ? {} : { name: input.ownerName, timeZone: input.ownerTimeZone }) },
          select: { id: true },
        })
      : await tx.user.create({ data: { email: input.ownerEmail, name: input.ownerName, role: "COACH", timeZone: input.ownerTimeZone }, select: { id: true } });

    // The first free slug: the name's, then with -2, -3…
    const base = slugifyPracticeName(input.name);
    const taken = new Set((await tx.practice.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;

    const practice = await tx.practice.create({
      data: { name: input.name, slug, ownerId: owner.id, coaches: { create: { coachId: owner.id } } },
      select: { id: true, name: true, slug: true },
    });
    await createDefaultTemplates(tx, practice.id);
    return { practice, ownerId: owner.id, ownerEmail: input.ownerEmail, ownerExisted: existing !== null };
  });
}
