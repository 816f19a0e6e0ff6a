import { describe, expect, it } from "vitest";
import { groupByDay, groupByInterview } from "./group-tasks";

const acme = { id: "i1", company: "Acme", jobTitle: "PM" };
const globex = { id: "i2", company: "Globex", jobTitle: "Analyst" };
const task = (title: string, dueAt: string, interview = acme) => ({ title, dueAt: new Date(dueAt), interview });

describe("groupByInterview", () => {
  it("keeps the tasks' order and puts interviews in the order of their first task", () => {
    const groups = groupByInterview([task("a", "2026-03-02T15:00Z", globex), task("b", "2026-03-02T16:00Z"), task("c", "2026-03-02T17:00Z", globex)]);
    expect(groups.map((g) => [g.interview.company, g.tasks.map((t) => t.title)])).toEqual([
      ["Globex", ["a", "c"]],
      ["Acme", ["b"]],
    ]);
  });
});

describe("groupByDay", () => {
  it("files each task under its calendar day in the client's zone, across the change to daylight time, keeping empty days", () => {
    // 23:30 on Saturday 7 March in New York is already Sunday in UTC; the clocks change on Sunday 8 March.
    const tasks = [task("late saturday", "2026-03-08T04:30Z"), task("monday", "2026-03-09T12:30Z"), task("after the week", "2026-03-20T12:00Z")];
    const days = groupByDay(tasks, "America/New_York", "2026-03-06", 7);
    expect(days.map((d) => d.day)).toEqual(["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"]);
    expect(days.map((d) => d.tasks.map((t) => t.title))).toEqual([[], ["late saturday"], [], ["monday"], [], [], []]);
  });
});
