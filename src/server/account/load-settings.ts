import "server-only";
import type { Actor } from "@/server/access/actor";
import { hasDueTodayReminders, practicesOwnedBy } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { findLastDigestFailure, getDigestSettings } from "@/server/digests/digest-settings";
import { getDueTodayReminders } from "@/server/email/manage-emails";
import { getPracticeSettings } from "@/server/practices/practice-settings";
import { clientReplanScope, getReplanProgress, practiceReplanScope, type ReplanScope } from "@/server/tasks/replan-in-batches";
import { getProfile } from "./manage-profile";

/**
 * Everything the settings page shows, read side by side: the profile, the weekly digest (and its last failure),
 * a client's due-today reminders, the planning settings of each practice the actor owns, and the progress of the
 * re-plan that follows a change of the actor's zone (`profile.replan`) or of a practice's settings (`practice.replan`).
 */
export async function loadSettings(db: Db, actor: Actor) {
  const owned = practicesOwnedBy(actor).map((p) => p.practiceId);
  const scopes: ReplanScope[] = [clientReplanScope(actor.id), ...owned.map(practiceReplanScope)];
  const [profile, digest, digestFailure, reminders, practices, replans] = await Promise.all([
    getProfile(db, actor),
    getDigestSettings(db, actor),
    findLastDigestFailure(db, actor),
    hasDueTodayReminders(actor) ? getDueTodayReminders(db, actor) : null,
    Promise.all(owned.map((practiceId) => getPracticeSettings(db, actor, practiceId))),
    getReplanProgress(db, scopes),
  ]);
  return {
    profile: { ...profile, replan: replans.get(clientReplanScope(actor.id)) ?? null },
    digest,
    digestFailure,
    reminders,
    practices: practices.map((practice) => ({ ...practice, replan: replans.get(practiceReplanScope(practice.id)) ?? null })),
  };
}
