import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { Db } from "@/server/db/client";
import { replanEach } from "@/server/tasks/replan-in-batches";
import { createDefaultTemplates } from "@/server/templates/manage-templates";
import type { InterviewStage, PersonRole } from "@/generated/prisma/enums";

/** The demo accounts, named in the README and printed by `npm run dev`. */
export const DEMO_PRACTICE = { name: "Northstar Career Coaching", slug: "northstar" } as const;
/** A second, unrelated practice: its coach must see nothing of Northstar's clients. */
export const OTHER_PRACTICE = { name: "Harbor Coaching", slug: "harbor" } as const;

export const DEMO_USERS = {
  owner: { email: "olivia.owens@northstar.example", name: "Olivia Owens", role: "COACH", timeZone: "America/New_York" },
  coach: { email: "ben.okafor@northstar.example", name: "Ben Okafor", role: "COACH", timeZone: "America/Chicago" },
  jane: { email: "jane.doe@example.com", name: "Jane Doe", role: "CLIENT", timeZone: "America/New_York" },
  sam: { email: "sam.rivera@example.com", name: "Sam Rivera", role: "CLIENT", timeZone: "America/Chicago" },
  priya: { email: "priya.shah@example.com", name: "Priya Shah", role: "CLIENT", timeZone: "Europe/London" },
  otherOwner: { email: "carlos.mendes@harbor.example", name: "Carlos Mendes", role: "COACH", timeZone: "America/Los_Angeles" },
  otherClient: { email: "lee.wong@example.com", name: "Lee Wong", role: "CLIENT", timeZone: "America/Los_Angeles" },
} as const;

type DemoPerson = { role: PersonRole; name: string; title?: string; email?: string; recallNote?: string };
type DemoInterview = {
  client: keyof typeof DEMO_USERS;
  /** What the employer said: a decision or next round this many days after the interview. */
  timeline?: { kind: "DECISION" | "NEXT_ROUND"; inDays: number };
  outcome?: "WAITING" | "NEXT_ROUND";
  company: string;
  jobTitle: string;
  stage: InterviewStage;
  /** Days from today, in the client's zone, and the local start hour. */
  dayOffset: number;
  hour: number;
  people: DemoPerson[];
};

export const DEMO_INTERVIEWS: DemoInterview[] = [
  {
    client: "jane",
    company: "Acme Robotics",
    jobTitle: "Product Manager",
    stage: "FIRST_ROUND",
    dayOffset: -1,
    hour: 10,
    timeline: { kind: "DECISION", inDays: 10 },
    people: [
      {
        role: "INTERVIEWER",
        name: "Maria Chen",
        title: "Director of Product",
        email: "maria.chen@acme.example",
        recallNote: "Asked how I would cut scope on the warehouse-robot launch.",
      },
      {
        role: "PANEL_MEMBER",
        name: "Tom Baker",
        title: "Engineering Lead",
        email: "tom.baker@acme.example",
        recallNote: "Talked about moving their fleet telemetry to streaming.",
      },
      { role: "RECRUITER", name: "Lisa Park", title: "Technical Recruiter", email: "lisa.park@acme.example" },
      { role: "ASSISTANT", name: "Dana Ortiz", title: "Executive Assistant", email: "dana.ortiz@acme.example" },
    ],
  },
  {
    client: "jane",
    company: "Globex",
    jobTitle: "Senior Product Manager",
    stage: "PHONE_SCREEN",
    dayOffset: -6,
    hour: 14,
    people: [{ role: "RECRUITER", name: "Omar Haddad", title: "Talent Partner", email: "omar@globex.example" }],
  },
  {
    client: "sam",
    company: "Initech",
    jobTitle: "Data Analyst",
    stage: "SECOND_ROUND",
    dayOffset: -2,
    hour: 9,
    outcome: "NEXT_ROUND",
    timeline: { kind: "NEXT_ROUND", inDays: 7 },
    people: [
      {
        role: "INTERVIEWER",
        name: "Bill Lumbergh",
        title: "VP Analytics",
        email: "bill@initech.example",
        recallNote: "Wanted to know how I would explain churn to the sales team.",
      },
      { role: "INTERVIEWER", name: "Joanna Nguyen", title: "Analytics Manager", email: "joanna@initech.example" },
    ],
  },
  {
    client: "priya",
    company: "Umbrella Health",
    jobTitle: "UX Designer",
    stage: "FINAL",
    dayOffset: 1,
    hour: 11,
    people: [
      { role: "INTERVIEWER", name: "Grace Liu", title: "Head of Design", email: "grace.liu@umbrella.example" },
      { role: "RECRUITER", name: "Peter Walsh", title: "Recruiter", email: "peter.walsh@umbrella.example" },
    ],
  },
  {
    client: "otherClient",
    company: "Hooli",
    jobTitle: "Site Reliability Engineer",
    stage: "FIRST_ROUND",
    dayOffset: -3,
    hour: 13,
    people: [{ role: "INTERVIEWER", name: "Gavin Belson", title: "CEO", email: "gavin@hooli.example" }],
  },
];

