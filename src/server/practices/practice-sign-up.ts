import "server-only";
import { z } from "zod";
import { emailAddress, timeZoneSchema } from "@/lib/validation/fields";
import type { Actor } from "@/server/access/actor";
import { getConfig, type SignUpSetting } from "@/server/config";
import type { Db } from "@/server/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/server/errors";
import { consumeSignInEmail } from "@/server/rate-limits/rate-limits";
import { createPractice, createPracticeInput } from "./create-practice";
import { describeSignUpSetting, isSignUpAllowed } from "./sign-up-setting";

/** A sign-up waits as long as the sign-in link it comes with, and a little more to finish the form. */
export const SIGN_UP_HOURS = 24;

export const practiceSignUpInput = z
  .object({
    email: emailAddress,
    name: createPracticeInput.shape.ownerName,
    practiceName: createPracticeInput.shape.name,
    timeZone: timeZoneSchema.optional(),
  })
  .strict();

/**
 * Step one of starting a practice on the web: checks the deployment's setting, counts the
 * email against the sign-in limits, and keeps the form until the address has signed in
 * (with the link the caller then sends). The answer is the same whether or not the address
 * has an account, so the form reveals nothing; only the setting, which depends on the
 * address's domain alone, can refuse it.
 */
export async function requestPracticeSignUp(
  db: Db,
  input: z.output<typeof practiceSignUpInput>,
  context: { clientAddress: string; now: Date; setting?: SignUpSetting },
): Promise<void> {
  const setting = context.setting ?? getConfig().signUp;
  if (!isSignUpAllowed(setting, input.email)) throw new ForbiddenError(describeSignUpSetting(setting));
  await consumeSignInEmail(db, { email: input.email, clientAddress: context.clientAddress });
  const row = {
    name: input.name,
    practiceName: input.practiceName,
    timeZone: input.timeZone ?? "America/New_York",
    expiresAt: new Date(context.now.getTime() + SIGN_UP_HOURS * 3_600_000),
  };
  // Unfinished requests are cleared as new ones arrive: an address kept for a day, then forgotten.
  await db.practiceSignUp.deleteMany({ where: { expiresAt: { lte: context.now } } });
  await db.practiceSignUp.upsert({ where: { email: input.email }, create: { email: input.email, ...row }, update: row });
}


/** The signed-in person's own sign-up, for the page that finishes it; null when there is none open. */
export async function getOpenSignUp(db: Db, actor: Actor, now: Date) {
  return db.practiceSignUp.findFirst({
    where: { email: actor.email, expiresAt: { gt: now } },
    select: { practiceName: true, name: true },
  });
}

/**
 * Step two, signed in as the address that asked: the practice is created through the same
 * service as `npm run practice:create`, and the sign-up is used up in the same transaction.
 * The setting is checked again, in case the deployment closed sign-up in between.
 */
export async function finishPracticeSignUp(db: Db, actor: Actor, now: Date, setting: SignUpSetting = getConfig().signUp) {
  if (!isSignUpAllowed(setting, actor.email)) throw new ForbiddenError(describeSignUpSetting(setting));
  const signUp = await db.practiceSignUp.findFirst({ where: { email: actor.email, expiresAt: { gt: now } } });
  if (!signUp) throw new NotFoundError("Your request to start a practice");
  const created = await createPractice(
    db,
    { name: signUp.practiceName, ownerEmail: actor.email, ownerName: signUp.name, ownerTimeZone: signUp.timeZone },
    async (tx) => {
      const { count } = await tx.practiceSignUp.deleteMany({ where: { email: actor.email, expiresAt: { gt: now } } });
      if (count !== 1) throw new ConflictError("This practice was already started.");
    },
  );
  return { practiceName: created.practice.name };
}
