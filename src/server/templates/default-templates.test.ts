import { describe, expect, it } from "vitest";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";
import { findUnfinishedPassages } from "@/server/drafts/unfinished-passages";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { SAMPLE_VALUES, type TemplateValues } from "./placeholders";
import { renderTemplate, validateTemplate } from "./template-engine";

/** Every optional value filled (the editor's sample), and every optional value empty. */
const FILLED: TemplateValues = SAMPLE_VALUES;
const EMPTY: TemplateValues = {
  ...SAMPLE_VALUES,
  recipient: { ...SAMPLE_VALUES.recipient, lastName: "", title: "", recall: "" },
  coach: { firstName: "", name: "" },
};

const byKind = (kind: string) => DEFAULT_TEMPLATES.find((t) => t.kind === kind)!;
/** The text a client sees once each bracketed prompt is replaced by their own sentence. */
const finished = (text: string) => text.replace(/\[[^[\]\n]*\]/g, "I would phase it in three steps.");

describe("the default templates every practice starts with", () => {
  it("cover every kind once", () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.kind).sort()).toEqual([...TEMPLATE_KINDS].sort());
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))("%s is valid and renders", (_kind, template) => {
    expect(validateTemplate(template.subject)).toEqual([]);
    expect(validateTemplate(template.body)).toEqual([]);
    const body = renderTemplate(template.body, SAMPLE_VALUES);
    expect(body).toContain("Maria");
    expect(body).not.toContain("{{");
  });

  describe.each([
    ["every optional field filled", FILLED],
    ["every optional field empty", EMPTY],
  ] as const)("read naturally with %s", (_label, values) => {
    it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))("%s", (_kind, template) => {
      for (const text of [renderTemplate(template.subject, values), renderTemplate(template.body, values)]) {
        const lines = text.split("\n");
        expect(text).not.toMatch(/ {2}/); // no doubled space
        expect(text).not.toMatch(/\n{3}/); // no empty paragraph left by an empty field
        expect(text).not.toMatch(/ [.,;:!?]/); // no space before punctuation ("about .")
        expect(text).not.toMatch(/\b(about|of|at|the|a|an|and)[.,;:]?$/im); // no dangling word at a line's end
        expect(text).not.toMatch(/\b(about|to|for|on|with|of|at)\s+[.,;:]/i);
        expect(text).not.toMatch(/[“"]\s*[”"]|\(\s*\)|\[\s*\]/); // no empty quote, parenthesis or prompt
        expect(lines.every((line) => line === line.trim())).toBe(true);
        expect(findUnfinishedPassages({ subject: "", body: finished(text) })).toEqual([]);
      }
    });
  });

  it("R01: the thank-you email offers the recall note inside a prompt to rewrite, and reads well without one", () => {
    const thankYou = byKind("THANK_YOU_EMAIL");
    const filled = renderTemplate(thankYou.body, FILLED);
    expect(filled).toContain("Thank you for meeting me today about the Product Manager role at Acme Robotics.\n[Recall, in your own words, what Maria asked or said. Your note: \"how I would cut scope on the launch\"]\n");
    // The note is a note to self: pasted into a sentence it read "I keep thinking about asked about…".
    expect(renderTemplate(thankYou.body, { ...FILLED, recipient: { ...FILLED.recipient, recall: "asked about design systems at scale" } })).not.toMatch(/about asked/);
    const empty = renderTemplate(thankYou.body, EMPTY);
    expect(empty).toContain("Thank you for meeting me today about the Product Manager role at Acme Robotics.\n[Recall, in your own words, one thing Maria asked or said.]\n");
    expect(empty).not.toContain("Your note");
    // Both are unfinished until the client writes the sentence: the prompts block submitting.
    expect(findUnfinishedPassages({ subject: "", body: filled }).map((p) => p.text)).toEqual([
      "[Recall, in your own words, what Maria asked or said. Your note: \"how I would cut scope on the launch\"]",
      "[Say in one or two sentences why you fit what they need, in your own words.]",
    ]);
  });

  it("the letter, the requests and the recruiter's notes say the same whichever optional fields are empty", () => {
    for (const kind of ["THANK_YOU_LETTER", "REFERENCE_REQUEST", "CHARACTER_REFERENCE_REQUEST", "FOLLOW_UP_EMAIL", "RECRUITER_THANK_YOU", "RECRUITER_KEEP_IN_TOUCH"]) {
      expect(renderTemplate(byKind(kind).body, EMPTY)).toBe(renderTemplate(byKind(kind).body, FILLED));
    }
    expect(renderTemplate(byKind("THANK_YOU_LETTER").body, EMPTY)).toContain("Thank you for your time on Friday 20 November. [Recall one moment");
    expect(renderTemplate(byKind("RECRUITER_THANK_YOU").body, EMPTY)).toContain("Thank you for arranging my interview for the Product Manager role at Acme Robotics and for preparing me for it.");
  });
});
