import "server-only";
import type { DbOrTx } from "@/server/db/client";
import { fromDbDate, toCivilDate } from "@/lib/civil-date";
import { endOfIsoWeek } from "./compose-digest";
import type { ClientDigestData, CoachClientState, CoachDigestData, DigestUser } from "./digest-types";

const WEEK_AHEAD_MS = 8 * 86_400_000;
const latestSubject = { orderBy: { version: "desc" }, take: 1, select: { subject: true } } as const;

export type LoadedDigest = { settings: { enabled: boolean; always: boolean }; data: { kind: "CLIENT"; value: ClientDigestData } | { kind: "COACH"; value: CoachDigestData } };

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * The data of a batch of digests (clients and coaches mixed), in a fixed number of
 * queries whatever the batch's size: every query takes the whole batch's ids.
 */
export async function loadDigestData(db: DbOrTx, userIds: string[], now: Date): Promise<Map<string, LoadedDigest>> {
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true, email: true, timeZone: true, role: true, digestEnabled: true, digestAlways: true },
  });
  const clientIds = users.filter((u) => u.role === "CLIENT").map((u) => u.id);
  const coachIds = users.filter((u) => u.role === "COACH").map((u) => u.id);
  const horizon = new Date(now.getTime() + WEEK_AHEAD_MS);

  const assignments = await db.coachClient.findMany({
    where: { OR: [{ coachId: { in: coachIds } }, { practice: { ownerId: { in: coachIds } } }] },
    select: { coachId: true, clientId: true, practice: { select: { ownerId: true } }, client: { select: { id: true, name: true, email: true, timeZone: true } } },
  });
  const coachedIds = [...new Set(assignments.map((a) => a.clientId))];
  const everyClient = [...new Set([...clientIds, ...coachedIds])];

  const [tasks, interviews, drafts, references, expenses, lastTask, lastNote, lastCall] = await Promise.all([
    db.followUpTask.findMany({
      where: { status: "OPEN", dueAt: { lt: horizon }, interview: { clientId: { in: everyClient } } },
      select: { title: true, dueAt: true, interview: { select: { clientId: true, company: true } } },
    }),
    db.interview.findMany({
      where: { clientId: { in: everyClient } },
      select: { id: true, clientId: true, company: true, jobTitle: true, outcome: true, timelineKind: true, timelineDate: true, coldAt: true, updatedAt: true },
    }),
    db.draft.findMany({
      where: { status: { in: ["CHANGES_REQUESTED", "APPROVED", "SUBMITTED"] }, interview: { clientId: { in: everyClient } } },
      select: {
        status: true,
        submittedAt: true,
        interview: { select: { clientId: true } },
        recipient: { select: { name: true } },
        reference: { select: { name: true } },
        versions: latestSubject,
      },
    }),
    db.reference.findMany({ where: { clientId: { in: clientIds }, status: { in: ["ASKED", "AGREED"] } }, orderBy: { name: "asc" }, select: { clientId: true, name: true, status: true } }),
    db.expense.findMany({
      where: { paidAt: null, interview: { clientId: { in: clientIds } } },
      orderBy: { createdAt: "asc" },
      select: { description: true, amountCents: true, currency: true, requestedAt: true, interview: { select: { clientId: true } } },
    }),
    db.followUpTask.groupBy({ by: ["interviewId"], where: { completedAt: { not: null }, interview: { clientId: { in: coachedIds } } }, _max: { completedAt: true } }),
    db.debriefNote.groupBy({ by: ["interviewId"], where: { interview: { clientId: { in: coachedIds } } }, _max: { createdAt: true } }),
    db.callLog.groupBy({ by: ["interviewId"], where: { interview: { clientId: { in: coachedIds } } }, _max: { createdAt: true } }),
  ]);

  const tasksByClient = groupBy(tasks, (t) => t.interview.clientId);
  const interviewsByClient = groupBy(interviews, (i) => i.clientId);
  const draftsByClient = groupBy(drafts, (d) => d.interview.clientId);
  const clientOfInterview = new Map(interviews.map((i) => [i.id, i.clientId]));
  const activity = new Map<string, Date>();
  const noteActivity = (clientId: string | undefined, at: Date | null | undefined) => {
    if (clientId && at && (!activity.get(clientId) || at > activity.get(clientId)!)) activity.set(clientId, at);
  };
  for (const i of interviews) noteActivity(i.clientId, i.updatedAt);
  for (const row of lastTask) noteActivity(clientOfInterview.get(row.interviewId), row._max.completedAt);
  for (const row of lastNote) noteActivity(clientOfInterview.get(row.interviewId), row._max.createdAt);
  for (const row of lastCall) noteActivity(clientOfInterview.get(row.interviewId), row._max.createdAt);
  const recipientOf = (d: (typeof drafts)[number]) => d.recipient?.name ?? d.reference?.name ?? "someone";

  const describeClient = (client: { id: string; name: string | null; email: string; timeZone: string }): CoachClientState => {
    const own = interviewsByClient.get(client.id) ?? [];
    const open = tasksByClient.get(client.id) ?? [];
    const today = toCivilDate(now, client.timeZone);
    const end = endOfIsoWeek(now, client.timeZone);
    return {
      id: client.id,
      name: client.name ?? client.email,
      interviewCount: own.length,
      overdueCount: open.filter((t) => t.dueAt < now).length,
      dueThisWeekCount: open.filter((t) => t.dueAt >= now && t.dueAt < end).length,
      nextDecision: own.filter((i) => i.timelineKind === "DECISION" && i.timelineDate && fromDbDate(i.timelineDate) >= today).map((i) => fromDbDate(i.timelineDate!)).sort()[0] ?? null,
      lastActivity: activity.get(client.id) ?? null,
      coldLeads: own.filter((i) => i.coldAt && i.outcome === "WAITING").map((i) => ({ company: i.company, jobTitle: i.jobTitle, coldAt: i.coldAt! })),
    };
  };

  const result = new Map<string, LoadedDigest>();
  for (const user of users) {
    const digestUser: DigestUser = { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone, role: user.role };
    const settings = { enabled: user.digestEnabled, always: user.digestAlways };
    if (user.role === "CLIENT") {
      result.set(user.id, {
        settings,
        data: {
          kind: "CLIENT",
          value: {
            user: digestUser,
            tasks: (tasksByClient.get(user.id) ?? []).map((t) => ({ title: t.title, dueAt: t.dueAt, company: t.interview.company })),
            interviews: (interviewsByClient.get(user.id) ?? []).map((i) => ({
              company: i.company,
              jobTitle: i.jobTitle,
              outcome: i.outcome,
              timelineKind: i.timelineKind,
              timelineDate: i.timelineDate ? fromDbDate(i.timelineDate) : null,
            })),
            drafts: (draftsByClient.get(user.id) ?? [])
              .filter((d): d is typeof d & { status: "CHANGES_REQUESTED" | "APPROVED" } => d.status !== "SUBMITTED")
              .map((d) => ({ status: d.status, recipientName: recipientOf(d), subject: d.versions[0]?.subject ?? "" })),
            references: references.filter((r) => r.clientId === user.id).map((r) => ({ name: r.name, status: r.status as "ASKED" | "AGREED" })),
            expenses: expenses.filter((e) => e.interview.clientId === user.id).map((e) => ({ description: e.description, amountCents: e.amountCents, currency: e.currency, requestedAt: e.requestedAt })),
          },
        },
      });
    } else {
      const reached = assignments.filter((a) => a.coachId === user.id || a.practice.ownerId === user.id);
      const clients = [...new Map(reached.map((a) => [a.clientId, a.client])).values()];
      // Drafts wait for the assigned coach; an owner who only reads is not asked to review.
      const reviews = new Set(reached.filter((a) => a.coachId === user.id).map((a) => a.clientId));
      const nameOf = new Map(clients.map((c) => [c.id, c.name ?? c.email]));
      result.set(user.id, {
        settings,
        data: {
          kind: "COACH",
          value: {
            user: digestUser,
            clients: clients.map(describeClient),
            draftsWaiting: drafts
              .filter((d) => d.status === "SUBMITTED" && d.submittedAt && reviews.has(d.interview.clientId))
              .map((d) => ({ clientName: nameOf.get(d.interview.clientId)!, recipientName: recipientOf(d), subject: d.versions[0]?.subject ?? "", submittedAt: d.submittedAt! })),
          },
        },
      });
    }
  }
  return result;
}
