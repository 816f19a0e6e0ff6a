import type { callerFor } from "./callers";

/** What a client writes in place of a template's bracketed prompts before the draft may go anywhere. */
export const OWN_WORDS = "I shipped three launches like this one, on time.";

/**
 * Saves a new version of the draft with each bracketed prompt replaced by the client's own
 * words (the same words every time, so R01's near-duplicate checks still see two drafts alike).
 */
export async function fillPrompts(caller: ReturnType<typeof callerFor>, id: string, words = OWN_WORDS) {
  const { versions } = await caller.draft.get({ id });
  const { subject, body } = versions[0]!;
  await caller.draft.save({ id, subject, body: body.replace(/\[[^[\]\n]*\]/g, words) });
}
