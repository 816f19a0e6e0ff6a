import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { getSessionUserId, readRequestActor } from "@/server/auth/session";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // The template preview is a query sent as a POST (src/trpc/react.tsx); queries change nothing either way.
    allowMethodOverride: true,
    // Internal errors are logged, under the reference the person sees, by the errorFormatter.
    createContext: () => createRequestContext({ headers: req.headers, getSessionUserId, getActor: () => readRequestActor(req.headers) }),
  });
}

export { handler as GET, handler as POST };
