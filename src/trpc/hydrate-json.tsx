"use client";

import { HydrationBoundary, type DehydratedState } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { readPageJson } from "./page-json";

/**
 * The server's prefetched queries, sent as one JSON string (page-json.ts) rather than as an object tree:
 * React's flight protocol walks an object value by value, a string it copies. Parsed once per render here,
 * then hydrated as usual.
 */
export function HydrateJson({ json, children }: { json: string; children: ReactNode }) {
  const state = useMemo(() => readPageJson<DehydratedState>(json), [json]);
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}
