import { handlers } from "@/server/auth/auth";

export const { GET } = handlers;

/**
 * Sign-in emails are asked for through the sign-in form's server action only, which applies
 * the rate limits (src/server/rate-limits) before anything is sent. Auth.js's own endpoint for
 * that would go around them, so it does not exist here.
 */
export async function POST(request: Request) {
  if (new URL(request.url).pathname.endsWith("/signin/email")) return new Response("Not found", { status: 404 });
  return handlers.POST(request as Parameters<typeof handlers.POST>[0]);
}
