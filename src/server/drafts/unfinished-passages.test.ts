import { describe, expect, it } from "vitest";
import { describeUnfinished, findUnfinishedPassages } from "./unfinished-passages";

describe("what counts as unfinished in a draft", () => {
  it("finds a template's bracketed prompts and unfilled placeholders, with their offsets, in reading order", () => {
    const body = "Dear Maria,\n\n[Say why you fit.] Thanks, {{ client.name }}.";
    expect(findUnfinishedPassages({ subject: "Hi {% if x %}", body })).toEqual([
      { field: "subject", text: "{% if x %}", start: 3, end: 13, why: "a placeholder that was not filled in" },
      { field: "body", text: "[Say why you fit.]", start: 13, end: 31, why: "a prompt from the template: replace it with your own words" },
      { field: "body", text: "{{ client.name }}", start: 40, end: 57, why: "a placeholder that was not filled in" },
    ]);
  });

  it("leaves finished text alone: brackets around no words, and a placeholder inside a prompt counts once", () => {
    expect(findUnfinishedPassages({ subject: "Thank you", body: "Results: [1] and [2024]; a list [ ]." })).toEqual([]);
    expect(findUnfinishedPassages({ subject: "", body: "[Thank {{ name }} here]" }).map((p) => p.text)).toEqual(["[Thank {{ name }} here]"]);
  });

  it("names the first passage, shortened, and how many more", () => {
    const passages = findUnfinishedPassages({ subject: "", body: "[Say in one or two sentences why you fit what they need, in your own words.] [Add one more.]" });
    expect(describeUnfinished(passages, "send it")).toBe(
      'Finish the draft before you send it: the body still has "[Say in one or two sentences why you fit what they need,…" (and 1 more passage), a prompt from the template: replace it with your own words.',
    );
    expect(describeUnfinished([], "send it")).toBeNull();
  });
});
