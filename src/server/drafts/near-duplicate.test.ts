import { describe, expect, it } from "vitest";
import { compareNotes, toNameSet } from "./near-duplicate";

const names = toNameSet(["Maria Chen", "Tom Baker", "Jane Doe"]);

const toMaria = `Dear Maria,

Thank you for taking the time to meet me today about the Product Manager role at Acme Robotics.
I enjoyed our conversation about cutting scope on the warehouse-robot launch.
My years of shipping hardware-adjacent software fit what your team needs next.
I am very interested in the role and would love to help the team hit its launch dates.
Best regards,
Jane Doe`;

describe("R01 near-duplicate check", () => {
  it("R01: flags a note that differs only by the names and one sentence", () => {
    const toTom = toMaria
      .replace("Dear Maria", "Dear Tom")
      .replace("I enjoyed our conversation about cutting scope on the warehouse-robot launch.", "I enjoyed hearing how you moved the fleet telemetry to streaming.");
    const result = compareNotes(toTom, toMaria, names);
    expect(result.nearDuplicate).toBe(true);
    expect(result.similarity).toBeGreaterThan(0.5);
    expect(result.matchingPassages).toContain("Thank you for taking the time to meet me today about the Product Manager role at Acme Robotics.");
    expect(result.matchingPassages).not.toContain("I enjoyed hearing how you moved the fleet telemetry to streaming.");
  });

  it("R01: flags an exact copy with the names swapped", () => {
    const swapped = toMaria.replace("Dear Maria", "Dear Tom");
    expect(compareNotes(swapped, toMaria, names).similarity).toBe(1);
  });

  it("R01: lets genuinely different notes pass", () => {
    const toTom = `Hi Tom,

It was a pleasure to talk engineering with you this afternoon.
Your question about moving fleet telemetry to streaming stuck with me: I sketched how I would stage that migration without losing a week of data.
I would be glad to send the sketch if it helps.
Working with an engineering lead who cares about data quality is exactly what I am looking for.
All the best,
Jane`;
    const result = compareNotes(toTom, toMaria, names);
    expect(result.nearDuplicate).toBe(false);
    expect(result.similarity).toBeLessThan(0.2);
  });

  it("is not fooled by letter case and punctuation", () => {
    const shouting = toMaria.toUpperCase().replace(/[.,]/g, "!");
    expect(compareNotes(shouting, toMaria, names).nearDuplicate).toBe(true);
  });
});
