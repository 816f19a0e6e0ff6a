import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-11-22T12:00:00Z");

describe("templates", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  const as = (key: DemoKey | null) => callerFor(db, key ? ids[key] : null, () => NOW);
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  it("every practice starts with one template per kind", async () => {
    const templates = await as("coach").template.list({});
    expect(templates).toHaveLength(7);
    expect(new Set(templates.map((t) => t.kind)).size).toBe(7);
  });

  it("refuses a misspelled placeholder when saved, naming the line and the likely placeholder, and writes nothing", async () => {
    const before = await db.template.count();
    const error = await errorOf(
      as("coach").template.create({ kind: "THANK_YOU_EMAIL", name: "Mine", subject: "Thanks", body: "Dear {{ recipient.firstName }},\n\nThanks, {{ interviewer.fristName }}" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe('Body, line 3: Unknown placeholder "interviewer.fristName". Did you mean {{ interviewer.firstName }}?');
    expect(await db.template.count()).toBe(before);
  });

  it("refuses tags and filters outside the allowed list", async () => {
    expect((await errorOf(as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "x", subject: "x", body: "{% include 'x' %}" }))).message).toMatch(/tag "include" is not allowed/);
    expect((await errorOf(as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "x", subject: "{{ company | append: 'x' }}", body: "x" }))).message).toMatch(/^Subject, line 1: The filter "append"/);
  });

  it("keeps every version, and a save without changes makes none", async () => {
    const { id } = await as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "Nudge", subject: "Hello", body: "v1 {{ company }}" });
    expect((await as("owner").template.update({ id, name: "Nudge", subject: "Hello", body: "v2 {{ company }}" })).version).toBe(2);
    expect((await as("coach").template.update({ id, name: "Nudge renamed", subject: "Hello", body: "v2 {{ company }}" })).version).toBe(2);
    const template = await as("coach").template.get({ id });
    expect(template.name).toBe("Nudge renamed");
    expect(template.versions.map((v) => [v.version, v.body])).toEqual([[2, "v2 {{ company }}"], [1, "v1 {{ company }}"]]);
  });

  it("duplicates and archives", async () => {
    const [first] = await as("coach").template.list({ kind: "THANK_YOU_EMAIL" });
    const { id: copy } = await as("coach").template.duplicate({ id: first!.id });
    expect((await as("coach").template.get({ id: copy })).name).toBe(`${first!.name} (copy)`);
    await as("coach").template.archive({ id: copy });
    expect((await as("coach").template.list({ kind: "THANK_YOU_EMAIL" })).map((t) => t.id)).not.toContain(copy);
    expect((await as("coach").template.list({ kind: "THANK_YOU_EMAIL", includeArchived: true })).map((t) => t.id)).toContain(copy);
  });

  it("previews with sample data, or lists the problems", async () => {
    expect(await as("coach").template.preview({ subject: "Hi {{ recipient.firstName }}", body: "At {{ company }}" })).toEqual({ problems: [], subject: "Hi Maria", body: "At Acme Robotics" });
    const bad = await as("coach").template.preview({ subject: "Hi", body: "x\n{{ compnay }}" });
    expect(bad.problems).toEqual([expect.objectContaining({ field: "body", line: 2, suggestion: "Did you mean {{ company }}?" })]);
  });

  describe("bounded templates (issue 12: a 10^8-step loop once ran 239 s and stalled the server)", () => {
    const runaway = "Dear {{ recipient.firstName }},\n{% for i in (1..100000000) %}{{ company }} {% endfor %}";
    const runawayProblem = "This loop would run 100,000,000 times; a template may loop at most 1,000 times.";

    it("a 10^8-step loop in the preview answers at once with the problem and its line, and renders nothing", async () => {
      expect(await as("coach").template.preview({ subject: "Hi", body: runaway })).toEqual({
        problems: [{ field: "body", line: 2, column: 1, message: runawayProblem }],
        subject: null,
        body: null,
      });
    });

    it("the same body is refused on save (create and update) with its line, and nothing is written", async () => {
      const before = await db.templateVersion.count();
      const created = await errorOf(as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "Loop", subject: "Hi", body: runaway }));
      expect(created).toEqual({ code: "BAD_REQUEST", message: `Body, line 2: ${runawayProblem}` });
      const [template] = await as("coach").template.list({});
      const updated = await errorOf(as("owner").template.update({ id: template!.id, name: template!.name, subject: "Hi", body: runaway }));
      expect(updated).toEqual({ code: "BAD_REQUEST", message: `Body, line 2: ${runawayProblem}` });
      expect(await db.templateVersion.count()).toBe(before);
    });

    it("nested loops (1..10000) x (1..10000) are refused on save, in the subject too", async () => {
      const nested = "{% for i in (1..10000) %}{% for j in (1..10000) %}x{% endfor %}{% endfor %}";
      expect(await errorOf(as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "Nested", subject: "Hi", body: `Hello\n\n${nested}` }))).toEqual({
        code: "BAD_REQUEST",
        message: "Body, line 3: This loop would run 10,000 times; a template may loop at most 1,000 times.",
      });
      expect((await errorOf(as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "Nested", subject: nested, body: "Hello" }))).message).toMatch(/^Subject, line 1: This loop would run/);
    });

    it("a template whose text would outgrow a draft (20,000 characters) is refused on save, with the line that writes it", async () => {
      const huge = "Hello\n{% for i in (1..1000) %}\n{{ recipient.recall }} and more{% endfor %}";
      expect(await errorOf(as("coach").template.create({ kind: "FOLLOW_UP_EMAIL", name: "Huge", subject: "Hi", body: huge }))).toEqual({
        code: "BAD_REQUEST",
        message: "Body, line 3: The filled-in text would be longer than 20,000 characters.",
      });
      const preview = await as("coach").template.preview({ subject: "Hi", body: huge });
      expect(preview.problems.map((p) => p.message)).toEqual(["The filled-in text would be longer than 20,000 characters."]);
    });

    it("a version saved before these checks existed is not duplicated, and a client gets a clear error, not a crash, when filling it in", async () => {
      const [template] = await as("coach").template.list({ kind: "THANK_YOU_EMAIL" });
      // As if saved before the limits: straight into the table, past the checks.
      await db.templateVersion.create({ data: { templateId: template!.id, version: 2, subject: "Hi", body: runaway } });
      const templatesBefore = await db.template.count();
      expect(await errorOf(as("coach").template.duplicate({ id: template!.id }))).toEqual({ code: "BAD_REQUEST", message: `Body, line 2: ${runawayProblem}` });
      expect(await db.template.count()).toBe(templatesBefore);

      const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { take: 1, select: { id: true } } } });
      const drafting = await errorOf(as("jane").draft.create({ interviewId: interview.id, recipientPersonId: interview.people[0]!.id, templateId: template!.id }));
      expect(drafting).toEqual({ code: "BAD_REQUEST", message: `The template cannot be filled in. Line 2: ${runawayProblem}` });
      expect(await db.draft.count()).toBe(0);
    });

    it("a client's long text that makes a saved template too long to fill in gives a clear error and no draft", async () => {
      const body = "{% for i in (1..500) %}{{ recipient.recall }}{% endfor %}";
      const { id: templateId } = await as("coach").template.create({ kind: "THANK_YOU_EMAIL", name: "Echo", subject: "Hi", body });
      const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { take: 1, select: { id: true } } } });
      const personId = interview.people[0]!.id;
      await db.interviewPerson.update({ where: { id: personId }, data: { recallNote: "r".repeat(100) } });
      expect(await errorOf(as("jane").draft.create({ interviewId: interview.id, recipientPersonId: personId, templateId }))).toEqual({
        code: "BAD_REQUEST",
        message: "The template cannot be filled in. Line 1: The filled-in text would be longer than 20,000 characters.",
      });
      expect(await db.draft.count()).toBe(0);
    });

    it("preview is for those who write templates: clients get FORBIDDEN, as for template.create; a coach of no practice too", async () => {
      const content = { subject: "Hi {{ recipient.firstName }}", body: "At {{ company }}" };
      for (const client of ["jane", "sam", "otherClient"] as const) {
        expect(await errorOf(as(client).template.preview(content))).toEqual({ code: "FORBIDDEN", message: "Only coaches write templates." });
      }
      expect(await codeOf(as("owner").template.preview(content))).toBe("OK");
      expect(await codeOf(as("otherOwner").template.preview(content))).toBe("OK");
      const loner = await db.user.create({ data: { email: "no.practice@example.com", role: "COACH" }, select: { id: true } });
      expect(await codeOf(callerFor(db, loner.id, () => NOW).template.preview(content))).toBe("FORBIDDEN");
      expect(await codeOf(as(null).template.preview(content))).toBe("UNAUTHORIZED");
    });
  });

  describe("who sees what: templates", () => {
    it("every coach of the practice reads and writes them, the owner too", async () => {
      const [template] = await as("coach").template.list({});
      expect(await codeOf(as("owner").template.update({ id: template!.id, name: "By the owner", subject: "s", body: "b" }))).toBe("OK");
      expect(await codeOf(as("coach").template.update({ id: template!.id, name: "By Ben", subject: "s", body: "b2" }))).toBe("OK");
    });

    it("a client of the practice reads them, to use them, but cannot write", async () => {
      const templates = await as("jane").template.list({});
      expect(templates).toHaveLength(7);
      expect((await as("jane").template.get({ id: templates[0]!.id })).canEdit).toBe(false);
      expect(await codeOf(as("jane").template.update({ id: templates[0]!.id, name: "x", subject: "s", body: "b" }))).toBe("NOT_FOUND");
      expect(await codeOf(as("jane").template.create({ kind: "FOLLOW_UP_EMAIL", name: "x", subject: "s", body: "b" }))).toBe("FORBIDDEN");
    });

    it("anyone else finds nothing", async () => {
      const [template] = await as("coach").template.list({});
      expect(await codeOf(as("otherOwner").template.get({ id: template!.id }))).toBe("NOT_FOUND");
      expect(await codeOf(as("otherOwner").template.update({ id: template!.id, name: "x", subject: "s", body: "b" }))).toBe("NOT_FOUND");
      expect(await codeOf(as("otherClient").template.get({ id: template!.id }))).toBe("NOT_FOUND");
      expect((await as("otherOwner").template.list({})).every((t) => t.practice.name === "Harbor Coaching")).toBe(true);
      expect(await codeOf(as(null).template.list({}))).toBe("UNAUTHORIZED");
    });
  });
});
