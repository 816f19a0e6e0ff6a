import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Server-rendered data is fresh for a little while, so the client does not refetch at once.
      queries: { staleTime: 30_000 },
      // Dehydrated data goes to the browser as it is: as JSON with its dates tagged (page-json.ts), or through
      // React's flight protocol, which carries dates, maps, sets and promises itself. No superjson pass here
      // (it was the dashboard's slowest step of dehydration, issue 14); tRPC's own HTTP answers still use it.
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}
