/** Words for the Outcomes page's figures, shared by the page (server) and its charts (browser). */

export type RateView = { count: number; of: number; percent: number | null };

export const THANKS_TIMING_LABELS = {
  SAME_DAY: "Same day",
  NEXT_DAY: "Next day",
  LATER: "Later",
  NEVER: "Never",
} as const;

export const DECISION_TIMING_LABELS = {
  EARLY: "Before the date",
  ON_DATE: "On the date",
  LATE_1_3: "1–3 days late",
  LATE_4_7: "4–7 days late",
  LATE_8_PLUS: "More than a week late",
} as const;

/**
 * "3 of 12 (25%)", or below the minimum sample the counts alone and why there is no rate:
 * "3 of 4 · Too few interviews to show a rate (4)".
 */
export function describeRate(rate: RateView, noun = "interviews"): string {
  if (rate.percent === null) return `${rate.count} of ${rate.of} · Too few ${noun} to show a rate (${rate.of})`;
  return `${rate.count} of ${rate.of} (${rate.percent}%)`;
}

/** "1 time", "4 times". */
export function times(count: number): string {
  return count === 1 ? "once" : `${count} times`;
}

/** "1 follow-up", "3 follow-ups". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
