import { buildAppUrl } from "@/server/config";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { withErrorReference } from "@/server/internal-errors";
import { describeRefusedUnsubscribeLink, unsubscribeFromDigest, unsubscribeInput } from "@/server/digests/unsubscribe-link";
import { getNow } from "@/server/clock";

function params(request: Request) {
  const url = new URL(request.url);
  return { u: url.searchParams.get("u"), e: url.searchParams.get("e"), s: url.searchParams.get("s") };
}

/** RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" here. No sign-in. */
export const POST = withErrorReference("One-click unsubscribe", async (request: Request) => {
  const link = unsubscribeInput.safeParse(params(request));
  if (!link.success) return Response.json({ error: describeRefusedUnsubscribeLink("invalid") }, { status: 403 });
  try {
    await unsubscribeFromDigest(db, link.data, getNow());
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
  return Response.json({ unsubscribed: true });
});

/** A person (or a link scanner) opening the header's link gets the page that asks first. */
export async function GET(request: Request) {
  // The redirect's host is APP_URL's: the request's Host header decides nothing.
  return Response.redirect(buildAppUrl(`/unsubscribe${new URL(request.url).search}`), 303);
}
