"use client";

import "./globals.css";

/**
 * When even the root layout failed: a page of its own, with its own html and body (no header, so a plain link home).
 * Only the digest of the error reaches the browser; it is the reference to quote.
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Followthrough</title>
      </head>
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-md px-4 py-10">
          <p className="mb-6 text-lg font-semibold text-brand-700">Followthrough</p>
          <h1 className="mb-4 text-2xl font-bold tracking-tight">Something went wrong</h1>
          <p role="alert" className="mb-6">
            Followthrough could not be shown just now. Nothing you saved is lost. Please try again; if it keeps happening, tell us
            the reference{error.digest ? <> <strong className="font-mono">{error.digest}</strong></> : ""}.
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={() => retry()} className="min-h-11 rounded-md bg-brand-600 px-4 font-medium text-white">
              Try again
            </button>
            {/* A full page load: the app's own navigation may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium">
              Go to your dashboard
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
