import { describe, expect, it } from "vitest";
import { composeClientDigest, composeCoachDigest, endOfIsoWeek, formatIsoWeek } from "./compose-digest";
import type { ClientDigestData, CoachDigestData } from "./digest-types";

// Monday 23 November 2026, 08:00 in New York.
const NOW = new Date("2026-11-23T13:00:00Z");
const jane = { id: "u1", name: "Jane Doe", email: "jane@example.com", timeZone: "America/New_York", role: "CLIENT" as const };

function clientData(overrides: Partial<ClientDigestData> = {}): ClientDigestData {
  return { user: jane, tasks: [], interviews: [], drafts: [], references: [], expenses: [], ...overrides };
}

describe("ISO weeks in the recipient's zone", () => {
  it("counts the week in the recipient's zone, not the server's", () => {
    // Sunday 29 Nov 23:30 in New York is already Monday 30 Nov in UTC (week 49).
    const instant = new Date("2026-11-30T04:30:00Z");
    expect(formatIsoWeek(instant, "America/New_York")).toBe("2026-W48");
    expect(formatIsoWeek(instant, "UTC")).toBe("2026-W49");
  });

  it("uses the ISO week-numbering year around New Year", () => {
    expect(formatIsoWeek(new Date("2027-01-01T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(formatIsoWeek(new Date("2029-12-31T12:00:00Z"), "UTC")).toBe("2030-W01");
  });

  it("ends the week at Monday midnight local time", () => {
    expect(endOfIsoWeek(NOW, "America/New_York").toISOString()).toBe("2026-11-30T05:00:00.000Z");
  });
});

describe("the client's digest (DOMAIN.md Emails, R04)", () => {
  it("splits overdue from due this week, and leaves next week out", () => {
    const digest = composeClientDigest(
      clientData({
        tasks: [
          { title: "Due Wednesday", dueAt: new Date("2026-11-25T15:00:00Z"), company: "Acme" },
          { title: "Overdue", dueAt: new Date("2026-11-20T15:00:00Z"), company: "Acme" },
          { title: "Next Monday", dueAt: new Date("2026-11-30T14:00:00Z"), company: "Globex" },
          { title: "Sunday night", dueAt: new Date("2026-11-30T04:00:00Z"), company: "Globex" },
        ],
      }),
      NOW,
    );
    expect(digest.overdue.map((t) => t.title)).toEqual(["Overdue"]);
    expect(digest.dueThisWeek).toEqual([
      { title: "Due Wednesday", company: "Acme", due: "Wed 25 Nov, 10:00" },
      { title: "Sunday night", company: "Globex", due: "Sun 29 Nov, 23:00" },
    ]);
    expect(digest.isEmpty).toBe(false);
    expect(digest.weekLabel).toBe("the week of 23 November");
  });

  it("lists decisions in the next two weeks for pending interviews only", () => {
    const base = { jobTitle: "PM", timelineKind: "DECISION" };
    const digest = composeClientDigest(
      clientData({
        interviews: [
          { ...base, company: "Soon", outcome: "WAITING", timelineDate: "2026-11-27" },
          { ...base, company: "Later", outcome: "WAITING", timelineDate: "2026-12-20" },
          { ...base, company: "Rejected", outcome: "REJECTED", timelineDate: "2026-11-26" },
          { ...base, company: "Past", outcome: "WAITING", timelineDate: "2026-11-20" },
        ],
      }),
      NOW,
    );
    expect(digest.decisions).toEqual([{ company: "Soon", jobTitle: "PM", on: "Fri 27 Nov" }]);
  });

  it("R04: nudges to keep searching while interviews are pending and no offer is signed", () => {
    const pending = { company: "A", jobTitle: "PM", outcome: "WAITING", timelineKind: "NONE", timelineDate: null };
    expect(composeClientDigest(clientData({ interviews: [pending] }), NOW).keepSearching).toBe(true);
    expect(composeClientDigest(clientData({ interviews: [pending, { ...pending, outcome: "OFFER_SIGNED" }] }), NOW).keepSearching).toBe(false);
    expect(composeClientDigest(clientData(), NOW).keepSearching).toBe(false);
  });

  it("reports drafts back from review, references and reimbursements still waiting", () => {
    const digest = composeClientDigest(
      clientData({
        drafts: [
          { status: "APPROVED", recipientName: "Maria", subject: "Thanks" },
          { status: "CHANGES_REQUESTED", recipientName: "Tom", subject: "Hello" },
        ],
        references: [{ name: "Ann", status: "ASKED" }],
        expenses: [{ description: "Train", amountCents: 4250, currency: "USD", requestedAt: new Date("2026-11-02T15:00:00Z") }],
      }),
      NOW,
    );
    expect(digest.draftsBack.map((d) => d.verdict)).toEqual(["approved: ready to send", "your coach asked for changes"]);
    expect(digest.referencesWaiting).toEqual([{ name: "Ann", state: "has not answered yet" }]);
    expect(digest.reimbursementsWaiting).toEqual([{ description: "Train", amount: "$42.50", state: "asked for on Mon 2 Nov, not paid yet" }]);
  });

  it("a week with nothing in it is empty, the nudge alone included", () => {
    const digest = composeClientDigest(clientData({ interviews: [{ company: "A", jobTitle: "PM", outcome: "WAITING", timelineKind: "NONE", timelineDate: null }] }), NOW);
    expect(digest.isEmpty).toBe(true);
  });
});

describe("the coach's digest (DOMAIN.md Emails, R14)", () => {
  const coach = { id: "c1", name: "Olivia Owens", email: "o@example.com", timeZone: "America/New_York", role: "COACH" as const };
  const client = { interviewCount: 1, overdueCount: 0, dueThisWeekCount: 0, nextDecision: null, lastActivity: new Date("2026-11-22T12:00:00Z"), coldLeads: [] };

  it("holds every client's state, drafts waiting, cold leads and quiet clients", () => {
    const data: CoachDigestData = {
      user: coach,
      clients: [
        { ...client, id: "a", name: "Sam", overdueCount: 2, dueThisWeekCount: 3, nextDecision: "2026-11-27" },
        { ...client, id: "b", name: "Priya", lastActivity: new Date("2026-11-01T12:00:00Z"), coldLeads: [{ company: "Initech", jobTitle: "PM", coldAt: new Date("2026-11-20T12:00:00Z") }] },
        { ...client, id: "c", name: "Lee", interviewCount: 0, lastActivity: null },
      ],
      draftsWaiting: [{ clientName: "Sam", recipientName: "Maria", subject: "Thanks", submittedAt: new Date("2026-11-21T15:00:00Z") }],
    };
    const digest = composeCoachDigest(data, NOW);
    expect(digest.clients).toEqual([
      { name: "Lee", summary: "0 interviews, 0 due this week" },
      { name: "Priya", summary: "1 interview, 0 due this week" },
      { name: "Sam", summary: "1 interview, 2 overdue, 3 due this week, next decision Fri 27 Nov" },
    ]);
    expect(digest.draftsWaiting).toEqual([{ clientName: "Sam", recipientName: "Maria", subject: "Thanks", waitingSince: "Sat 21 Nov, 10:00" }]);
    expect(digest.coldLeads).toEqual([{ clientName: "Priya", company: "Initech", jobTitle: "PM" }]);
    expect(digest.quietClients).toEqual([
      { name: "Lee", lastActivity: "never" },
      { name: "Priya", lastActivity: "Sun 1 Nov, 07:00" },
    ]);
    expect(digest.isEmpty).toBe(false);
  });

  it("is empty when every client is active and nothing needs the coach", () => {
    expect(composeCoachDigest({ user: coach, clients: [{ ...client, id: "a", name: "Sam" }], draftsWaiting: [] }, NOW).isEmpty).toBe(true);
    expect(composeCoachDigest({ user: coach, clients: [], draftsWaiting: [] }, NOW).isEmpty).toBe(true);
  });
});
