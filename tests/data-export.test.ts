import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { loadActor } from "@/server/access/actor";
import { getCoachDashboard } from "@/server/dashboard/coach-dashboard";
import { DEFAULT_COACH_VIEW } from "@/server/dashboard/dashboard-schemas";
import { loadClientExport } from "@/server/export/client-export";
import { answerExport } from "@/server/export/export-response";
import { callerFor } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";
import { interviewFields } from "./support/interviews";
import { useOutboxServer } from "./support/outbox-server";
import { seedRichWorld } from "./support/rich-world";

const NOW = new Date("2026-11-23T15:00:00Z");
/** Sam's records carry this, and the coach's private note on Jane's interview carries the other: neither may reach Jane's export. */
const SAMS_MARK = "ZX-SAM-ONLY-4417";
const COACHS_PRIVATE = "ZX-COACH-PRIVATE-9921";

async function unzip(response: Response): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const readCsv = (text: string): Record<string, string>[] => parse(text, { columns: true });
const idsOf = (rows: { id?: string }[]) => rows.map((r) => r.id).sort();

describe("exporting your data (issue 17)", () => {
  const { db, url } = useTestDatabase();
  useOutboxServer(db);
  let world: Awaited<ReturnType<typeof seedRichWorld>>;

  beforeEach(async () => {
    world = await seedRichWorld(db, NOW);
    const { ids } = world;
    const sam = callerFor(db, ids.sam, () => NOW);
    const { id } = await sam.interview.create({ ...interviewFields, company: `${SAMS_MARK} Corp` });
    await sam.record.addNote({ interviewId: id, body: `Sam's note ${SAMS_MARK}`, visibility: "PRIVATE" });
    await sam.reference.add({ name: `Ref ${SAMS_MARK}`, relationship: "Mentor" });
    // DOMAIN.md gives coaches no private notes on a client's interview; should one exist, the client does not see it.
    await db.debriefNote.create({ data: { interviewId: world.acmeId, authorId: ids.owner, visibility: "PRIVATE", body: COACHS_PRIVATE } });
  });

  it("the zip has one CSV per table with every record of Jane's, as the database has them, and nothing of anyone else", async () => {
    const { ids } = world;
    const response = await answerExport(db, ids.jane, { kind: "mine", format: "zip" }, NOW);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="followthrough-data-2026-11-23.zip"');
    const files = await unzip(response);
    expect(Object.keys(files).sort()).toEqual(
      ["calls", "draftComments", "draftVersions", "drafts", "emails", "expenses", "interviews", "notes", "notifications", "people", "profile", "promisedAndRequested", "references", "referencesGiven", "tasks"].map((n) => `${n}.csv`).sort(),
    );
    const table = (name: string) => readCsv(files[`${name}.csv`]!);
    const own = { interview: { clientId: ids.jane } };

    expect(table("profile")).toEqual([expect.objectContaining({ id: ids.jane, email: "jane.doe@example.com", name: "Jane Doe", timeZone: "Europe/London" })]);
    expect(idsOf(table("interviews"))).toEqual(idsOf(await db.interview.findMany({ where: { clientId: ids.jane }, select: { id: true } })));
    expect(idsOf(table("people"))).toEqual(idsOf(await db.interviewPerson.findMany({ where: own, select: { id: true } })));
    expect(idsOf(table("tasks"))).toEqual(idsOf(await db.followUpTask.findMany({ where: own, select: { id: true } })));
    expect(idsOf(table("calls"))).toEqual(idsOf(await db.callLog.findMany({ where: own, select: { id: true } })));
    expect(idsOf(table("promisedAndRequested"))).toEqual(idsOf(await db.interviewItem.findMany({ where: own, select: { id: true } })));
    expect(table("expenses")).toEqual([expect.objectContaining({ description: "Train to Acme", amountCents: "4250", currency: "USD" })]);
    expect(idsOf(table("drafts"))).toEqual(idsOf(await db.draft.findMany({ where: own, select: { id: true } })));
    expect(idsOf(table("draftVersions"))).toEqual(idsOf(await db.draftVersion.findMany({ where: { draft: own }, select: { id: true } })));
    expect(table("draftComments")).toEqual([expect.objectContaining({ body: "Lovely detail about the telemetry.", byYou: "false" })]);
    expect(table("references")).toEqual([expect.objectContaining({ id: world.referenceId, name: "Rita Reference" })]);
    expect(table("referencesGiven")).toEqual([expect.objectContaining({ referenceId: world.referenceId, interviewId: world.acmeId })]);
    expect(table("notifications").map((n) => n.message)).toEqual(
      (await db.notification.findMany({ where: { userId: ids.jane }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((n) => n.message),
    );
    // Emails: state, times and recipients, as stored.
    const emails = await db.email.findMany({ where: { clientId: ids.jane }, select: { id: true, status: true, toAddress: true } });
    expect(table("emails").map(({ id, status, toAddress }) => ({ id, status, toAddress })).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      emails.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(new Set(emails.map((e) => e.status))).toEqual(new Set(["SENT", "SCHEDULED"]));
    // Notes: her shared and private ones and her coach's shared one; never a coach's private note.
    const visible = await db.debriefNote.findMany({ where: { ...own, OR: [{ visibility: "SHARED" }, { authorId: ids.jane }] }, select: { body: true } });
    const notes = table("notes").map((n) => n.body).sort();
    expect(notes).toEqual(visible.map((n) => n.body).sort());
    expect(notes).toEqual(expect.arrayContaining(["Coach: stress the launch experience.", "Private: I was nervous about the salary question.", "Shared: they worried about my travel."]));
    expect(notes).not.toContain(COACHS_PRIVATE);
    // Nothing of anyone else: no other person's id or address, Sam's records, or the coach's private note; no secret.
    const everything = Object.values(files).join("\n");
    const others = await db.user.findMany({ where: { id: { not: ids.jane } }, select: { id: true, email: true } });
    for (const mark of [SAMS_MARK, COACHS_PRIVATE, ...others.flatMap((u) => [u.id, u.email])]) expect(everything, mark).not.toContain(mark);
    const feed = await db.calendarFeed.findUniqueOrThrow({ where: { userId: ids.jane } });
    expect(everything).not.toContain(feed.tokenHash);
    expect(table("profile")[0]!.calendarFeedCreatedAt).toBe(feed.createdAt.toISOString());
  });

  it("the JSON is one file with the same tables, and nothing of anyone else", async () => {
    const { ids } = world;
    const response = await answerExport(db, ids.jane, { kind: "mine", format: "json" }, NOW);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="followthrough-data-2026-11-23.json"');
    const text = await response.text();
    const json = JSON.parse(text) as Record<string, unknown>;
    const expected = JSON.parse(JSON.stringify(await loadClientExport(db, (await loadActor(db, ids.jane))!)));
    expect(json).toEqual({ exportedAt: NOW.toISOString(), ...expected });
    expect((json.drafts as unknown[]).length).toBeGreaterThanOrEqual(2);
    const others = await db.user.findMany({ where: { id: { not: ids.jane } }, select: { id: true, email: true } });
    for (const mark of [SAMS_MARK, COACHS_PRIVATE, ...others.flatMap((u) => [u.id, u.email])]) expect(text, mark).not.toContain(mark);
  });

  it("reads a fixed number of statements, whatever the number of interviews", async () => {
    const counting = createQueryCountingClient(url);
    try {
      const jane = (await loadActor(db, world.ids.jane))!;
      counting.reset();
      await loadClientExport(counting.db, jane);
      const few = counting.queries();
      const caller = callerFor(db, world.ids.jane, () => NOW);
      for (let i = 0; i < 4; i++) {
        const { id } = await caller.interview.create({ ...interviewFields, company: `Company ${i}` });
        await caller.record.addExpense({ interviewId: id, description: `Taxi ${i}`, amount: 10 + i, currency: "EUR" });
      }
      counting.reset();
      const more = await loadClientExport(counting.db, jane);
      expect(more.interviews.length).toBeGreaterThanOrEqual(6);
      expect(counting.queries()).toBe(few);
    } finally {
      await counting.disconnect();
    }
  });

  it("signed out is 401; the export is rate-limited with a time to come back", async () => {
    expect((await answerExport(db, null, { kind: "mine", format: "json" }, NOW)).status).toBe(401);
    const statuses: number[] = [];
    // The seed already counted one export of Jane's; the limit is 10 an hour.
    for (let i = 0; i < 10; i++) statuses.push((await answerExport(db, world.ids.jane, { kind: "mine", format: "json" }, NOW)).status);
    expect(statuses).toEqual([...Array(9).fill(200), 429]);
    const refused = await answerExport(db, world.ids.jane, { kind: "mine", format: "zip" }, NOW);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many exports just now\. Try again in /);
  });

  it("the owner exports the practice's templates and a CSV of clients with the dashboard's health; anyone else finds nothing (404)", async () => {
    const { ids } = world;
    const response = await answerExport(db, ids.owner, { kind: "practice" }, NOW);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="followthrough-practice-2026-11-23.zip"');
    const files = await unzip(response);
    expect(Object.keys(files).sort()).toEqual(["clients.csv", "templates.json"]);
    const templates = JSON.parse(files["templates.json"]!) as { practices: { name: string; templates: { id: string; versions: unknown[] }[] }[] };
    expect(templates.practices.map((p) => p.name)).toEqual(["Northstar Career Coaching"]);
    const stored = await db.template.findMany({ where: { practice: { ownerId: ids.owner } }, select: { id: true, _count: { select: { versions: true } } } });
    expect(templates.practices[0]!.templates.map((t) => ({ id: t.id, versions: t.versions.length })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      stored.map((t) => ({ id: t.id, versions: t._count.versions })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    const owner = (await loadActor(db, ids.owner))!;
    const dashboard = await getCoachDashboard(db, owner, NOW, { ...DEFAULT_COACH_VIEW, sort: "name", limit: 50 });
    expect(readCsv(files["clients.csv"]!)).toEqual(
      dashboard.clients.map((c) => ({
        name: c.name ?? "",
        email: c.email,
        timeZone: c.timeZone,
        interviewCount: String(c.interviewCount),
        overdueCount: String(c.overdueCount),
        coldLeads: String(c.coldLeads),
        nextDecision: c.nextDecision ?? "",
        lastActivity: c.lastActivity?.toISOString() ?? "",
      })),
    );
    expect(files["clients.csv"]).not.toContain("lee.wong@example.com");
    for (const key of ["coach", "jane", "otherClient"] as const) {
      const refused = await answerExport(db, ids[key], { kind: "practice" }, NOW);
      expect(refused.status, key).toBe(404);
    }
  });

  it("the practice export lists only the clients of the practices the owner owns, not one they coach in another practice", async () => {
    const { ids } = world;
    // Olivia (Northstar's owner) also coaches Lee Wong inside Carlos's Harbor practice, which she does not own.
    const harbor = await db.practice.findFirstOrThrow({ where: { ownerId: ids.otherOwner }, select: { id: true } });
    await db.practiceCoach.create({ data: { practiceId: harbor.id, coachId: ids.owner } });
    await db.coachClient.create({ data: { practiceId: harbor.id, coachId: ids.owner, clientId: ids.otherClient } });
    const owner = (await loadActor(db, ids.owner))!;
    expect((await getCoachDashboard(db, owner, NOW, { ...DEFAULT_COACH_VIEW, limit: 50 })).clients.map((c) => c.email)).toContain("lee.wong@example.com");

    const files = await unzip(await answerExport(db, ids.owner, { kind: "practice" }, NOW));
    const northstarClients = await db.user.findMany({
      where: { clientOf: { some: { practice: { ownerId: ids.owner } } } },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    expect(readCsv(files["clients.csv"]!).map((c) => c.email).sort()).toEqual(northstarClients.map((c) => c.email));
    expect(files["clients.csv"]).not.toContain("lee.wong@example.com");
    expect(files["templates.json"]).not.toContain("Harbor");
  });
});
