import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { fillPrompts } from "./support/drafts";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-11-22T12:00:00Z");

describe("drafts and review", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let interviewId: string;
  let maria: string;
  let tom: string;
  let templateId: string;
  const as = (key: DemoKey | null) => callerFor(db, key ? ids[key] : null, () => NOW);

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { orderBy: { position: "asc" }, select: { id: true } } } });
    interviewId = interview.id;
    [maria, tom] = interview.people.map((p) => p.id) as [string, string];
    templateId = (await as("jane").template.list({ kind: "THANK_YOU_EMAIL" }))[0]!.id;
  });

  it("fills a draft from the template for one person, recalling what they said (R01)", async () => {
    const { id } = await as("jane").draft.create({ interviewId, recipientPersonId: maria, templateId });
    const draft = await as("jane").draft.get({ id });
    expect(draft.versions[0]!.subject).toBe("Thank you, Maria");
    expect(draft.versions[0]!.body).toContain("Dear Maria,");
    expect(draft.versions[0]!.body).toContain("the Product Manager role at Acme Robotics");
    expect(draft.versions[0]!.body).toContain("Asked how I would cut scope on the warehouse-robot launch.");
    expect(draft.versions[0]!.body).toContain("Jane Doe");
  });

  it("R01: blocks submitting a near duplicate until it is made personal or a reason is given, which the coach sees", async () => {
    const jane = as("jane");
    const { id: first } = await jane.draft.create({ interviewId, recipientPersonId: maria, templateId });
    await fillPrompts(jane, first);
    await jane.draft.submit({ id: first });
    // The second note, from the same template, differs by the names and the one recalled sentence.
    const { id: second } = await jane.draft.create({ interviewId, recipientPersonId: tom, templateId });
    await fillPrompts(jane, second);

    const blocked = await errorOf(jane.draft.submit({ id: second }));
    expect(blocked.code).toBe("CONFLICT");
    expect(blocked.message).toContain("Maria Chen");
    const view = await jane.draft.get({ id: second });
    expect(view.duplicates[0]?.matchingPassages.length).toBeGreaterThan(0);

    await jane.draft.submit({ id: second, overrideReason: "Tom asked for the same summary." });
    const { items: queue } = await as("owner").draft.reviewQueue({});
    expect(queue.map((d) => d.id)).toEqual([first, second]); // oldest first
    expect(queue[1]!.overrideReason).toBe("Tom asked for the same summary.");
  });

  it("R01: a coach is told only of near duplicates among drafts they may see, never of the client's unsubmitted ones", async () => {
    const jane = as("jane");
    const olivia = as("owner");
    const { id: unsubmitted } = await jane.draft.create({ interviewId, recipientPersonId: maria, templateId });
    const { id: submitted } = await jane.draft.create({ interviewId, recipientPersonId: tom, templateId });
    await fillPrompts(jane, unsubmitted);
    await fillPrompts(jane, submitted);
    await jane.draft.submit({ id: submitted, overrideReason: "Tom asked for the same summary." });

    // The client sees what her note is close to; the coach sees her reason, and nothing of the note to Maria.
    expect((await jane.draft.get({ id: submitted })).duplicates.map((d) => [d.draftId, d.recipientName])).toEqual([[unsubmitted, "Maria Chen"]]);
    const review = await olivia.draft.get({ id: submitted });
    expect(review.duplicates).toEqual([]);
    expect(review.overrideReason).toBe("Tom asked for the same summary.");
    const shown = JSON.stringify(review);
    expect(shown).not.toContain(unsubmitted);
    expect(shown).not.toContain("Maria Chen");

    // Once the note to Maria is submitted too, the coach sees the comparison, passages and all.
    await jane.draft.submit({ id: unsubmitted, overrideReason: "Maria asked for the same summary." });
    const both = await olivia.draft.get({ id: submitted });
    expect(both.duplicates.map((d) => [d.draftId, d.recipientName])).toEqual([[unsubmitted, "Maria Chen"]]);
    expect(both.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(both.duplicates[0]!.matchingPassages.length).toBeGreaterThan(0);
  });

  it("R01: a personalised second note goes through without a reason", async () => {
    const jane = as("jane");
    const { id: first } = await jane.draft.create({ interviewId, recipientPersonId: maria, templateId });
    await fillPrompts(jane, first);
    const { id: second } = await jane.draft.create({ interviewId, recipientPersonId: tom, templateId });
    await jane.draft.save({
      id: second,
      subject: "Streaming telemetry",
      body: "Hi Tom,\n\nYour question about moving fleet telemetry to streaming stuck with me, so I sketched how I would stage that migration without losing a week of data. Happy to send it over.\n\nJane",
    });
    expect(await codeOf(jane.draft.submit({ id: second }))).toBe("OK");
    expect(await codeOf(jane.draft.submit({ id: first }))).toBe("OK");
  });

  it("the coach comments, asks for changes, the client revises, the coach edits and approves; every version is kept", async () => {
    const jane = as("jane");
    const olivia = as("owner");
    const { id } = await jane.draft.create({ interviewId, recipientPersonId: maria, templateId });
    await fillPrompts(jane, id);
    await jane.draft.submit({ id });
    await olivia.draft.requestChanges({ id, comment: "Say why you fit in one sentence." });
    expect((await jane.draft.get({ id })).status).toBe("CHANGES_REQUESTED");
    expect(await db.notification.count({ where: { userId: ids.jane, kind: "DRAFT_CHANGES_REQUESTED" } })).toBe(1);

    await jane.draft.save({ id, subject: "Thank you, Maria", body: "Dear Maria,\n\nI fit because I shipped three robot launches.\n\nJane" });
    await jane.draft.submit({ id });
    await olivia.draft.save({ id, subject: "Thank you, Maria", body: "Dear Maria,\n\nI fit because I have shipped three robot launches on time.\n\nJane" });
    await olivia.draft.approve({ id });

    const draft = await jane.draft.get({ id });
    expect(draft.status).toBe("APPROVED");
    // Version 2 is the client's own words in place of the template's prompts.
    expect(draft.approvedVersion).toBe(4);
    expect(draft.versions.map((v) => [v.version, v.authorId])).toEqual([[4, ids.owner], [3, ids.jane], [2, ids.jane], [1, ids.jane]]);
    expect(draft.comments.map((c) => c.body)).toEqual(["Say why you fit in one sentence."]);

    // The client is told in the app, and only they can dismiss it.
    const unread = async () => (await jane.notification.list({})).items.filter((n) => n.readAt === null);
    const [news] = await unread();
    expect(news?.kind).toBe("DRAFT_APPROVED");
    expect((await as("sam").notification.markRead({ id: news!.id })).updated).toBe(0);
    expect((await jane.notification.markRead({ id: news!.id })).updated).toBe(1);
    expect((await unread()).map((n) => n.kind)).toEqual(["DRAFT_CHANGES_REQUESTED"]);

    // An edit after approval needs a new approval.
    await jane.draft.save({ id, subject: "Thank you, Maria", body: "Dear Maria,\n\nEdited after approval.\n\nJane" });
    const edited = await jane.draft.get({ id });
    expect([edited.status, edited.approvedVersion]).toEqual(["DRAFT", null]);
  });

  describe("who sees what: drafts", () => {
    it("coaches see a draft only once it is submitted; the owner reads, the assigned coach reviews", async () => {
      const { id } = await as("jane").draft.create({ interviewId, recipientPersonId: maria, templateId });
      expect(await codeOf(as("owner").draft.get({ id }))).toBe("NOT_FOUND");
      await fillPrompts(as("jane"), id);
      await as("jane").draft.submit({ id });
      expect(await codeOf(as("owner").draft.get({ id }))).toBe("OK");

      // Sam's draft: Olivia owns the practice but Ben is Sam's coach.
      const sam = await db.interview.findFirstOrThrow({ where: { company: "Initech" }, select: { id: true, people: { take: 1, select: { id: true } } } });
      const samTemplate = (await as("sam").template.list({ kind: "THANK_YOU_EMAIL" }))[0]!.id;
      const { id: samDraft } = await as("sam").draft.create({ interviewId: sam.id, recipientPersonId: sam.people[0]!.id, templateId: samTemplate });
      await fillPrompts(as("sam"), samDraft);
      await as("sam").draft.submit({ id: samDraft });
      expect((await as("owner").draft.get({ id: samDraft })).canReview).toBe(false);
      expect(await codeOf(as("owner").draft.approve({ id: samDraft }))).toBe("NOT_FOUND");
      expect(await codeOf(as("coach").draft.approve({ id: samDraft }))).toBe("OK");
    });

    it.each([
      ["another coach in the practice", "coach"],
      ["another client", "sam"],
      ["a coach of another practice", "otherOwner"],
    ] as const)("%s gets NOT_FOUND", async (_label, key) => {
      const { id } = await as("jane").draft.create({ interviewId, recipientPersonId: maria, templateId });
      await fillPrompts(as("jane"), id);
      await as("jane").draft.submit({ id });
      const calls = [
        () => as(key).draft.get({ id }),
        () => as(key).draft.approve({ id }),
        () => as(key).draft.comment({ id, body: "x" }),
        () => as(key).draft.save({ id, subject: "s", body: "b" }),
      ];
      for (const call of calls) expect(await codeOf(call())).toBe("NOT_FOUND");
      expect(await codeOf(as(key).interview.record({ id: interviewId }))).toBe("NOT_FOUND");
      expect((await as(key).draft.reviewQueue({})).items.map((d) => d.id)).not.toContain(id);
      expect(await codeOf(as(key).draft.create({ interviewId, recipientPersonId: maria, templateId }))).toBe("NOT_FOUND");
    });

    it("only the client submits and marks letters; a coach gets NOT_FOUND", async () => {
      const { id } = await as("jane").draft.create({ interviewId, recipientPersonId: maria, templateId });
      await fillPrompts(as("jane"), id);
      await as("jane").draft.submit({ id });
      await as("owner").draft.requestChanges({ id });
      expect(await codeOf(as("owner").draft.submit({ id }))).toBe("NOT_FOUND");
      expect(await codeOf(as("owner").draft.markLetter({ id, state: "PRINTED" }))).toBe("NOT_FOUND");
      expect((await as("owner").interview.record({ id: interviewId })).drafts.map((d) => d.id)).toEqual([id]);
    });

    it("anyone signed out gets UNAUTHORIZED", async () => {
      expect(await codeOf(as(null).draft.reviewQueue({}))).toBe("UNAUTHORIZED");
    });
  });
});

