import "server-only";
import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear } from "date-fns";
import { addDays, atLocalTime, daysBetween, isoWeekday, toCivilDate, toDbDate } from "@/lib/civil-date";
import { formatDay, formatWallClock } from "@/lib/format-in-zone";
import type { ClientDigest, ClientDigestData, CoachDigest, CoachDigestData, DigestUser } from "./digest-types";

const DECISION_HORIZON_DAYS = 14;
/** A client with no activity for this long shows as quiet in the coach's digest. */
export const QUIET_AFTER_DAYS = 14;
const PENDING_OUTCOMES = new Set(["WAITING", "NEXT_ROUND", "OFFER"]);

/** The ISO week of an instant in a zone, e.g. "2026-W48": digests are once per this. */
export function formatIsoWeek(now: Date, timeZone: string): string {
  const local = new TZDate(now.getTime(), timeZone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`;
}

/** The end of the recipient's ISO week (Monday 00:00 after it), as an instant. */
export function endOfIsoWeek(now: Date, timeZone: string): Date {
  const today = toCivilDate(now, timeZone);
  return atLocalTime(addDays(today, 8 - isoWeekday(today)), "00:00", timeZone);
}

function firstNameOf(user: DigestUser): string {
  return (user.name ?? user.email).trim().split(/\s+/)[0]!;
}

function weekLabel(now: Date, timeZone: string): string {
  const today = toCivilDate(now, timeZone);
  const monday = addDays(today, 1 - isoWeekday(today));
  return `the week of ${formatDay(toDbDate(monday), "d MMMM")}`;
}

const at = formatWallClock;
const onDay = (date: string) => formatDay(toDbDate(date));

function formatAmount(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

/**
 * The client's week (DOMAIN.md "Emails"): overdue and due follow-ups, decisions coming up,
 * drafts back from review, references and reimbursements still waiting, and R04's nudge.
 */
export function composeClientDigest(data: ClientDigestData, now: Date): ClientDigest {
  const zone = data.user.timeZone;
  const end = endOfIsoWeek(now, zone);
  const today = toCivilDate(now, zone);
  const byDue = [...data.tasks].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const task = (t: (typeof byDue)[number]) => ({ title: t.title, company: t.company, due: at(t.dueAt, zone) });
  const decisions = data.interviews
    .filter((i) => i.timelineKind === "DECISION" && i.timelineDate && PENDING_OUTCOMES.has(i.outcome))
    .filter((i) => daysBetween(today, i.timelineDate!) >= 0 && daysBetween(today, i.timelineDate!) <= DECISION_HORIZON_DAYS)
    .sort((a, b) => a.timelineDate!.localeCompare(b.timelineDate!))
    .map((i) => ({ company: i.company, jobTitle: i.jobTitle, on: onDay(i.timelineDate!) }));
  const digest = {
    kind: "CLIENT" as const,
    firstName: firstNameOf(data.user),
    weekLabel: weekLabel(now, zone),
    overdue: byDue.filter((t) => t.dueAt < now).map(task),
    dueThisWeek: byDue.filter((t) => t.dueAt >= now && t.dueAt < end).map(task),
    decisions,
    draftsBack: data.drafts.map((d) => ({
      recipientName: d.recipientName,
      subject: d.subject,
      verdict: d.status === "APPROVED" ? "approved: ready to send" : "your coach asked for changes",
    })),
    referencesWaiting: data.references.map((r) => ({ name: r.name, state: r.status === "ASKED" ? "has not answered yet" : "agreed; the letter is not in yet" })),
    reimbursementsWaiting: data.expenses.map((e) => ({
      description: e.description,
      amount: formatAmount(e.amountCents, e.currency),
      state: e.requestedAt ? `asked for on ${at(e.requestedAt, zone, "EEE d MMM")}, not paid yet` : "not asked for yet",
    })),
    keepSearching: data.interviews.some((i) => PENDING_OUTCOMES.has(i.outcome)) && !data.interviews.some((i) => i.outcome === "OFFER_SIGNED"),
  };
  const isEmpty = [digest.overdue, digest.dueThisWeek, digest.decisions, digest.draftsBack, digest.referencesWaiting, digest.reimbursementsWaiting].every((list) => list.length === 0);
  return { ...digest, isEmpty };
}

/**
 * The coach's week: every client's state, drafts waiting for review, cold leads (R14),
 * and clients quiet for two weeks.
 */
export function composeCoachDigest(data: CoachDigestData, now: Date): CoachDigest {
  const zone = data.user.timeZone;
  const quietSince = new Date(now.getTime() - QUIET_AFTER_DAYS * 86_400_000);
  const clients = [...data.clients].sort((a, b) => a.name.localeCompare(b.name));
  const summarise = (c: CoachClientStateLike) =>
    [
      `${c.interviewCount} interview${c.interviewCount === 1 ? "" : "s"}`,
      c.overdueCount > 0 ? `${c.overdueCount} overdue` : null,
      `${c.dueThisWeekCount} due this week`,
      c.nextDecision ? `next decision ${onDay(c.nextDecision)}` : null,
    ]
      .filter(Boolean)
      .join(", ");
  const digest = {
    kind: "COACH" as const,
    firstName: firstNameOf(data.user),
    weekLabel: weekLabel(now, zone),
    clients: clients.map((c) => ({ name: c.name, summary: summarise(c) })),
    draftsWaiting: [...data.draftsWaiting]
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
      .map((d) => ({ clientName: d.clientName, recipientName: d.recipientName, subject: d.subject, waitingSince: at(d.submittedAt, zone) })),
    coldLeads: clients.flatMap((c) => c.coldLeads.map((l) => ({ clientName: c.name, company: l.company, jobTitle: l.jobTitle }))),
    quietClients: clients
      .filter((c) => !c.lastActivity || c.lastActivity < quietSince)
      .map((c) => ({ name: c.name, lastActivity: c.lastActivity ? at(c.lastActivity, zone) : "never" })),
  };
  const today = toCivilDate(now, zone);
  const needsAttention = clients.some(
    (c) => c.overdueCount > 0 || c.dueThisWeekCount > 0 || (c.nextDecision !== null && daysBetween(today, c.nextDecision) <= DECISION_HORIZON_DAYS),
  );
  const isEmpty = !needsAttention && digest.draftsWaiting.length === 0 && digest.coldLeads.length === 0 && digest.quietClients.length === 0;
  return { ...digest, isEmpty };
}

type CoachClientStateLike = CoachDigestData["clients"][number];
