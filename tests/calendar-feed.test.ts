import ical from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setTestNow } from "@/server/clock";
import { GET as feedRoute } from "@/app/api/calendar/[token]/route";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-03-02T16:00:00Z");

/** The VEVENTs of a feed, as node-ical reads them. */
function parseEvents(text: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === "VEVENT");
}

async function fetchFeed(url: string) {
  const token = new URL(url).pathname.split("/").pop()!;
  return feedRoute(new Request(url), { params: Promise.resolve({ token }) });
}

describe("the private calendar feed", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    // The feed route reads the one clock; move it to the tests' "now".
    process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
    setTestNow(NOW);
  });
  afterEach(() => {
    setTestNow(null);
    delete process.env.FOLLOWTHROUGH_TEST_CLOCK;
  });

  it("carries the user's interviews and tasks at the right instants, parsed by a real iCalendar parser", async () => {
    const jane = callerFor(db, ids.jane, () => NOW);
    await jane.interview.create({
      company: "Initrode",
      jobTitle: "Analyst",
      stage: "FIRST_ROUND",
      startsAtLocal: "2026-03-09T10:00", // the Monday after the change to daylight time
      timeZone: "America/New_York",
      people: [{ role: "INTERVIEWER", name: "Peter Gibbons" }],
    });
    const { url } = await jane.calendar.create();
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");

    const events = parseEvents(await response.text());
    const interview = events.find((e) => e.summary === "Interview: Initrode, Analyst");
    expect(interview?.start.toISOString()).toBe("2026-03-09T14:00:00.000Z"); // 10:00 EDT
    expect(interview?.end?.toISOString()).toBe("2026-03-09T15:00:00.000Z");
    const thankYou = events.find((e) => e.summary === "Send a personal thank-you to Peter Gibbons");
    expect(thankYou?.start.toISOString()).toBe("2026-03-09T23:00:00.000Z"); // 19:00 EDT
    // Jane's own record only.
    expect(events.some((e) => String(e.summary).includes("Initech"))).toBe(false);
  });

  it("a coach's feed carries their clients' follow-ups, named by client", async () => {
    const { url } = await callerFor(db, ids.coach, () => NOW).calendar.create();
    const text = await (await fetchFeed(url)).text();
    const summaries = parseEvents(text).map((e) => String(e.summary));
    expect(summaries.some((s) => s.includes("(Sam Rivera)"))).toBe(true);
    expect(summaries.some((s) => s.includes("(Jane Doe)"))).toBe(false);
  });

  it("stops working when revoked or replaced, and an unknown token is not found", async () => {
    const jane = callerFor(db, ids.jane, () => NOW);
    const first = await jane.calendar.create();
    const second = await jane.calendar.create();
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);
    await jane.calendar.revoke();
    expect((await fetchFeed(second.url)).status).toBe(404);
    expect((await fetchFeed("http://localhost/api/calendar/not-a-real-token-at-all")).status).toBe(404);
    expect(await codeOf(callerFor(db, null).calendar.create())).toBe("UNAUTHORIZED");
  });
});
