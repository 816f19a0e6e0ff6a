import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isTestClockAvailable } from "@/server/dev-tools/dev-tool-access";

export const metadata: Metadata = { title: "Failure" };

/** The text the failure carries: the browser tests check that it never reaches the page. */
const INTERNAL_DETAIL = "internal detail: connection to db-primary:5432 refused";

/**
 * A test-only page that fails while rendering, so the browser tests can see the error boundary (src/app/error.tsx)
 * as a person would. It exists only where the test clock does (FOLLOWTHROUGH_TEST_CLOCK, this machine); elsewhere 404.
 */
export default async function FailurePage() {
  if (!isTestClockAvailable(await headers())) notFound();
  throw new Error(INTERNAL_DETAIL);
}
