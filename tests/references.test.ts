import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { fillPrompts } from "./support/drafts";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-11-20T15:00:00Z"); // Friday

describe("the reference book (R12, R13)", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let acme: string;
  let globex: string;
  const as = (key: DemoKey | null) => callerFor(db, key ? ids[key] : null, () => NOW);
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    acme = (await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" } })).id;
    globex = (await db.interview.findFirstOrThrow({ where: { company: "Globex" } })).id;
  });

  it("R12: giving a reference to an employer plans the task to brief them", async () => {
    const { id } = await as("jane").reference.add({ name: "Alex Boss", relationship: "Former manager at Initech", email: "alex@initech.example" });
    await as("jane").reference.giveTo({ referenceId: id, interviewId: acme });
    const task = await db.followUpTask.findFirstOrThrow({ where: { interviewId: acme, key: `brief-reference:${id}` } });
    expect(task.rules).toEqual(["R12"]);
    expect((await as("jane").reference.list({})).items[0]!.givenTo.map((g) => g.interview.company)).toEqual(["Acme Robotics"]);
  });

  it("R13: a request is drafted from a template and goes through the same review; a received letter brings one thank-you", async () => {
    const { id } = await as("jane").reference.add({ name: "Pat Mentor", relationship: "Former director", kind: "CHARACTER" });
    const templateId = (await as("jane").template.list({ kind: "CHARACTER_REFERENCE_REQUEST" }))[0]!.id;
    const { id: draftId } = await as("jane").draft.create({ interviewId: acme, referenceId: id, templateId });
    const draft = await as("jane").draft.get({ id: draftId });
    expect(draft.versions[0]!.body).toContain("Dear Pat,");
    expect(draft.versions[0]!.body).toContain("Product Manager role at Acme Robotics");
    await fillPrompts(as("jane"), draftId);
    await as("jane").draft.submit({ id: draftId });
    await as("owner").draft.approve({ id: draftId });

    await as("jane").reference.setStatus({ id, status: "ASKED" });
    await as("jane").reference.setStatus({ id, status: "AGREED" });
    await as("jane").reference.giveTo({ referenceId: id, interviewId: globex });
    await as("jane").reference.giveTo({ referenceId: id, interviewId: acme });
    await as("jane").reference.setStatus({ id, status: "LETTER_RECEIVED" });
    const thanks = await db.followUpTask.findMany({ where: { key: `thank-reference:${id}` }, select: { interviewId: true, rules: true, dueAt: true } });
    expect(thanks).toHaveLength(1);
    expect(thanks[0]!.rules).toEqual(["R13"]);
    expect(thanks[0]!.dueAt.toISOString()).toBe("2026-11-23T22:00:00.000Z"); // Monday 17:00 EST
  });

  it("belongs to the client: coaches read it, others find nothing, and bad input writes nothing", async () => {
    const { id } = await as("jane").reference.add({ name: "Alex Boss", relationship: "Former manager" });
    expect((await as("owner").reference.list({ clientId: ids.jane })).items.map((r) => r.id)).toEqual([id]);
    expect(await codeOf(as("owner").reference.setStatus({ id, status: "ASKED" }))).toBe("NOT_FOUND");
    expect((await as("coach").reference.list({ clientId: ids.jane })).items).toEqual([]);
    expect((await as("otherOwner").reference.list({ clientId: ids.jane })).items).toEqual([]);
    expect(await codeOf(as("sam").reference.giveTo({ referenceId: id, interviewId: acme }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").reference.add({ name: "x", relationship: "y" }))).toBe("FORBIDDEN");
    expect(await codeOf(as("jane").reference.add({ name: "x", relationship: "y", email: "nope" }))).toBe("BAD_REQUEST");
    expect(await db.reference.count()).toBe(1);
  });
});
