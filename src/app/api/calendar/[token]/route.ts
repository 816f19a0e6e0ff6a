import { loadActor } from "@/server/access/actor";
import { findFeedOwner, renderCalendarFeed } from "@/server/calendar/calendar-feed";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { withErrorReference } from "@/server/internal-errors";

/** The private iCalendar feed: the token in the URL is the permission, as calendar apps cannot sign in. */
export const GET = withErrorReference("Calendar feed", async (_request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const userId = await findFeedOwner(db, token.replace(/\.ics$/, ""));
  const actor = userId ? await loadActor(db, userId) : null;
  if (!actor) return new Response("Not found", { status: 404 });
  return new Response(await renderCalendarFeed(db, actor, getNow()), {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300" },
  });
});
