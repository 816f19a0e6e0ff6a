import { describe, expect, it } from "vitest";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { SAMPLE_VALUES } from "./placeholders";
import { renderTemplate, validateTemplate } from "./template-engine";

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

  it("R01: the thank-you recalls what the person said when there is something to recall", () => {
    const thankYou = DEFAULT_TEMPLATES.find((t) => t.kind === "THANK_YOU_EMAIL")!;
    expect(renderTemplate(thankYou.body, SAMPLE_VALUES)).toContain("how I would cut scope on the launch");
    const without = renderTemplate(thankYou.body, { ...SAMPLE_VALUES, recipient: { ...SAMPLE_VALUES.recipient, recall: "" } });
    expect(without).not.toContain("I keep thinking about");
  });
});