describe("letters by post", () => {
  const { db } = useTestDatabase();
  const NOW2 = new Date("2026-11-22T12:00:00Z");
  it("an approved letter is printed then mailed; without approval it cannot go out while review is required", async () => {
    const ids = await seedDemoWorld(db, NOW2);
    const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW2);
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { take: 1, select: { id: true } } } });
    const letterTemplate = (await as("jane").template.list({ kind: "THANK_YOU_LETTER" }))[0]!.id;
    const { id } = await as("jane").draft.create({ interviewId: interview.id, recipientPersonId: interview.people[0]!.id, templateId: letterTemplate });

    expect((await errorOf(as("jane").draft.markLetter({ id, state: "PRINTED" }))).message).toBe("Your coach approves a letter before it goes out.");
    expect((await errorOf(as("jane").draft.markLetter({ id, state: "MAILED" }))).code).toBe("CONFLICT");
    await fillPrompts(as("jane"), id);
    await as("jane").draft.submit({ id });
    await as("owner").draft.approve({ id });
    await as("jane").draft.markLetter({ id, state: "PRINTED" });
    await as("jane").draft.markLetter({ id, state: "MAILED" });
    expect((await as("jane").draft.get({ id })).status).toBe("MAILED");
    expect(await codeOf(as("jane").draft.save({ id, subject: "s", body: "changed" }))).toBe("CONFLICT");
    expect(await codeOf(as("owner").draft.markLetter({ id, state: "PRINTED" }))).toBe("NOT_FOUND");

    // Without required review, the client may print a draft straight away, but R01 still holds.
    await db.practice.updateMany({ data: { reviewRequired: false } });
    const { id: second } = await as("jane").draft.create({ interviewId: interview.id, recipientPersonId: interview.people[0]!.id, templateId: letterTemplate });
    await fillPrompts(as("jane"), second);
    expect((await errorOf(as("jane").draft.markLetter({ id: second, state: "PRINTED" }))).message).toMatch(/nearly the same/);
    await as("jane").draft.save({ id: second, subject: "A card", body: "Dear Maria,\n\nA short card to say the scope question made my week; I have written up three ways I would phase the launch.\n\nJane" });
    expect(await codeOf(as("jane").draft.markLetter({ id: second, state: "PRINTED" }))).toBe("OK");
  });
});
