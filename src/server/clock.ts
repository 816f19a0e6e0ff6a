/**
 * The one clock. Every "now" in the server comes from here; pure domain code takes `now`
 * as an argument instead.
 *
 * Browser tests run against a production build and need to set and move time. That is a
 * test-only setting: with FOLLOWTHROUGH_TEST_CLOCK=1 the clock can be shifted (through
 * POST /api/test/clock), and a real deployment, one that sends through Resend, refuses it.
 */
import "server-only";
type ClockState = { offsetMs: number };

const globalClock = globalThis as unknown as { followthroughClock?: ClockState };

export function isTestClockAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.FOLLOWTHROUGH_TEST_CLOCK === "1" && !env.RESEND_API_KEY;
}

function state(): ClockState {
  // Kept on globalThis: route handlers and pages may load separate copies of this module.
  globalClock.followthroughClock ??= { offsetMs: 0 };
  return globalClock.followthroughClock;
}

export function getNow(): Date {
  const offset = isTestClockAllowed() ? state().offsetMs : 0;
  return new Date(Date.now() + offset);
}

/** Test-only: from now on the clock reads `instant` and runs forward from there; null resets it. */
export function setTestNow(instant: Date | null): void {
  if (!isTestClockAllowed()) throw new Error("The test clock is off. It needs FOLLOWTHROUGH_TEST_CLOCK=1 and no RESEND_API_KEY.");
  state().offsetMs = instant ? instant.getTime() - Date.now() : 0;
}
