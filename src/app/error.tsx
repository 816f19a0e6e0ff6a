"use client";

import { PageCard } from "@/components/page-card";

/**
 * A page that failed on the server. Next sends only a digest of the error to the browser
 * and logs the error with the same digest, so the digest is the reference to quote.
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <PageCard title="Something went wrong">
      <p role="alert">
        Something went wrong{error.digest ? ` (reference ${error.digest})` : ""}. Please try again; if it keeps
        happening, tell us the reference.
      </p>
      <button type="button" onClick={() => retry()} className="rounded bg-brand-600 px-4 py-2 font-medium text-white">
        Try again
      </button>
    </PageCard>
  );
}
