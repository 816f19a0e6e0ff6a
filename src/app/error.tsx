"use client";

import { ErrorMessage } from "@/components/error-message";

/**
 * A page that failed on the server. Next sends only a digest of the error to the browser
 * and logs the error with the same digest, so the digest is the reference to quote; the error's own text never shows.
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <ErrorMessage
      title="Something went wrong"
      action={
        <button type="button" onClick={() => retry()} className="min-h-11 rounded-md bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
          Try again
        </button>
      }
    >
      <p role="alert">
        This page could not be shown just now. Nothing you saved is lost. Please try again; if it keeps happening, tell us the
        reference{error.digest ? <> <strong className="font-mono">{error.digest}</strong></> : ""}.
      </p>
    </ErrorMessage>
  );
}