function startOfLocalDay(now: Date, timeZone: string, dayOffset: number, hour: number): Date {
  const today = new TZDate(now.getTime(), timeZone);
  const day = addDays(today, dayOffset);
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0, 0, timeZone).getTime());
}

/** True when the database has no users yet, i.e. the demo has never been loaded. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/**
 * Loads the demo practice: an owner, a second coach, three clients (one with both
 * coaches) and their interviews, dated around `now` in each client's zone; and a
 * second practice with its own owner and client.
 * The rows are written in one short transaction, so a failed seed leaves nothing behind; the
 * interviews are then planned one short transaction each, as any re-plan is.
 */
export async function seedDemoData(db: Db, now: Date): Promise<void> {
  const interviewIds = await db.$transaction(async (tx) => {
    // One at a time: a transaction is one connection, and pg does not overlap queries on it.
    const users = {} as Record<keyof typeof DEMO_USERS, { id: string; timeZone: string }>;
    for (const [key, user] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, (typeof DEMO_USERS)[keyof typeof DEMO_USERS]][]) {
      users[key] = await tx.user.create({ data: { ...user, emailVerified: now }, select: { id: true, timeZone: true } });
    }

    const practice = await tx.practice.create({
      data: {
        ...DEMO_PRACTICE,
        ownerId: users.owner.id,
        coaches: { create: [{ coachId: users.owner.id }, { coachId: users.coach.id }] },
      },
      select: { id: true },
    });

    await createDefaultTemplates(tx, practice.id);
    await tx.coachClient.createMany({
      data: [
        { practiceId: practice.id, coachId: users.owner.id, clientId: users.jane.id },
        { practiceId: practice.id, coachId: users.coach.id, clientId: users.sam.id },
        { practiceId: practice.id, coachId: users.owner.id, clientId: users.priya.id },
        { practiceId: practice.id, coachId: users.coach.id, clientId: users.priya.id },
      ],
    });

    const other = await tx.practice.create({
      data: { ...OTHER_PRACTICE, ownerId: users.otherOwner.id, coaches: { create: [{ coachId: users.otherOwner.id }] } },
      select: { id: true },
    });
    await createDefaultTemplates(tx, other.id);
    await tx.coachClient.create({
      data: { practiceId: other.id, coachId: users.otherOwner.id, clientId: users.otherClient.id },
    });

    const ids: string[] = [];
    for (const interview of DEMO_INTERVIEWS) {
      const client = users[interview.client];
      const startsAt = startOfLocalDay(now, client.timeZone, interview.dayOffset, interview.hour);
      const timelineDay = interview.timeline ? addDays(new TZDate(startsAt.getTime(), client.timeZone), interview.timeline.inDays) : null;
      const created = await tx.interview.create({
        data: {
          clientId: client.id,
          company: interview.company,
          jobTitle: interview.jobTitle,
          stage: interview.stage,
          outcome: interview.outcome ?? "WAITING",
          startsAt,
          timelineKind: interview.timeline?.kind ?? "NONE",
          timelineDate: timelineDay ? new Date(Date.UTC(timelineDay.getFullYear(), timelineDay.getMonth(), timelineDay.getDate())) : null,
          people: { create: interview.people.map((person, position) => ({ ...person, position })) },
        },
        select: { id: true },
      });
      ids.push(created.id);
    }
    return ids;
    // Prisma's default of 5 s is too short for the first seed of a test run on a loaded 2-core machine (cold start).
  }, { timeout: 30_000 });
  await replanEach(db, interviewIds, now);
}
