import { beforeEach, describe, expect, it } from "vitest";
import { isAllowedToSignIn } from "@/server/auth/sign-in-policy";
import type { z } from "zod";
import { createPractice, createPracticeInput, slugifyPracticeName } from "@/server/practices/create-practice";
import { DEFAULT_TEMPLATES } from "@/server/templates/default-templates";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";

const NOW = new Date("2026-11-23T15:00:00Z");

describe("creating a practice (npm run practice:create)", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  /** As scripts/create-practice.ts does it: the input parsed at the edge, then the service. */
  const createFromArgs = async (raw: z.input<typeof createPracticeInput>) => createPractice(db, createPracticeInput.parse(raw));

  it("creates the practice, its owner as a coach who may sign in, and the default templates; the owner then invites", async () => {
    const created = await createFromArgs({ name: "  Lighthouse Careers ", ownerEmail: " Mia.Lopez@Lighthouse.example ", ownerName: "Mia Lopez", ownerTimeZone: "Europe/Madrid" });
    expect(created).toMatchObject({ practice: { name: "Lighthouse Careers", slug: "lighthouse-careers" }, ownerEmail: "mia.lopez@lighthouse.example", ownerExisted: false });
    const owner = await db.user.findUniqueOrThrow({ where: { id: created.ownerId } });
    expect(owner).toMatchObject({ email: "mia.lopez@lighthouse.example", name: "Mia Lopez", role: "COACH", timeZone: "Europe/Madrid" });
    expect(await isAllowedToSignIn(db, "mia.lopez@lighthouse.example", NOW)).toBe(true);
    expect(await db.template.count({ where: { practiceId: created.practice.id } })).toBe(DEFAULT_TEMPLATES.length);

    const mia = callerFor(db, created.ownerId, () => NOW);
    expect((await mia.template.list({})).length).toBe(DEFAULT_TEMPLATES.length);
    const settings = await db.practice.findUniqueOrThrow({ where: { id: created.practice.id } });
    expect(settings).toMatchObject({ ownerId: created.ownerId, reviewRequired: true, tonightTime: "19:00", firstThingTime: "08:30" });
    // Her practice is hers alone: another practice's clients stay NOT_FOUND to her.
    expect(await codeOf(mia.client.get({ id: ids.jane }))).toBe("NOT_FOUND");
    const janeInterview = await db.interview.findFirstOrThrow({ where: { clientId: ids.jane } });
    await expect(mia.interview.get({ id: janeInterview.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // She invites her first client into her practice.
    await mia.invitation.inviteClient({ email: "first.client@example.com" });
    expect(await db.invitation.findFirstOrThrow({ where: { email: "first.client@example.com" }, select: { practiceId: true, invitedById: true } })).toEqual({ practiceId: created.practice.id, invitedById: created.ownerId });
  });

  it("gives a second practice of the same name its own slug, and lets an existing coach own another practice", async () => {
    const first = await createFromArgs({ name: "Lighthouse Careers", ownerEmail: "mia@lighthouse.example", ownerName: "Mia" });
    const second = await createFromArgs({ name: "Lighthouse Careers", ownerEmail: "olivia.owens@northstar.example", ownerName: "Olivia" });
    expect([first.practice.slug, second.practice.slug]).toEqual(["lighthouse-careers", "lighthouse-careers-2"]);
    expect(second).toMatchObject({ ownerId: ids.owner, ownerExisted: true });
    expect(slugifyPracticeName("Équipe Carrière & Co!")).toBe("equipe-carriere-co");
  });

  it("refuses bad input and a client's account as owner, with a clear message, and writes nothing", async () => {
    const before = { practices: await db.practice.count(), users: await db.user.count(), templates: await db.template.count() };
    await expect(createFromArgs({ name: "X", ownerEmail: "not an address", ownerName: "" })).rejects.toThrow(/Give the practice a name|Enter the owner/);
    await expect(createFromArgs({ name: "Lighthouse", ownerEmail: "mia@lighthouse.example", ownerName: "Mia", ownerTimeZone: "Mars/Olympus" })).rejects.toThrow("Choose a valid time zone");
    await expect(createFromArgs({ name: "Lighthouse", ownerEmail: "jane.doe@example.com", ownerName: "Jane" })).rejects.toThrow("is a client's account and cannot own a practice");
    expect({ practices: await db.practice.count(), users: await db.user.count(), templates: await db.template.count() }).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.jane } })).role).toBe("CLIENT");
  });
});
