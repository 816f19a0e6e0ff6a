import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { floorRouter } from "../../../../server/router";

const SESSION_COOKIE = "authjs.session-token";

function readCookie(header: string | null, name: string): string | undefined {
  const pair = header?.split(/;\s*/).find((part) => part.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: floorRouter,
    createContext: () => ({ sessionToken: readCookie(req.headers.get("cookie"), SESSION_COOKIE) }),
  });
}

export { handler as GET, handler as POST };
