import "server-only";
const LETTER_KINDS = new Set(["THANK_YOU_LETTER"]);

/** Letters and cards go by post; every other kind of draft is an email. */
export function isLetterKind(kind: string): boolean {
  return LETTER_KINDS.has(kind);
}
