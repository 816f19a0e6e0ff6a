import "server-only";

/*
 * The Outcomes page's figures, worked out from the aggregate rows the database returns (see
 * load-outcomes.ts): rows in, figures out, nothing read from the clock but the `now` passed in.
 * Every rate carries its counts, and under MIN_SAMPLE there is no rate at all, only the counts.
 */

/** Below this many interviews (or follow-ups, or decisions) a rate says more about chance than habit: none is shown. */
export const MIN_SAMPLE = 10;

/** "count of total", and the percentage only when the total reaches the minimum sample. */
export type Rate = { count: number; of: number; percent: number | null };

export function rateOf(count: number, of: number, minimum = MIN_SAMPLE): Rate {
  return { count, of, percent: of >= minimum && of > 0 ? Math.round((count / of) * 100) : null };
}

export const OUTCOMES = ["WAITING", "NEXT_ROUND", "OFFER", "OFFER_SIGNED", "REJECTED", "WITHDRAWN"] as const;
export const STAGES = ["PHONE_SCREEN", "FIRST_ROUND", "SECOND_ROUND", "FINAL", "OFFER"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Stage = (typeof STAGES)[number];

/** The employer's answer is known: the client's own withdrawal is not an answer, and "waiting" has none yet. */
const KNOWN_RESULTS: ReadonlySet<Outcome> = new Set(["NEXT_ROUND", "OFFER", "OFFER_SIGNED", "REJECTED"]);
const OFFERS: ReadonlySet<Outcome> = new Set(["OFFER", "OFFER_SIGNED"]);

// ---------------------------------------------------------------------------------------------
// Interviews by month, stage and outcome (the funnel over time)

export type FunnelRow = { month: string; stage: Stage; outcome: Outcome; count: number };
export type FunnelMonth = { month: string; total: number; byOutcome: Record<Outcome, number> };
export type Funnel = { months: FunnelMonth[]; byStage: Record<Stage, number>; total: number };

export const FUNNEL_MONTHS = 12;

/** "YYYY-MM" of `now` in the zone, and the months before it. */
export function listMonths(now: Date, timeZone: string, count = FUNNEL_MONTHS): string[] {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === "year")!.value);
  const month = Number(parts.find((p) => p.type === "month")!.value);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The last twelve months in the viewer's zone, each interview counted in the month it happened in its client's zone. */
