import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requireActor } from "@/server/auth/session";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Digest preview" };

/** Your weekly digest as it would go out now: the HTML part and the plain-text part. */
export default async function DigestPreviewPage() {
  await requireActor("/digest/preview");
  const preview = await caller.me.digestPreview();
  return (
    <>
      <Link href="/settings" className="text-sm underline">Back to settings</Link>
      <h1 className="mb-2 mt-2 text-2xl font-bold tracking-tight sm:text-3xl">Your weekly digest</h1>
      <p className="mb-4 text-ink-muted">
        Subject: <strong>{preview.subject}</strong>
        {preview.isEmpty && " · Nothing is in it this week, so it would not be sent unless you ask to always get it."}
      </p>
      <section aria-labelledby="html-title" className="mb-6">
        <h2 id="html-title" className="mb-2 text-lg font-semibold">HTML</h2>
        <iframe title="Digest HTML" sandbox="" srcDoc={preview.html} className="h-[32rem] w-full rounded border border-slate-200 bg-white" />
      </section>
      <section aria-labelledby="text-title">
        <h2 id="text-title" className="mb-2 text-lg font-semibold">Plain text</h2>
        <pre className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-3 text-sm">{preview.text}</pre>
      </section>
    </>
  );
}
