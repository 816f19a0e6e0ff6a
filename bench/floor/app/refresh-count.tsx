"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./providers";

/** A client component that asks the floor's tRPC endpoint again, so the page ships the same client stack as the app's. */
export function RefreshCount({ initial }: { initial: number }) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.interview.list.queryOptions(), enabled: false });
  return (
    <button type="button" onClick={() => void query.refetch()}>
      {query.data?.length ?? initial} interviews (refresh)
    </button>
  );
}
