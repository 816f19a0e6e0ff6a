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
