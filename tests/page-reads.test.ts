import { beforeEach, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { getAuthSecret, hashSignInToken } from "@/server/auth/sign-in-link";
import { createInvitationToken } from "@/server/invitations/invitation-token";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createApprovedThankYou } from "./support/emails";

// Monday 23 November 2026, 15:00 UTC = 10:00 in New York (Jane's zone).
const NOW = new Date("2026-11-23T15:00:00Z");
const BODY = "Dear Maria,\n\nYour question about cutting scope on the warehouse-robot launch stayed with me. I wrote up how I would phase it.\n\nJane";

/** What the pages read, each through one procedure (README "One data path"). */
describe("what the pages read", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  const as = (key: DemoKey | null) => callerFor(db, key ? ids[key] : null, () => NOW);
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  describe("the draft page: how sending looks comes with the draft", () => {
    let draftId: string;
    beforeEach(async () => {
      draftId = await createApprovedThankYou(db, ids, "Maria Chen", BODY, NOW);
    });

    it("R07, R21: the client gets the plan's presets in their zone, and a time picker that starts on the hour, an hour on", async () => {
      const draft = await as("jane").draft.get({ id: draftId });
      expect(draft.isEmail).toBe(true);
      expect(draft.sending).toMatchObject({ timeZone: "America/New_York", renderedAt: NOW, defaultLocalTime: "2026-11-23T11:00", blockedReason: null });
      // Tonight is 19:00 and first thing 08:30 in New York, the practice's defaults.
      expect(draft.sending!.presets.map((p) => [p.id, p.at.toISOString()])).toEqual([
        ["tonight", "2026-11-24T00:00:00.000Z"],
        ["first-thing", "2026-11-24T13:30:00.000Z"],
      ]);
    });

    it("an edit after approval blocks sending until the coach approves again (review required)", async () => {
      await as("jane").draft.save({ id: draftId, subject: "Thank you, Maria Chen", body: `${BODY}\n\nP.S. One more thought.` });
      expect((await as("jane").draft.get({ id: draftId })).sending!.blockedReason).toBe("Your coach approves an email before it goes out. Submit it for review.");
    });

    it("the coach reads the draft but is offered no sending", async () => {
      const draft = await as("owner").draft.get({ id: draftId });
      expect([draft.isEmail, draft.sending]).toEqual([true, null]);
    });
  });

  it("the settings page: profile, digest, reminders and owned practices in one call", async () => {
    const practice = await db.practice.findUniqueOrThrow({ where: { slug: "northstar" }, select: { id: true, name: true } });
    const owner = await as("owner").me.settings();
    expect(owner).toMatchObject({ profile: { name: "Olivia Owens", timeZone: "America/New_York" }, reminders: null, digestFailure: null });
    expect(owner.practices.map((p) => [p.id, p.name, p.tonightTime])).toEqual([[practice.id, practice.name, "19:00"]]);
    expect(owner.digest).toBeTruthy();
    const jane = await as("jane").me.settings();
    expect([jane.profile.name, jane.reminders, jane.practices]).toEqual(["Jane Doe", false, []]);
    expect(await codeOf(as(null).me.settings())).toBe("UNAUTHORIZED");
  });

  it("the interview page: the record with its drafts, emails and the templates to start one (the client only)", async () => {
    const draftId = await createApprovedThankYou(db, ids, "Maria Chen", BODY, NOW);
    const interviewId = (await db.draft.findUniqueOrThrow({ where: { id: draftId } })).interviewId;
    const jane = await as("jane").interview.record({ id: interviewId });
    expect(jane.drafts.map((d) => d.id)).toEqual([draftId]);
    // Each person's thank-you state on the People tab is found by the draft's recipient.
    const maria = jane.interview.people.find((p) => p.name === "Maria Chen")!;
    expect(jane.drafts.map((d) => d.recipientPersonId)).toEqual([maria.id]);
    expect(jane.emails).toEqual([]);
    expect(jane.templates.length).toBeGreaterThan(0);
    expect(Object.keys(jane.templates[0]!).sort()).toEqual(["id", "kind", "name"]);
    const owner = await as("owner").interview.record({ id: interviewId });
    expect([owner.drafts.map((d) => d.id), owner.templates]).toEqual([[draftId], []]);
  });

  it("the client page: the client, their plan by interview, and whether this coach manages it", async () => {
    const olivia = await as("owner").client.get({ id: ids.jane }); // Olivia coaches Jane
    expect(olivia.canManagePlan).toBe(true);
    const plan = await as("owner").client.plan({ id: ids.jane });
    const open = plan.interviews.flatMap((i) => [...i.overdue, ...i.upcoming]);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((task) => task.status === "OPEN")).toBe(true);
    expect(plan.interviews.flatMap((i) => i.finished).every((task) => task.status !== "OPEN")).toBe(true);
    const ofSam = await as("owner").client.get({ id: ids.sam }); // Sam is Ben's; Olivia owns the practice
    const samsPlan = await as("owner").client.plan({ id: ids.sam });
    expect([ofSam.canManagePlan, samsPlan.interviews.length > 0]).toEqual([false, true]);
  });

  it("the invitation page reads the invitation by its link, signed out; a token that cannot be one is not found", async () => {
    const { token, tokenHash } = createInvitationToken();
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    await db.invitation.create({
      data: { practiceId, kind: "CLIENT", email: "new.person@example.com", invitedById: ids.coach, tokenHash, expiresAt: new Date(NOW.getTime() + 86_400_000) },
    });
    expect(await as(null).invitation.byToken({ token })).toEqual({
      email: "new.person@example.com",
      kind: "CLIENT",
      practiceName: "Northstar Career Coaching",
      inviterName: "Ben Okafor",
      status: "open",
    });
    expect(await as(null).invitation.byToken({ token: `${token}x` })).toBeNull();
    expect(await as(null).invitation.byToken({ token: "not\u0000a token" })).toBeNull();
  });

  it("the sign-in link page reads the link's state, signed out, without using it up", async () => {
    const token = "a-sign-in-token-of-good-length";
    await db.verificationToken.create({
      data: { identifier: "jane.doe@example.com", token: hashSignInToken(token, getAuthSecret()), expires: new Date(NOW.getTime() + 3_600_000) },
    });
    const state = () => as(null).signIn.linkState({ email: "jane.doe@example.com", token });
    expect(await state()).toBe("valid");
    expect(await state()).toBe("valid");
    expect(await as(null).signIn.linkState({ email: "sam.rivera@example.com", token })).toBe("invalid");
    expect(await as(null).signIn.linkState({ email: "not an address", token: "\u0000" })).toBe("invalid");
  });

  it("one request reads the session and the actor once, however many procedures it calls", async () => {
    let sessionReads = 0;
    const getSessionUserId = async () => {
      sessionReads += 1;
      return ids.jane;
    };
    const request = createCaller(createRequestContext({ headers: new Headers(), db, getSessionUserId }));
    await Promise.all([request.me.settings(), request.interview.list({}), request.template.list({})]);
    await request.reference.list({});
    expect(sessionReads).toBe(1);
    // The next request reads them again: roles come from the database on every request.
    await createCaller(createRequestContext({ headers: new Headers(), db, getSessionUserId })).me.settings();
    expect(sessionReads).toBe(2);
  });
});
