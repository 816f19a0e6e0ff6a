import { afterEach, beforeEach } from "vitest";
import { setTestNow } from "@/server/clock";

/** Code that reads the one clock (server actions, routes) sees `now` in each test of the file, and the real clock after. */
export function useTestClock(now: Date): void {
  beforeEach(() => {
    process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
    setTestNow(now);
  });
  afterEach(() => {
    setTestNow(null);
    delete process.env.FOLLOWTHROUGH_TEST_CLOCK;
  });
}
