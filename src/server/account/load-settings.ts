import "server-only";
import type { Actor } from "@/server/access/actor";
import { hasDueTodayReminders, practicesOwnedBy } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { findLastDigestFailure, getDigestSettings } from "@/server/digests/digest-settings";
import { getDueTodayReminders } from "@/server/email/manage-emails";
import { getPracticeSettings } from "@/server/practices/practice-settings";
import { getProfile } from "./manage-profile";

/**
 * Everything the settings page shows, read side by side: the profile, the weekly digest (and its last failure),
 * a client's due-today reminders, and the planning settings of each practice the actor owns.
 */
export async function loadSettings(db: Db, actor: Actor) {
  const [profile, digest, digestFailure, reminders, practices] = await Promise.all([
    getProfile(db, actor),
    getDigestSettings(db, actor),
    findLastDigestFailure(db, actor),
    hasDueTodayReminders(actor) ? getDueTodayReminders(db, actor) : null,
    Promise.all(practicesOwnedBy(actor).map((p) => getPracticeSettings(db, actor, p.practiceId))),
  ]);
  return { profile, digest, digestFailure, reminders, practices };
}
