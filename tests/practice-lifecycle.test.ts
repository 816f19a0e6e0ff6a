import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, errorOf, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";
import { seedPracticeWorld, type DemoClient, type PracticeKey } from "./support/practice-world";

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * A practice's life and DOMAIN.md "Who sees what" after each step. Demo world: Northstar is
 * Olivia's (owner); Ben coaches there. Jane is Olivia's client, Sam is Ben's, Priya has both.
 * Carlos owns Harbor, another practice. A third coach, Cara, joins Northstar for these tests.
 * "—" cells answer NOT_FOUND, never FORBIDDEN.
 */
describe("a practice's life: leave, reassign, transfer, disconnect", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  let ids: Record<PracticeKey, string>;
  let northstar: string;
  let interviewOf: Record<DemoClient, string>;
  let samNotes: { shared: string; private: string };
  const as = (key: DemoKey | "cara") => callerFor(db, ids[key], () => NOW);

  beforeEach(async () => {
    ({ ids, northstar, interviewOf } = await seedPracticeWorld(db, NOW));
    samNotes = {
      shared: (await as("sam").record.addNote({ interviewId: interviewOf.sam, body: "They want B2B experience.", visibility: "SHARED" })).id,
      private: (await as("sam").record.addNote({ interviewId: interviewOf.sam, body: "Not sure I want this.", visibility: "PRIVATE" })).id,
    };
  });

  /** The coach reads the client and the interview's record, with the notes "Who sees what" allows them. */
  async function expectSees(coach: DemoKey | "cara", client: "jane" | "sam" | "priya") {
    expect((await as(coach).client.get({ id: ids[client] })).id).toBe(ids[client]);
    return (await as(coach).interview.record({ id: interviewOf[client] })).notes.map((n) => n.id);
  }

  async function expectSeesNothing(coach: DemoKey | "cara", client: "jane" | "sam" | "priya") {
    expect(await codeOf(as(coach).client.get({ id: ids[client] }))).toBe("NOT_FOUND");
    expect(await codeOf(as(coach).interview.get({ id: interviewOf[client] }))).toBe("NOT_FOUND");
    expect(await codeOf(as(coach).interview.record({ id: interviewOf[client] }))).toBe("NOT_FOUND");
  }

  it("a coach with clients cannot leave; the owner reassigns them; the coach who left sees none of them, the new coach sees shared notes only", async () => {
    expect(await expectSees("coach", "sam")).toEqual([samNotes.shared]);
    await expectSeesNothing("cara", "sam");

    const refused = await errorOf(as("coach").practice.removeCoach({ practiceId: northstar, coachId: ids.coach }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("2 clients need another coach first");
    expect(await db.practiceCoach.count({ where: { practiceId: northstar, coachId: ids.coach } })).toBe(1);
    // Only the owner moves clients: to a coach, the practice's assignments are not theirs.
    expect(await codeOf(as("coach").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.cara }))).toBe("NOT_FOUND");

    expect(await as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.cara })).toEqual({ moved: 2 });
    // DOMAIN.md "Who sees what": the new coach reads Sam's record and shared notes, never the private one.
    expect(await expectSees("cara", "sam")).toEqual([samNotes.shared]);
    await expectSees("cara", "priya");
    await expectSeesNothing("coach", "sam");
    await expectSeesNothing("coach", "priya");
    // Priya keeps Olivia as well; Jane was never Ben's.
    await expectSees("owner", "priya");

    await callerFor(db, ids.coach, () => NOW).invitation.inviteClient({ email: "pending.client@example.com" });
    expect(await as("coach").practice.removeCoach({ practiceId: northstar, coachId: ids.coach })).toEqual({ left: true });
    expect(await db.practiceCoach.count({ where: { practiceId: northstar, coachId: ids.coach } })).toBe(0);
    // Their open invitation is withdrawn: no one joins a coach who has gone.
    expect((await db.invitation.findFirstOrThrow({ where: { email: "pending.client@example.com" } })).revokedAt).not.toBeNull();
    // Templates: "another coach in the practice" read and write; a coach who left, nothing.
    expect(await as("coach").template.list({})).toEqual([]);
    const templateId = (await db.template.findFirstOrThrow({ where: { practiceId: northstar } })).id;
    expect(await codeOf(as("coach").template.get({ id: templateId }))).toBe("NOT_FOUND");
    expect(await as("coach").practice.members()).toEqual([]);
  });

  it("the owner removes a coach without clients; a coach cannot remove another, and no one removes the owner", async () => {
    expect(await codeOf(as("coach").practice.removeCoach({ practiceId: northstar, coachId: ids.cara }))).toBe("NOT_FOUND");
    expect(await codeOf(as("cara").practice.removeCoach({ practiceId: northstar, coachId: ids.owner }))).toBe("NOT_FOUND");
    expect(await codeOf(as("otherOwner").practice.removeCoach({ practiceId: northstar, coachId: ids.cara }))).toBe("NOT_FOUND");
    expect(await codeOf(as("jane").practice.removeCoach({ practiceId: northstar, coachId: ids.cara }))).toBe("NOT_FOUND");
    expect(await db.practiceCoach.count({ where: { practiceId: northstar } })).toBe(3);

    await as("owner").practice.removeCoach({ practiceId: northstar, coachId: ids.cara });
    expect(await db.practiceCoach.count({ where: { practiceId: northstar, coachId: ids.cara } })).toBe(0);
    expect(await as("cara").practice.members()).toEqual([]);
  });

  it("the owner must hand the practice on before leaving; afterwards the new owner sees every client and the former owner only their own", async () => {
    const ownerLeaves = await errorOf(as("owner").practice.removeCoach({ practiceId: northstar, coachId: ids.owner }));
    expect(ownerLeaves).toEqual({ code: "CONFLICT", message: "You own this practice. Transfer ownership to another coach before you leave." });
    // Only the owner hands it on, and only to a coach of the practice.
    expect(await codeOf(as("coach").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.coach }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.otherOwner }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.jane }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.owner }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("owner").practice.transferOwnership({ practiceId: "not an id!", newOwnerId: ids.coach }))).toBe("BAD_REQUEST");
    expect((await db.practice.findUniqueOrThrow({ where: { id: northstar } })).ownerId).toBe(ids.owner);
    // Before: the owner reads Sam (not her client), Ben does not read Jane.
    await expectSees("owner", "sam");
    await expectSeesNothing("coach", "jane");

    expect(await as("owner").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.coach })).toEqual({ newOwnerName: "Ben Okafor" });
    expect((await db.practice.findUniqueOrThrow({ where: { id: northstar } })).ownerId).toBe(ids.coach);
    // The new owner reads every client, without private notes; the former owner only her own clients.
    await expectSees("coach", "jane");
    expect(await expectSees("coach", "sam")).toEqual([samNotes.shared]);
    await expectSees("owner", "jane");
    await expectSeesNothing("owner", "sam");
    // Settings follow ownership.
    const settings = { practiceId: northstar, tonightTime: "19:00", firstThingTime: "08:30", postDaysMin: 2, postDaysMax: 3, overnightDays: 1, keepInTouchWeeks: 7, holidays: [] };
    expect(await codeOf(as("owner").practice.updateSettings(settings))).toBe("NOT_FOUND");
    expect(await codeOf(as("coach").practice.updateSettings(settings))).toBe("OK");

    // Now the former owner can go, once the new owner has moved her clients.
    expect(await codeOf(as("owner").practice.removeCoach({ practiceId: northstar, coachId: ids.owner }))).toBe("CONFLICT");
    await as("coach").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.owner, toCoachId: ids.cara });
    await as("owner").practice.removeCoach({ practiceId: northstar, coachId: ids.owner });
    await expectSeesNothing("owner", "jane");
    await expectSees("cara", "jane");
    await expectSees("coach", "jane");
  });

  it("a client disconnects from a coach: that coach, and an owner with no other link to the client, find nothing", async () => {
    // Priya has Olivia and Ben: after leaving Ben, Olivia still reads her.
    await as("priya").practice.disconnectCoach({ coachId: ids.coach });
    await expectSeesNothing("coach", "priya");
    await expectSees("owner", "priya");
    expect((await as("priya").practice.myCoaches()).map((c) => c.name)).toEqual(["Olivia Owens"]);

    // Sam has only Ben: afterwards neither Ben nor the practice's owner reads him.
    await as("sam").practice.disconnectCoach({ coachId: ids.coach });
    await expectSeesNothing("coach", "sam");
    await expectSeesNothing("owner", "sam");
    // The client's own records are untouched, private notes included.
    expect((await as("sam").interview.record({ id: interviewOf.sam })).notes.map((n) => n.id).sort()).toEqual([samNotes.shared, samNotes.private].sort());

    // Not a coach of theirs, twice, or a coach trying it: nothing to disconnect.
    expect(await codeOf(as("sam").practice.disconnectCoach({ coachId: ids.coach }))).toBe("NOT_FOUND");
    expect(await codeOf(as("jane").practice.disconnectCoach({ coachId: ids.otherOwner }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").practice.disconnectCoach({ coachId: ids.owner }))).toBe("NOT_FOUND");
    expect(await db.coachClient.count({ where: { clientId: ids.jane } })).toBe(1);
  });

  it("the practice page shows each coach's client count to the owner only, and nothing to clients or other practices", async () => {
    const [ownerView] = await as("owner").practice.members();
    expect(ownerView).toMatchObject({ name: "Northstar Career Coaching", canManageCoaches: true, canLeave: false });
    expect(Object.fromEntries(ownerView!.coaches.map((c) => [c.name, [c.label, c.clientCount]]))).toEqual({
      "Olivia Owens": ["owner", 2],
      "Ben Okafor": ["coach", 2],
      "Cara Coach": ["coach", 0],
    });
    const [benView] = await as("coach").practice.members();
    expect(benView).toMatchObject({ canManageCoaches: false, canLeave: true });
    expect(Object.fromEntries(benView!.coaches.map((c) => [c.name, c.clientCount]))).toEqual({ "Olivia Owens": null, "Ben Okafor": 2, "Cara Coach": null });
    expect(await as("jane").practice.members()).toEqual([]);
    expect((await as("otherOwner").practice.members()).map((p) => p.name)).toEqual(["Harbor Coaching"]);
    expect(await as("otherOwner").practice.myCoaches()).toEqual([]);
  });

  it("bad input is a 400 and writes nothing", async () => {
    const before = await db.coachClient.findMany({ orderBy: [{ coachId: "asc" }, { clientId: "asc" }] });
    expect(await codeOf(as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.coach }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: "x y", toCoachId: ids.cara }))).toBe("BAD_REQUEST");
    // @ts-expect-error an unknown field, as a hand-made request would send
    expect(await codeOf(as("owner").practice.removeCoach({ practiceId: northstar, coachId: ids.cara, force: true }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.otherOwner }))).toBe("NOT_FOUND");
    expect(await db.coachClient.findMany({ orderBy: [{ coachId: "asc" }, { clientId: "asc" }] })).toEqual(before);
    expect(await db.practiceCoach.count({ where: { practiceId: northstar } })).toBe(3);
  });
});
