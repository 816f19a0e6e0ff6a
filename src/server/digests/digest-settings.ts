import "server-only";
import { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { buildAppUrl } from "@/server/config";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { composeClientDigest, composeCoachDigest } from "./compose-digest";
import { loadDigestData } from "./load-digest-data";
import { renderDigest } from "./render-digest";
import { buildUnsubscribePageUrl } from "./unsubscribe-link";

export const digestSettingsInput = z
  .object({
    enabled: z.boolean(),
    weekday: z.number().int().min(1, "Choose a weekday.").max(7, "Choose a weekday."),
    hour: z.number().int().min(0, "Choose an hour from 0 to 23.").max(23, "Choose an hour from 0 to 23."),
    always: z.boolean(),
  })
  .strict();
export type DigestSettings = z.infer<typeof digestSettingsInput>;

export async function getDigestSettings(db: Db, actor: Actor): Promise<DigestSettings> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { digestEnabled: true, digestWeekday: true, digestHour: true, digestAlways: true } });
  return { enabled: user.digestEnabled, weekday: user.digestWeekday, hour: user.digestHour, always: user.digestAlways };
}

/** The user's latest digest, when the provider refused it (its address, say): Settings says so, until one goes. */
export async function findLastDigestFailure(db: Db, actor: Actor): Promise<{ isoWeek: string; reason: string } | null> {
  const last = await db.digest.findFirst({
    where: { userId: actor.id, status: { in: ["SENT", "FAILED"] } },
    orderBy: { createdAt: "desc" },
    select: { status: true, isoWeek: true, failureReason: true },
  });
  return last?.status === "FAILED" ? { isoWeek: last.isoWeek, reason: last.failureReason ?? "The mail provider refused it." } : null;
}

/** The user's own digest: on or off (turning it back on after an unsubscribe), its day and hour, and "always send". */
export async function saveDigestSettings(db: Db, actor: Actor, input: z.infer<typeof digestSettingsInput>): Promise<DigestSettings> {
  await db.user.update({
    where: { id: actor.id },
    data: { digestEnabled: input.enabled, digestWeekday: input.weekday, digestHour: input.hour, digestAlways: input.always },
  });
  return input;
}

/** The user's digest as it would be composed now, for the preview page. */
export async function previewDigest(db: Db, actor: Actor, now: Date) {
  const loaded = (await loadDigestData(db, [actor.id], now)).get(actor.id);
  if (!loaded) throw new NotFoundError("Digest");
  const digest = loaded.data.kind === "CLIENT" ? composeClientDigest(loaded.data.value, now) : composeCoachDigest(loaded.data.value, now);
  const rendered = await renderDigest(digest, { appUrl: buildAppUrl("/"), settingsUrl: buildAppUrl("/settings"), unsubscribeUrl: buildUnsubscribePageUrl(actor.id, now) });
  return { ...rendered, isEmpty: digest.isEmpty };
}
