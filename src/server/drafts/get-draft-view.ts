import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { loadSendContext } from "@/server/email/manage-emails";
import { findSendBlocker } from "@/server/email/send-blocker";
import { isLetterKind } from "./draft-kinds";
import { getDraft } from "./manage-drafts";
import { describeUnfinished } from "./unfinished-passages";

type Draft = Awaited<ReturnType<typeof getDraft>>;

/**
 * A draft as its page shows it. For an email draft the client may send, also how sending looks now:
 * the plan's presets, the time the picker starts at, and why it may not go yet (review, R01).
 */
export async function getDraftView(db: Db, actor: Actor, input: { id: string }, now: Date) {
  const draft = await getDraft(db, actor, input);
  const isEmail = !isLetterKind(draft.kind);
  const sending = isEmail && draft.canEdit ? await describeSending(db, draft, now) : null;
  return { ...draft, isEmail, sending };
}

async function describeSending(db: Db, draft: Draft, now: Date) {
  const client = { id: draft.interview.clientId, timeZone: draft.interview.client.timeZone };
  const { presets, reviewRequired } = await loadSendContext(db, client, now);
  return {
    presets,
    timeZone: client.timeZone,
    renderedAt: now,
    /** The time picker starts on the hour, an hour on, in the client's zone. */
    defaultLocalTime: format(new TZDate(now.getTime() + 3_600_000, client.timeZone), "yyyy-MM-dd'T'HH:00"),
    blockedReason: findSendBlocker({
      kind: draft.kind,
      status: draft.status,
      approvedVersion: draft.approvedVersion,
      latestVersion: draft.versions[0]!.version,
      reviewRequired,
      unexplainedNearDuplicate: draft.duplicates.length > 0 && !draft.overrideReason,
      recipient: draft.recipient ?? draft.reference,
      unfinished: describeUnfinished(draft.unfinished, "send it"),
    }),
  };
}
