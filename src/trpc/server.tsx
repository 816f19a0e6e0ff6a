import "server-only";

import { dehydrate, hashKey, HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { appRouter, createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { getCurrentActor, getSessionUserId } from "@/server/auth/session";
import { HydrateJson } from "./hydrate-json";
import { writePageJson } from "./page-json";
import { createQueryClient } from "./query-client";

/**
 * One tRPC context per server request. Its actor is `getCurrentActor`, cached per request too, so a page's
 * `requireActor` and every procedure it calls share one read of the session and the actor.
 */
const createContext = cache(async () =>
  createTRPCContext({ headers: new Headers(await headers()), getSessionUserId, getActor: getCurrentActor }),
);

/** One query client per server request. */
export const getQueryClient = cache(createQueryClient);

/** For data a client component reads with useQuery: prefetch here, then wrap the page in HydrateClient. */
export const trpc = createTRPCOptionsProxy({
  ctx: createContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/**
 * For data the page renders itself: call the procedure directly (tRPC's server-side caller). Not cached in
 * the query client, so nothing is sent to the browser but the rendered page.
 */
export const caller = createCaller(createContext);

/**
 * Sends what the server prefetched to the client's query cache; with `only`, just those queries, loaded (the layout
 * sends the menu's count this way: the page's own queries, perhaps started by then, travel in the page's boundary).
 */
export function HydrateClient({ children, only }: { children: ReactNode; only?: QueryKey[] }) {
  const hashes = only && new Set(only.map((key) => hashKey(key)));
  const state = hashes
    ? dehydrate(getQueryClient(), { shouldDehydrateQuery: (query) => hashes.has(query.queryHash) && query.state.status === "success" })
    : dehydrate(getQueryClient());
  // A query still pending carries its promise, which only the flight protocol can stream, as it does a value JSON
  // cannot say (page-json.ts); everything else goes as one string.
  const json = state.queries.some((query) => query.promise) ? null : writePageJson(state);
  if (json === null) return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
  return <HydrateJson json={json}>{children}</HydrateJson>;
}
