import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BadInputError } from "@/server/errors";
import { PLACEHOLDER_PATHS, SAMPLE_VALUES, type TemplateValues } from "./placeholders";
import { fillTemplate, renderTemplate as renderTimed, TEMPLATE_LIMITS, TemplateError, validateTemplate as validateTimed } from "./template-engine";

// Every limit below but the render time is counted, not timed; without the clock, a busy machine
// cannot answer "too slow" where the test expects the count's answer. The time limit has its own
// test, with a deadline already past.
const UNTIMED = { renderMs: Number.POSITIVE_INFINITY };
const validateTemplate = (body: string) => validateTimed(body, UNTIMED);
const renderTemplate = (body: string, values: TemplateValues) => renderTimed(body, values, UNTIMED);

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

describe("bounded templates (issue 12: a 10^8-step loop once stalled the server)", () => {
  it("refuses a 100,000,000-step loop before running it, with its line", () => {
    expect(validateTemplate("Dear {{ recipient.firstName }},\n{% for i in (1..100000000) %}x{% endfor %}")).toEqual([
      { line: 2, column: 1, message: "This loop would run 100,000,000 times; a template may loop at most 1,000 times." },
    ]);
  });

  it("counts nested loops together: (1..10000) x (1..10000) is refused at the outer loop, (1..100) x (1..100) at the inner", () => {
    expect(validateTemplate("{% for i in (1..10000) %}\n{% for j in (1..10000) %}x{% endfor %}{% endfor %}")).toEqual([
      { line: 1, column: 1, message: "This loop would run 10,000 times; a template may loop at most 1,000 times." },
    ]);
    expect(validateTemplate("{% for i in (1..100) %}\n  {% for j in (1..100) %}x{% endfor %}{% endfor %}")).toEqual([
      { line: 2, column: 3, message: "This loop would run 10,000 times, counting the loops around it; a template may loop at most 1,000 times." },
    ]);
  });

  it("allows short loops, a range counted from negative numbers, and a loop over one value", () => {
    expect(renderTemplate("{% for i in (1..3) %}{{ i }}{% endfor %}", SAMPLE_VALUES)).toBe("123");
    expect(renderTemplate("{% for i in (-1..1) %}{{ i }},{% endfor %}", SAMPLE_VALUES)).toBe("-1,0,1,");
    expect(renderTemplate("{% for i in (1..10) %}{% for j in (1..100) %}{% endfor %}{% endfor %}{% for c in company %}{{ c }}{% endfor %}", SAMPLE_VALUES)).toBe("Acme Robotics");
  });

  it("refuses a range whose bound is a placeholder, since a client's text would set the count", () => {
    expect(validateTemplate("{% for i in (1..recipient.recall) %}x{% endfor %}")).toEqual([
      { line: 1, column: 1, message: "A loop's range must be written with numbers, such as (1..3)." },
    ]);
  });

  it("refuses a template whose filled-in text would be longer than a draft holds (20,000 characters)", () => {
    expect(TEMPLATE_LIMITS.outputCharacters).toBe(20_000);
    expect(validateTemplate("Hi\n{% for i in (1..1000) %}\n{{ recipient.recall }}{% endfor %}")).toEqual([
      { line: 3, column: 1, message: "The filled-in text would be longer than 20,000 characters." },
    ]);
    expect(renderTemplate(`{% for i in (1..1000) %}${"x".repeat(20)}{% endfor %}`, SAMPLE_VALUES)).toHaveLength(20_000);
  });

  it("stops building a huge list or padding at the memory limit, wherever it is", () => {
    const message = "This would build too much text or too long a list to fill in; keep ranges and loops short.";
    expect(validateTemplate("Hi\n{% if (1..100000000) contains 3 %}yes{% endif %}")).toEqual([{ line: 2, column: 1, message }]);
    expect(validateTemplate("{{ (1..100000000) }}")).toEqual([{ line: 1, column: 1, message }]);
    expect(validateTemplate("{{ interview.date | date: '%100000000d' }}")).toEqual([{ line: 1, column: 1, message }]);
  });

  it("stops a render at the time limit with a clear problem (a deadline already past, so nothing depends on speed)", () => {
    expect(TEMPLATE_LIMITS.renderMs).toBeLessThanOrEqual(1000);
    expect(fillTemplate("{% for i in (1..3) %}x{% endfor %}", SAMPLE_VALUES, { renderMs: -1 })).toEqual({
      problems: [{ line: 1, column: 1, message: "This takes longer than 0.5 s to fill in; keep loops short and few." }],
      text: null,
    });
  });

  it("refuses a template longer than the body's maximum before parsing it", () => {
    expect(validateTemplate("x".repeat(20_001))).toEqual([{ line: 1, column: 1, message: "The template is longer than 20,000 characters." }]);
  });

  it("a client's long text can make a saved template too long to fill in: a TemplateError (bad input), never a crash", () => {
    const body = "{% for i in (1..500) %}{{ recipient.recall }}{% endfor %}";
    expect(validateTemplate(body)).toEqual([]);
    const values = { ...SAMPLE_VALUES, recipient: { ...SAMPLE_VALUES.recipient, recall: "r".repeat(100) } };
    const error = (() => {
      try {
        renderTemplate(body, values);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as TemplateError).message).toBe("The template cannot be filled in. Line 1: The filled-in text would be longer than 20,000 characters.");
  });

  it("survives deep nesting within the length limit", () => {
    const ifs = "{%if company%}".repeat(800) + "x" + "{%endif%}".repeat(800);
    expect(renderTemplate(ifs, SAMPLE_VALUES)).toBe("x");
    const loops = "{%for i in (1..1)%}".repeat(650) + "y" + "{%endfor%}".repeat(650);
    expect(renderTemplate(loops, SAMPLE_VALUES)).toBe("y");
  });
});

/** Liquid-ish text built from loops with random ranges, conditions, placeholders, filters and stray syntax. */
const liquidish = (() => {
  const bound = fc.oneof(
    { arbitrary: fc.integer({ min: -3, max: 12 }), weight: 3 },
    { arbitrary: fc.constantFrom(30, 999, 1000, 1001, 10_000, 100_000_000), weight: 3 },
    { arbitrary: fc.integer(), weight: 1 },
  );
  const placeholder = fc.constantFrom(...PLACEHOLDER_PATHS, "compnay", "i", "forloop.index", "recipient.recall.size", "interview");
  const filter = fc.constantFrom("", "", "", " | upcase", " | capitalize", ' | default: "x"', ' | date: "%Y"', ' | date: "%100000000d"', " | append: 1", " | nope");
  const stray = fc.constantFrom("{% for", "{% endfor %}", "{% endif %}", "{{", "}}", "{% raw %}", "{% include 'x' %}", "(1..5)", "\n", "{% else %}");
  const { node } = fc.letrec<{ node: string; body: string; loop: string; condition: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.string({ maxLength: 40 }),
      fc.constantFrom("x".repeat(100), "{{ recipient.recall }}"),
      fc.tuple(placeholder, filter).map(([p, f]) => `{{ ${p}${f} }}`),
      bound.map((n) => `{% if (1..${n}) contains 3 %}y{% endif %}`),
      bound.map((n) => `{% for i in (1..${n}) %}{{ recipient.recall }}${"x".repeat(60)}{% endfor %}`),
      stray,
      tie("loop"),
      tie("condition"),
    ),
    body: fc.array(tie("node"), { maxLength: 4 }).map((parts) => parts.join("")),
    loop: fc
      .tuple(bound.map(String), fc.oneof({ arbitrary: bound.map(String), weight: 5 }, { arbitrary: placeholder, weight: 1 }), tie("body"), fc.boolean(), fc.constantFrom("", " limit: 2", " reversed"))
      .map(([low, high, body, withElse, options]) => `{% for i in (${low}..${high})${options} %}${body}${withElse ? "{% else %}none" : ""}{% endfor %}`),
    condition: fc.tuple(placeholder, tie("body")).map(([p, body]) => `{% if ${p} %}${body}{% endif %}`),
  }));
  return node;
})();

const values: fc.Arbitrary<TemplateValues> = fc
  .record({ recall: fc.string({ maxLength: 500 }), company: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("100000000", "{{ company }}", "(1..9)")) })
  .map(({ recall, company }) => ({ ...SAMPLE_VALUES, company, recipient: { ...SAMPLE_VALUES.recipient, recall } }));

describe("generated Liquid-ish input", () => {
  // A fixed seed keeps the run the same everywhere; the test's own timeout is the "never hangs" check.
  it("validateTemplate and renderTemplate answer with problems or text, never an untyped error, within the output cap", () => {
    fc.assert(
      fc.property(liquidish, values, (body, filled) => {
        for (const problem of validateTemplate(body)) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.message).toMatch(/\S/);
        }
        try {
          expect(renderTemplate(body, filled).length).toBeLessThanOrEqual(TEMPLATE_LIMITS.outputCharacters);
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
          expect((error as TemplateError).problems.length).toBeGreaterThan(0);
        }
      }),
      { seed: 20261122, numRuns: 400 },
    );
  });
});
