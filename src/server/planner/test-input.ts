import "server-only";
import { DEFAULT_PLANNER_SETTINGS, type PlannerInput } from "./planner-types";

/**
 * A planner input for tests: an hour-long first-round interview in America/New_York starting
 * at `startsAt` (Thursday 5 March 2026, 10:00 EST, by default), planned at its start, with
 * DOMAIN.md's default settings and nothing else recorded.
 */
export function testPlannerInput(overrides: Partial<PlannerInput> = {}, startsAt = "2026-03-05T15:00:00Z"): PlannerInput {
  return {
    now: new Date(startsAt),
    timeZone: "America/New_York",
    settings: DEFAULT_PLANNER_SETTINGS,
    interview: { startsAt: new Date(startsAt), durationMinutes: 60, stage: "FIRST_ROUND", outcome: "WAITING" },
    people: [],
    timeline: { kind: "NONE" },
    items: [],
    calls: [],
    expenses: [],
    referencesGiven: [],
    keepInTouchDone: [],
    ...overrides,
  };
}
