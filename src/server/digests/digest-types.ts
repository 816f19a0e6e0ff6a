/** The data one digest is composed from, as the batch loader assembles it (no I/O below this line). */
import "server-only";
export type DigestUser = { id: string; name: string | null; email: string; timeZone: string; role: "CLIENT" | "COACH" };

export type ClientDigestData = {
  user: DigestUser;
  tasks: { title: string; dueAt: Date; company: string }[];
  interviews: { company: string; jobTitle: string; outcome: string; timelineKind: string; timelineDate: string | null }[];
  drafts: { status: "CHANGES_REQUESTED" | "APPROVED"; recipientName: string; subject: string }[];
  references: { name: string; status: "ASKED" | "AGREED" }[];
  expenses: { description: string; amountCents: number; currency: string; requestedAt: Date | null }[];
};

export type CoachClientState = {
  id: string;
  name: string;
  interviewCount: number;
  overdueCount: number;
  dueThisWeekCount: number;
  nextDecision: string | null;
  lastActivity: Date | null;
  coldLeads: { company: string; jobTitle: string; coldAt: Date }[];
};

export type CoachDigestData = {
  user: DigestUser;
  clients: CoachClientState[];
  draftsWaiting: { clientName: string; recipientName: string; subject: string; submittedAt: Date }[];
};

export type ClientDigest = {
  kind: "CLIENT";
  firstName: string;
  weekLabel: string;
  overdue: { title: string; company: string; due: string }[];
  dueThisWeek: { title: string; company: string; due: string }[];
  decisions: { company: string; jobTitle: string; on: string }[];
  draftsBack: { recipientName: string; subject: string; verdict: string }[];
  referencesWaiting: { name: string; state: string }[];
  reimbursementsWaiting: { description: string; amount: string; state: string }[];
  /** R04: interviews are pending and no offer is signed. */
  keepSearching: boolean;
  isEmpty: boolean;
};

export type CoachDigest = {
  kind: "COACH";
  firstName: string;
  weekLabel: string;
  clients: { name: string; summary: string }[];
  draftsWaiting: { clientName: string; recipientName: string; subject: string; waitingSince: string }[];
  coldLeads: { clientName: string; company: string; jobTitle: string }[];
  quietClients: { name: string; lastActivity: string }[];
  isEmpty: boolean;
};

export type Digest = ClientDigest | CoachDigest;
