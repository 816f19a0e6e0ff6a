import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { db } from "@/server/db/client";
import { isOutboxAvailable } from "@/server/dev-tools/dev-tool-access";
import { getOutboxMessage } from "@/server/outbox/list-outbox-messages";
import { ScrollRegion } from "@/components/scroll-region";

export const metadata: Metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!isOutboxAvailable(await headers())) notFound();
  const { id } = await params;
  const message = await getOutboxMessage(db, id);
  if (!message) notFound();
  // Links open in this tab rather than a new window (react-email buttons say target="_blank"),
  // so following a link from the outbox feels like clicking it in a mail client. Only the
  // displayed copy changes; the stored message stays as it was sent. Scripts never run.
  const html = message.html ? `<base target="_top">${message.html.replace(/target="_blank"/g, 'target="_top"')}` : null;
  return (
    <article aria-labelledby="message-subject" className="space-y-4">
      <Link href="/dev/outbox" className="text-sm underline">
        Back to the outbox
      </Link>
      <h1 id="message-subject" className="text-2xl font-bold tracking-tight">
        {message.subject}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">From</dt>
        <dd>{message.fromAddress}</dd>
        <dt className="font-medium">To</dt>
        <dd>{message.to.join(", ")}</dd>
        {message.replyTo.length > 0 && (
          <>
            <dt className="font-medium">Reply to</dt>
            <dd>{message.replyTo.join(", ")}</dd>
          </>
        )}
      </dl>
      {html && (
        <section aria-labelledby="html-part">
          <h2 id="html-part" className="mb-2 text-lg font-semibold">HTML</h2>
          <iframe
            title="Email HTML"
            srcDoc={html}
            sandbox="allow-top-navigation-by-user-activation"
            className="h-[28rem] w-full rounded-lg border border-slate-200 bg-white"
          />
        </section>
      )}
      <section aria-labelledby="text-part">
        <h2 id="text-part" className="mb-2 text-lg font-semibold">Plain text</h2>
        <pre className="whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-4 text-sm">{message.text}</pre>
      </section>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Raw request</summary>
        <ScrollRegion label="Raw request" className="mt-2 rounded-lg bg-slate-900">
          <pre className="p-4 text-xs text-slate-100">{JSON.stringify(message.rawRequest, null, 2)}</pre>
        </ScrollRegion>
      </details>
    </article>
  );
}
