import { describe, expect, it } from "vitest";
import { SAMPLE_VALUES } from "./placeholders";
import { renderTemplate, validateTemplate } from "./template-engine";

describe("validateTemplate", () => {
  it("accepts known placeholders, allowed filters and if/for", () => {
    const body = "Dear {{ recipient.firstName }},\n{% if recipient.recall %}You asked about {{ recipient.recall }}.{% endif %}\nThanks from {{ client.name | default: \"me\" | capitalize }}";
    expect(validateTemplate(body)).toEqual([]);
  });

  it("refuses a misspelled placeholder with its line and a suggestion", () => {
    const problems = validateTemplate("Dear {{ recipient.firstName }},\n\nThank you, {{ interviewer.fristName }}.");
    expect(problems).toEqual([
      { line: 3, column: expect.any(Number), message: 'Unknown placeholder "interviewer.fristName".', suggestion: "Did you mean {{ interviewer.firstName }}?" },
    ]);
  });

  it("refuses tags other than if and for, such as include, assign and raw", () => {
    for (const tag of ["{% include 'x' %}", "{% assign a = 1 %}", "{% raw %}x{% endraw %}", "{% render 'y' %}"]) {
      const problems = validateTemplate(`Hello\n${tag}`);
      expect(problems[0]?.message).toMatch(/^The tag "\w+" is not allowed/);
      expect(problems[0]?.line).toBe(2);
    }
  });

  it("refuses filters outside the short list, suggesting the closest", () => {
    expect(validateTemplate("{{ company | upcse }}")[0]).toMatchObject({ message: 'The filter "upcse" is not allowed.', suggestion: 'Did you mean "upcase"?' });
    expect(validateTemplate('{{ "x" | append: company }}')[0]?.message).toBe('The filter "append" is not allowed.');
  });

  it("reports a template that cannot be parsed, with its line", () => {
    const [problem] = validateTemplate("Hi\n{% if company %}unclosed");
    expect(problem?.message).toMatch(/cannot be read/);
  });
});

describe("renderTemplate", () => {
  it("fills the placeholders as plain text, without escaping (the email step escapes)", () => {
    const text = renderTemplate("Dear {{ recipient.firstName }}, thank you for the {{ role }} interview at {{ company }}.", SAMPLE_VALUES);
    expect(text).toBe("Dear Maria, thank you for the Product Manager interview at Acme Robotics.");
  });

  it("treats values as text: Liquid in a value is not run", () => {
    const values = { ...SAMPLE_VALUES, company: "{{ client.email }}{% include 'x' %}" };
    expect(renderTemplate("At {{ company }}", values)).toBe("At {{ client.email }}{% include 'x' %}");
  });

  it("refuses to render an invalid template", () => {
    expect(() => renderTemplate("{{ nope }}", SAMPLE_VALUES)).toThrow(/Unknown placeholder "nope"/);
  });
});
