import { afterEach, describe, expect, it } from "vitest";
import { getNow, isTestClockAllowed, setTestNow } from "./clock";

describe("the one clock", () => {
  const saved = { clock: process.env.FOLLOWTHROUGH_TEST_CLOCK, key: process.env.RESEND_API_KEY };
  afterEach(() => {
    process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
    delete process.env.RESEND_API_KEY;
    setTestNow(null);
    if (saved.clock === undefined) delete process.env.FOLLOWTHROUGH_TEST_CLOCK;
    else process.env.FOLLOWTHROUGH_TEST_CLOCK = saved.clock;
    if (saved.key !== undefined) process.env.RESEND_API_KEY = saved.key;
  });

  it("can be set and then runs forward, when the test clock is allowed", () => {
    process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
    delete process.env.RESEND_API_KEY;
    setTestNow(new Date("2026-03-02T16:00:00Z"));
    const now = getNow().getTime();
    expect(now).toBeGreaterThanOrEqual(Date.parse("2026-03-02T16:00:00Z"));
    expect(now).toBeLessThan(Date.parse("2026-03-02T16:01:00Z"));
  });

  it("is refused by a real deployment: with a Resend key the setting does nothing and cannot be set", () => {
    process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
    process.env.RESEND_API_KEY = "re_live";
    expect(isTestClockAllowed()).toBe(false);
    expect(() => setTestNow(new Date("2020-01-01T00:00:00Z"))).toThrow(/test clock is off/);
    expect(Math.abs(getNow().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("is off without the setting", () => {
    delete process.env.FOLLOWTHROUGH_TEST_CLOCK;
    expect(isTestClockAllowed()).toBe(false);
  });
});
