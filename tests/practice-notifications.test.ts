import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, errorOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { seedPracticeWorld, type DemoClient, type PracticeKey as Key } from "./support/practice-world";

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * Who is told what, in the app, when a practice's life changes DOMAIN.md "Who sees what". Demo world:
 * Northstar is Olivia's (owner); Ben coaches there. Jane is Olivia's client, Sam is Ben's, Priya has
 * both. Carlos owns Harbor. A third coach, Cara, joins Northstar for these tests. Each test compares
 * every notification written by the change with the exact list expected, so nobody else is told.
 */
describe("a practice's life, told in the app", () => {
  const { db } = useTestDatabase();
  let ids: Record<Key, string>;
  let northstar: string;
  let interviewOf: Record<DemoClient, string>;
  const as = (key: Key) => callerFor(db, ids[key], () => NOW);

  beforeEach(async () => {
    ({ ids, northstar, interviewOf } = await seedPracticeWorld(db, NOW));
  });

  const keyOf = (userId: string) => (Object.keys(ids) as Key[]).find((key) => ids[key] === userId) ?? userId;

  /** Every notification there is now, by id, to tell the new ones from. */
  async function markNotifications(): Promise<string[]> {
    return (await db.notification.findMany({ select: { id: true } })).map((n) => n.id);
  }

  /** The notifications written since the mark, as [recipient, kind, message, link], in a fixed order. */
  async function toldSince(mark: string[]) {
    const rows = await db.notification.findMany({
      where: { id: { notIn: mark } },
      select: { userId: true, kind: true, message: true, href: true, practiceId: true, interviewId: true },
    });
    // Every one of them belongs to the practice (the tenant) and to no interview.
    for (const row of rows) expect({ practiceId: row.practiceId, interviewId: row.interviewId }).toEqual({ practiceId: northstar, interviewId: null });
    return rows.map((n) => [keyOf(n.userId), n.kind, n.message, n.href] as const).sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));
  }

  /** What the person's notification list (the notifications router, both dashboards' panel) shows. */
  async function listed(key: Key) {
    return (await as(key).notification.list({})).items.map((n) => [n.message, n.href]);
  }

  /** An earlier notification to a coach about a client's interview, as a lead going cold writes one. */
  async function toldAbout(coach: Key, client: DemoClient) {
    return (await db.notification.create({ data: { userId: ids[coach], kind: "LEAD_COLD", message: `A lead went cold (${client}).`, interviewId: interviewOf[client] } })).id;
  }
  const stillThere = async (id: string) => (await db.notification.count({ where: { id } })) === 1;

  it("the owner moves a coach's clients: each client hears who their coach is now, the new coach gets one notification with the count, the former coach hears how many went", async () => {
    const benOnSam = await toldAbout("coach", "sam");
    const oliviaOnSam = await toldAbout("owner", "sam");
    const mark = await markNotifications();

    await as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.cara });

    expect(await toldSince(mark)).toEqual([
      // One notification for the whole move, linked to the client list that names them.
      ["cara", "CLIENTS_RECEIVED", "Olivia Owens moved 2 clients to you from Ben Okafor. They are in your client list.", "/"],
      // DOMAIN.md "Who sees what": Ben no longer reads Priya or Sam, so he gets no link and no names.
      ["coach", "CLIENTS_MOVED_AWAY", "Olivia Owens moved your 2 clients to Cara Coach. You no longer see their records.", null],
      ["priya", "COACH_CHANGED", "Olivia Owens moved you to a new coach: Cara Coach is your coach now, in place of Ben Okafor.", "/settings"],
      ["sam", "COACH_CHANGED", "Olivia Owens moved you to a new coach: Cara Coach is your coach now, in place of Ben Okafor.", "/settings"],
    ]);
    // Ben's earlier notification about Sam's interview would lead to a page he cannot open now: gone.
    // Olivia, the owner, still reads Sam: hers stays.
    expect(await stillThere(benOnSam)).toBe(false);
    expect(await stillThere(oliviaOnSam)).toBe(true);

    // Each list shows the person their own, and no one else's.
    expect(await listed("cara")).toEqual([["Olivia Owens moved 2 clients to you from Ben Okafor. They are in your client list.", "/"]]);
    expect(await listed("coach")).toEqual([["Olivia Owens moved your 2 clients to Cara Coach. You no longer see their records.", null]]);
    expect(await listed("sam")).toContainEqual(["Olivia Owens moved you to a new coach: Cara Coach is your coach now, in place of Ben Okafor.", "/settings"]);
    const told = new Set((await toldSince(mark)).map(([, , message]) => message));
    for (const key of ["owner", "jane", "otherOwner"] as const) {
      expect((await listed(key)).filter(([message]) => told.has(message!))).toEqual([]);
    }
  });

  it("one client moved: the new coach's notification names them and links to their page, which the new coach can open", async () => {
    // Priya leaves Olivia first, so Jane is Olivia's only client.
    await as("priya").practice.disconnectCoach({ coachId: ids.owner });
    const mark = await markNotifications();
    await as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.owner, toCoachId: ids.cara });

    // Olivia moved her own client: she is not told what she did herself.
    expect(await toldSince(mark)).toEqual([
      ["cara", "CLIENTS_RECEIVED", "Olivia Owens moved Jane Doe to you: you are their coach now.", `/clients/${ids.jane}`],
      ["jane", "COACH_CHANGED", "Olivia Owens moved you to a new coach: Cara Coach is your coach now, in place of Olivia Owens.", "/settings"],
    ]);
    expect(await listed("cara")).toEqual([["Olivia Owens moved Jane Doe to you: you are their coach now.", `/clients/${ids.jane}`]]);
    expect((await as("cara").client.get({ id: ids.jane })).id).toBe(ids.jane);

    // Nothing that names Jane to someone else outlives her account, but the notice that she left.
    const namingJane = { message: { contains: "Jane Doe" }, kind: { not: "CLIENT_DELETED_ACCOUNT" } };
    expect(await db.notification.count({ where: namingJane })).toBe(1);
    await as("jane").account.deleteAccount({ confirmEmail: "jane.doe@example.com" });
    expect(await db.notification.count({ where: namingJane })).toBe(0);
    expect(await listed("cara")).toEqual([["Jane Doe deleted their Followthrough account. Their interviews, plan, letters and emails are gone; scheduled emails were cancelled.", null]]);
  });

  it("a coach who loses a client she was told she received loses that linked notice too; the one saying the client left stays", async () => {
    await as("priya").practice.disconnectCoach({ coachId: ids.owner });
    await as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.owner, toCoachId: ids.cara });
    expect(await listed("cara")).toEqual([["Olivia Owens moved Jane Doe to you: you are their coach now.", `/clients/${ids.jane}`]]);

    await as("jane").practice.disconnectCoach({ coachId: ids.cara });
    // The link to Jane's page would be not found now: only the notice without a link is left.
    expect(await listed("cara")).toEqual([["Jane Doe disconnected from you. You no longer see their interviews, notes or drafts.", null]]);
    expect(await db.notification.count({ where: { userId: ids.cara, href: { not: null } } })).toBe(0);
  });

  it("a client who already has the receiving coach hears that only the former coach is gone; the owner taking clients is not told of her own move", async () => {
    const mark = await markNotifications();
    await as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.owner });

    expect(await toldSince(mark)).toEqual([
      ["coach", "CLIENTS_MOVED_AWAY", "Olivia Owens moved your 2 clients to Olivia Owens. You no longer see their records.", null],
      ["priya", "COACH_CHANGED", "Olivia Owens ended your coaching with Ben Okafor; Olivia Owens stays your coach.", "/settings"],
      ["sam", "COACH_CHANGED", "Olivia Owens moved you to a new coach: Olivia Owens is your coach now, in place of Ben Okafor.", "/settings"],
    ]);
  });

  it("a client disconnects: the coach is told by name without a link, and the owner only when she lost sight of the client", async () => {
    const benOnSam = await toldAbout("coach", "sam");
    const oliviaOnSam = await toldAbout("owner", "sam");
    const oliviaOnPriya = await toldAbout("owner", "priya");
    let mark = await markNotifications();

    // Sam has only Ben: Ben and Olivia both lose sight of him.
    await as("sam").practice.disconnectCoach({ coachId: ids.coach });
    expect(await toldSince(mark)).toEqual([
      ["coach", "CLIENT_DISCONNECTED", "Sam Rivera disconnected from you. You no longer see their interviews, notes or drafts.", null],
      ["owner", "CLIENT_DISCONNECTED", "Sam Rivera disconnected from Ben Okafor and has no other coach in your practice. You no longer see their records.", null],
    ]);
    expect(await stillThere(benOnSam)).toBe(false);
    expect(await stillThere(oliviaOnSam)).toBe(false);

    // Priya keeps Olivia: only Ben is told, and Olivia's notification about Priya stays.
    mark = await markNotifications();
    await as("priya").practice.disconnectCoach({ coachId: ids.coach });
    expect(await toldSince(mark)).toEqual([["coach", "CLIENT_DISCONNECTED", "Priya Shah disconnected from you. You no longer see their interviews, notes or drafts.", null]]);
    expect(await stillThere(oliviaOnPriya)).toBe(true);

    // Two transactions apart, so compared without their order.
    expect((await listed("coach")).sort()).toEqual([
      ["Priya Shah disconnected from you. You no longer see their interviews, notes or drafts.", null],
      ["Sam Rivera disconnected from you. You no longer see their interviews, notes or drafts.", null],
    ]);
    expect((await listed("cara")).length).toBe(0);

    // Nothing that names Sam to someone else outlives his account.
    expect(await db.notification.count({ where: { message: { contains: "Sam Rivera" } } })).toBe(2);
    await as("sam").account.deleteAccount({ confirmEmail: "sam.rivera@example.com" });
    expect(await db.notification.count({ where: { message: { contains: "Sam Rivera" } } })).toBe(0);
  });

  it("a client leaves the owner while another coach of the practice keeps them: the owner hears she still sees them", async () => {
    const oliviaOnPriya = await toldAbout("owner", "priya");
    const mark = await markNotifications();
    await as("priya").practice.disconnectCoach({ coachId: ids.owner });
    expect(await toldSince(mark)).toEqual([
      ["owner", "CLIENT_DISCONNECTED", "Priya Shah disconnected from you as their coach. As the owner of a practice that still coaches them, you still see their records.", null],
    ]);
    expect(await stillThere(oliviaOnPriya)).toBe(true);
  });

  it("ownership is handed on: the new owner is told, with a link to the practice; the former owner forgets clients no longer hers", async () => {
    const oliviaOnSam = await toldAbout("owner", "sam");
    const oliviaOnJane = await toldAbout("owner", "jane");
    const mark = await markNotifications();

    await as("owner").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.coach });

    expect(await toldSince(mark)).toEqual([
      [
        "coach",
        "PRACTICE_OWNERSHIP_RECEIVED",
        "Olivia Owens handed Northstar Career Coaching to you. You own it now: you see every client of it and manage its settings and coaches.",
        "/practice",
      ],
    ]);
    expect(await listed("coach")).toEqual([
      ["Olivia Owens handed Northstar Career Coaching to you. You own it now: you see every client of it and manage its settings and coaches.", "/practice"],
    ]);
    // Sam was Ben's, so Olivia no longer reads him; Jane is still hers.
    expect(await stillThere(oliviaOnSam)).toBe(false);
    expect(await stillThere(oliviaOnJane)).toBe(true);
  });

  it("a coach removed by the owner is told; a coach who leaves tells the owner", async () => {
    let mark = await markNotifications();
    await as("owner").practice.removeCoach({ practiceId: northstar, coachId: ids.cara });
    expect(await toldSince(mark)).toEqual([["cara", "REMOVED_FROM_PRACTICE", "Olivia Owens removed you from Northstar Career Coaching. You no longer see its templates.", null]]);

    await as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.owner });
    mark = await markNotifications();
    await as("coach").practice.removeCoach({ practiceId: northstar, coachId: ids.coach });
    expect(await toldSince(mark)).toEqual([["owner", "COACH_LEFT_PRACTICE", "Ben Okafor left Northstar Career Coaching.", "/practice"]]);
  });

  it("a refused change tells no one", async () => {
    const mark = await markNotifications();
    expect(await codeOf(as("coach").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.cara }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.otherOwner }))).toBe("NOT_FOUND");
    expect(await codeOf(as("coach").practice.removeCoach({ practiceId: northstar, coachId: ids.coach }))).toBe("CONFLICT");
    expect(await codeOf(as("cara").practice.removeCoach({ practiceId: northstar, coachId: ids.coach }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").practice.transferOwnership({ practiceId: northstar, newOwnerId: ids.jane }))).toBe("NOT_FOUND");
    expect(await codeOf(as("jane").practice.disconnectCoach({ coachId: ids.coach }))).toBe("NOT_FOUND");
    expect(await toldSince(mark)).toEqual([]);
  });

  it("the notifications are written in the change's own transaction: when one cannot be stored, the clients stay where they were", async () => {
    const before = await db.coachClient.findMany({ orderBy: [{ coachId: "asc" }, { clientId: "asc" }] });
    const mark = await markNotifications();
    // The database refuses the former coach's notification, the last one written.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_notification() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_moved_away BEFORE INSERT ON "Notification" FOR EACH ROW WHEN (NEW.kind = 'CLIENTS_MOVED_AWAY') EXECUTE FUNCTION refuse_notification()`,
    );
    try {
      const failed = await errorOf(as("owner").practice.reassignClients({ practiceId: northstar, fromCoachId: ids.coach, toCoachId: ids.cara }));
      expect(failed.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_moved_away ON "Notification"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_notification()`);
    }
    expect(await db.coachClient.findMany({ orderBy: [{ coachId: "asc" }, { clientId: "asc" }] })).toEqual(before);
    expect(await toldSince(mark)).toEqual([]);
  });
});
