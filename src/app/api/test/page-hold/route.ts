import { z } from "zod";
import { isTestClockAvailable } from "@/server/dev-tools/dev-tool-access";
import { holdPages, releasePages } from "@/server/dev-tools/page-hold";

const body = z.object({ held: z.boolean() }).strict();

/** Test-only: holds every page's render ({"held": true}) or lets them go. Absent (404) unless the test clock is on. */
export async function POST(request: Request) {
  if (!isTestClockAvailable(request.headers)) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send {\"held\": true | false}." }, { status: 400 });
  if (parsed.data.held) holdPages();
  else releasePages();
  return Response.json({ held: parsed.data.held });
}
