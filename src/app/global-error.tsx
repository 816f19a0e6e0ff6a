"use client";

import "./globals.css";

/** When even the root layout failed: a page of its own, with its own html and body. */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto w-full max-w-md px-4 py-10">
          <h1 className="mb-4 text-2xl font-bold tracking-tight">Something went wrong</h1>
          <p role="alert" className="mb-4">
            Something went wrong{error.digest ? ` (reference ${error.digest})` : ""}. Please try again; if it keeps happening, tell
            us the reference.
          </p>
          <button type="button" onClick={() => retry()} className="rounded bg-brand-600 px-4 py-2 font-medium text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