export function computeFunnel(rows: FunnelRow[], now: Date, timeZone: string): Funnel {
  const months = listMonths(now, timeZone).map((month) => ({ month, total: 0, byOutcome: zeroes(OUTCOMES) }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const byStage = zeroes(STAGES);
  let total = 0;
  for (const row of rows) {
    const month = byMonth.get(row.month);
    if (!month) continue;
    month.total += row.count;
    month.byOutcome[row.outcome] += row.count;
    byStage[row.stage] += row.count;
    total += row.count;
  }
  return { months, byStage, total };
}

// ---------------------------------------------------------------------------------------------
// Next round and offer by how the thank-yous went

export const THANKS_TIMINGS = ["SAME_DAY", "NEXT_DAY", "LATER", "NEVER"] as const;
export type ThanksTiming = (typeof THANKS_TIMINGS)[number];

/**
 * One group of interviews: its outcome, and the calendar days (client's zone) from the day the
 * interview ended to the day its last interviewer was thanked; null when someone was never thanked.
 */
export type ThanksRow = { outcome: Outcome; daysToThanks: number | null; count: number };
export type ThanksGroup = { timing: ThanksTiming; interviews: number; withResult: number; nextRound: Rate; offer: Rate };
export type ThanksFigures = { groups: ThanksGroup[]; sameDayAll: number; thankedAll: number };

export function timingOf(daysToThanks: number | null): ThanksTiming {
  if (daysToThanks === null) return "NEVER";
  if (daysToThanks <= 0) return "SAME_DAY";
  return daysToThanks === 1 ? "NEXT_DAY" : "LATER";
}

export function computeThanks(rows: ThanksRow[]): ThanksFigures {
  const tally = new Map(THANKS_TIMINGS.map((t) => [t, { interviews: 0, withResult: 0, nextRound: 0, offer: 0 }]));
  for (const row of rows) {
    const group = tally.get(timingOf(row.daysToThanks))!;
    group.interviews += row.count;
    if (!KNOWN_RESULTS.has(row.outcome)) continue;
    group.withResult += row.count;
    if (row.outcome === "NEXT_ROUND") group.nextRound += row.count;
    if (OFFERS.has(row.outcome)) group.offer += row.count;
  }
  const groups = THANKS_TIMINGS.map((timing) => {
    const g = tally.get(timing)!;
    return { timing, interviews: g.interviews, withResult: g.withResult, nextRound: rateOf(g.nextRound, g.withResult), offer: rateOf(g.offer, g.withResult) };
  });
  const sameDayAll = groups[0]!.interviews;
  const thankedAll = groups.filter((g) => g.timing !== "NEVER").reduce((sum, g) => sum + g.interviews, 0);
  return { groups, sameDayAll, thankedAll };
}

// ---------------------------------------------------------------------------------------------
// Follow-ups done on time

export type OnTimeRow = { due: number; onTime: number };
export type ClientOnTimeRow = OnTimeRow & { id: string; name: string | null; email: string };

export function computeOnTime(row: OnTimeRow): Rate {
  return rateOf(row.onTime, row.due);
}

// ---------------------------------------------------------------------------------------------
// What the provider reports about each kind of email

export type EmailRow = { kind: string; sent: number; delivered: number; bounced: number; complained: number };
export type EmailFigures = { kind: string; sent: number; delivered: Rate; bounced: Rate; complained: Rate }[];

export function computeEmails(rows: EmailRow[]): EmailFigures {
  return [...rows]
    .sort((a, b) => b.sent - a.sent || a.kind.localeCompare(b.kind))
    .map((row) => ({
      kind: row.kind,
      sent: row.sent,
      delivered: rateOf(row.delivered, row.sent),
      bounced: rateOf(row.bounced, row.sent),
      complained: rateOf(row.complained, row.sent),
    }));
}

// ---------------------------------------------------------------------------------------------
// Time from interview to decision, against the date the employer gave

export const DECISION_TIMINGS = ["EARLY", "ON_DATE", "LATE_1_3", "LATE_4_7", "LATE_8_PLUS"] as const;
export type DecisionTiming = (typeof DECISION_TIMINGS)[number];

/**
 * Days (client's calendar) from the interview to the date the employer gave, and to the day the
 * outcome was recorded; `actualDays` null for an interview still waiting after that date.
 */
export type DecisionRow = { promisedDays: number; actualDays: number | null; count: number };
export type DecisionFigures = {
  decided: number;
  /** Still waiting for an answer after the employer's date. */
  waitingPastDate: number;
  byTiming: { timing: DecisionTiming; count: number; share: Rate }[];
  /** Medians over the decided interviews, null under the minimum sample. */
  medianPromisedDays: number | null;
  medianActualDays: number | null;
};

export function decisionTimingOf(promisedDays: number, actualDays: number): DecisionTiming {
  const late = actualDays - promisedDays;
  if (late < 0) return "EARLY";
  if (late === 0) return "ON_DATE";
  if (late <= 3) return "LATE_1_3";
  return late <= 7 ? "LATE_4_7" : "LATE_8_PLUS";
}

/** The median of a histogram given as (value, count) pairs. */
function medianOf(pairs: [number, number][]): number | null {
  const total = pairs.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (seen > rank) return value;
    }
    return sorted.at(-1)![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

export function computeDecisions(rows: DecisionRow[]): DecisionFigures {
  const counts = zeroes(DECISION_TIMINGS);
  let waitingPastDate = 0;
  const decided: DecisionRow[] = [];
  for (const row of rows) {
    if (row.actualDays === null) {
      waitingPastDate += row.count;
      continue;
    }
    counts[decisionTimingOf(row.promisedDays, row.actualDays)] += row.count;
    decided.push(row);
  }
  const total = decided.reduce((sum, row) => sum + row.count, 0);
  const enough = total >= MIN_SAMPLE;
  return {
    decided: total,
    waitingPastDate,
    byTiming: DECISION_TIMINGS.map((timing) => ({ timing, count: counts[timing], share: rateOf(counts[timing], total) })),
    medianPromisedDays: enough ? medianOf(decided.map((r) => [r.promisedDays, r.count])) : null,
    medianActualDays: enough ? medianOf(decided.map((r) => [r.actualDays!, r.count])) : null,
  };
}
