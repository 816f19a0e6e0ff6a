import "server-only";
import { BadInputError } from "@/server/errors";

/**
 * What counts as unfinished in a draft, in one place: the server refuses to submit, approve,
 * send or print while any is left, and the draft page shows (and marks) the same passages.
 *  - a template's bracketed prompt, "[Say in one or two sentences why you fit …]", for the
 *    client to replace with their own words;
 *  - a placeholder or tag that was never filled in, "{{ recipient.firstName }}" or "{% if … %}".
 */
const UNFINISHED = [
  { pattern: /\[[^[\]\n]*[A-Za-z][^[\]\n]*\]/g, why: "a prompt from the template: replace it with your own words" },
  { pattern: /\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}/g, why: "a placeholder that was not filled in" },
] as const;

export type UnfinishedPassage = { field: "subject" | "body"; text: string; start: number; end: number; why: string };

/** Every unfinished passage of the subject and the body, in reading order, with its offsets in that field. */
export function findUnfinishedPassages(draft: { subject: string; body: string }): UnfinishedPassage[] {
  const found: UnfinishedPassage[] = [];
  for (const field of ["subject", "body"] as const) {
    for (const { pattern, why } of UNFINISHED) {
      for (const match of draft[field].matchAll(pattern)) {
        found.push({ field, text: match[0], start: match.index, end: match.index + match[0].length, why });
      }
    }
  }
  found.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "subject" ? -1 : 1));
  // A placeholder inside a prompt ("[Thank {{ name }}]") is one passage: the outer one.
  return found.filter((p, i) => !found.slice(0, i).some((q) => q.field === p.field && p.start < q.end));
}

/** A passage as a message quotes it: long prompts are cut to their first words. */
function quote(text: string): string {
  return text.length <= 60 ? `"${text}"` : `"${text.slice(0, 57).trimEnd()}…"`;
}

/** Why a draft is not finished, naming its first unfinished passage; null when it is finished. */
export function describeUnfinished(passages: UnfinishedPassage[], action: string): string | null {
  const [first, ...rest] = passages;
  if (!first) return null;
  const more = rest.length === 0 ? "" : rest.length === 1 ? " (and 1 more passage)" : ` (and ${rest.length} more passages)`;
  return `Finish the draft before you ${action}: the ${first.field} still has ${quote(first.text)}${more}, ${first.why}.`;
}

/**
 * Refuses (400) a draft that still has an unfinished passage, so a letter never goes out (or
 * to review) with a template's prompt in it.
 */
export function assertDraftFinished(draft: { subject: string; body: string }, action: string): void {
  const reason = describeUnfinished(findUnfinishedPassages(draft), action);
  if (reason) throw new BadInputError(reason);
}
