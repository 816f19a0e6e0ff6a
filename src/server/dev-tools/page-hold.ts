/**
 * Test-only: a browser test holds every page's render until it lets go, so a route's loading
 * state is on screen for as long as the test looks at it, on any machine. Without it the test
 * would race the page, or depend on which prefetch the router happened to make. Off unless the
 * test clock is on (the same switch, the same loopback-only rule).
 */
import "server-only";
import { isTestClockAllowed } from "@/server/clock";

type Hold = { released: Promise<void>; release: () => void };

// Kept on globalThis: route handlers and pages may load separate copies of this module.
const globalHold = globalThis as unknown as { followthroughPageHold?: Hold | null };

/** Pages wait from now until releasePages() (or until the test clock is switched off). */
export function holdPages(): void {
  if (!isTestClockAllowed()) throw new Error("Holding pages is a test tool: it needs FOLLOWTHROUGH_TEST_CLOCK=1.");
  if (globalHold.followthroughPageHold) return;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  globalHold.followthroughPageHold = { released, release };
}

export function releasePages(): void {
  globalHold.followthroughPageHold?.release();
  globalHold.followthroughPageHold = null;
}

/** Called as a page starts: returns at once, unless a test holds pages. */
export async function waitWhilePagesHeld(): Promise<void> {
  const hold = globalHold.followthroughPageHold;
  if (hold && isTestClockAllowed()) await hold.released;
}
