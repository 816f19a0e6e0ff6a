/**
 * R01's near-duplicate check: each note to a person on the same interview must be
 * personal. Notes are compared as sets of word shingles (runs of SHINGLE_SIZE words),
 * after the names of the people involved are replaced by one token, so swapping the
 * names does not make two notes different, and changing one sentence does not either.
 */
import "server-only";
export const SHINGLE_SIZE = 3;
/** Jaccard similarity at or above which two notes count as near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** A sentence is a "matching passage" when this share of its shingles appear in the other note. */
const PASSAGE_OVERLAP = 0.7;

export type SimilarityResult = { similarity: number; nearDuplicate: boolean; matchingPassages: string[] };

function normalizeWords(text: string, names: ReadonlySet<string>): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((word) => (names.has(word) ? "‹name›" : word));
}

function shingles(words: string[]): Set<string> {
  if (words.length < SHINGLE_SIZE) return new Set(words.length ? [words.join(" ")] : []);
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i += 1) result.add(words.slice(i, i + SHINGLE_SIZE).join(" "));
  return result;
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= SHINGLE_SIZE);
}

/** The name words to neutralise: every word of every person's name (and the client's). */
export function toNameSet(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => normalizeWords(name, new Set())).filter((w) => w.length > 1));
}

export function compareNotes(a: string, b: string, names: ReadonlySet<string> = new Set()): SimilarityResult {
  const shinglesA = shingles(normalizeWords(a, names));
  const shinglesB = shingles(normalizeWords(b, names));
  const union = new Set([...shinglesA, ...shinglesB]);
  const shared = [...shinglesA].filter((s) => shinglesB.has(s)).length;
  const similarity = union.size === 0 ? 0 : shared / union.size;
  const matchingPassages = splitSentences(a).filter((sentence) => {
    const own = shingles(normalizeWords(sentence, names));
    const found = [...own].filter((s) => shinglesB.has(s)).length;
    return own.size > 0 && found / own.size >= PASSAGE_OVERLAP;
  });
  return { similarity, nearDuplicate: similarity >= NEAR_DUPLICATE_THRESHOLD, matchingPassages };
}
