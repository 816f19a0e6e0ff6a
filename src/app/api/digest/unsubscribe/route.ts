import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { withErrorReference } from "@/server/internal-errors";
import { unsubscribeFromDigest } from "@/server/digests/unsubscribe-link";

function params(request: Request) {
  const url = new URL(request.url);
  return { u: url.searchParams.get("u"), s: url.searchParams.get("s") };
}

/** RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" here. No sign-in. */
export const POST = withErrorReference("One-click unsubscribe", async (request: Request) => {
  try {
    await unsubscribeFromDigest(db, params(request));
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
  return Response.json({ unsubscribed: true });
});

/** A person (or a link scanner) opening the header's link gets the page that asks first. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  return Response.redirect(new URL(`/unsubscribe${url.search}`, url.origin), 303);
}
