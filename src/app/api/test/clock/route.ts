import { z } from "zod";
import { getNow, setTestNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { isTestClockAvailable } from "@/server/dev-tools/dev-tool-access";
import { countEmailsDue, sweepDigests, sweepEmails } from "@/server/email/sweep-emails";
import { getJobQueue } from "@/server/jobs/job-queue";
import { getJobSettings } from "@/server/jobs/job-settings";

const body = z.object({ now: z.iso.datetime({ offset: true }).nullable() }).strict();

/** Test-only: sets the server's clock. Absent (404) unless the test clock is on, and then for this machine only. */
export async function POST(request: Request) {
  if (!isTestClockAvailable(request.headers)) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send {\"now\": \"<ISO date-time>\" | null}." }, { status: 400 });
  setTestNow(parsed.data.now ? new Date(parsed.data.now) : null);
  // Emails the jump made due go out now, as they would have had the time passed for real.
  if (process.env.FOLLOWTHROUGH_INLINE_WORKER === "1") {
    const boss = await getJobQueue();
    await sweepEmails(db, boss, getNow(), { leaseMs: getJobSettings().expireInSeconds * 1000 });
    await sweepDigests(db, boss, getNow());
  }
  return Response.json({ now: getNow().toISOString() });
}

/** The clock's time, and how many emails it has made due that have not gone out yet. */
export async function GET(request: Request) {
  if (!isTestClockAvailable(request.headers)) return new Response("Not found", { status: 404 });
  const now = getNow();
  return Response.json({ now: now.toISOString(), emailsDue: await countEmailsDue(db, now) });
}
