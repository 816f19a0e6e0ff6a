import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startDueAlarm } from "./due-alarm";

const START = new Date("2026-11-23T23:59:58.000Z");

describe("the due alarm, with a database that takes 300 ms to answer", () => {
  afterEach(() => vi.useRealTimers());

  it("still rings just after the time, and once", async () => {
    vi.useFakeTimers({ now: START });
    const wakes: Date[] = [];
    const due = new Date("2026-11-23T23:59:59.000Z");
    const { stop } = startDueAlarm({
      findNextDue: async (now, until) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return due > now && due <= until ? due : null;
      },
      getNow: () => new Date(),
      wake: () => wakes.push(new Date()),
      lookEveryMs: 500,
    });
    await vi.advanceTimersByTimeAsync(5_000);
    stop();
    expect(wakes.map((w) => w.toISOString())).toEqual(["2026-11-23T23:59:59.010Z"]);
  });
});

describe("the due alarm", () => {
  let dueTimes: Date[];
  let wakes: Date[];
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    dueTimes = [];
    wakes = [];
    ({ stop } = startDueAlarm({
      findNextDue: async (now, until) => dueTimes.filter((t) => t > now && t <= until).sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
      getNow: () => new Date(),
      wake: () => wakes.push(new Date()),
      lookEveryMs: 500,
    }));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("wakes the worker just after an email's time, not before and not a polling interval later", async () => {
    dueTimes.push(new Date("2026-11-24T00:00:00.000Z"));
    await vi.advanceTimersByTimeAsync(2_000 - 1);
    expect(wakes).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(wakes.map((w) => w.toISOString())).toEqual(["2026-11-24T00:00:00.010Z"]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(wakes).toHaveLength(1);
  });

  it("moves the alarm forward when something sooner turns up, and then rings for the later one too", async () => {
    dueTimes.push(new Date("2026-11-23T23:59:59.400Z"));
    await vi.advanceTimersByTimeAsync(100);
    dueTimes.push(new Date("2026-11-23T23:59:59.200Z"));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(wakes.map((w) => w.toISOString())).toEqual(["2026-11-23T23:59:59.210Z", "2026-11-23T23:59:59.410Z"]);
  });

  it("stays quiet when nothing is due, and after it is stopped", async () => {
    await vi.advanceTimersByTimeAsync(10_000);
    expect(wakes).toEqual([]);
    dueTimes.push(new Date("2026-11-24T00:00:09.000Z"));
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(wakes).toEqual([]);
  });
});
