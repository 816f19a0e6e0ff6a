import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatInZone } from "@/lib/format-in-zone";
import { headers } from "next/headers";
import { db } from "@/server/db/client";
import { isOutboxAvailable } from "@/server/dev-tools/dev-tool-access";
import { listOutboxMessages } from "@/server/outbox/list-outbox-messages";
import { orFirstPage } from "@/server/or-not-found";
import { PageLinks } from "@/components/page-links";

export const metadata: Metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  if (!isOutboxAvailable(await headers())) notFound();
  const { after } = await searchParams;
  const { items: messages, nextCursor } = await orFirstPage(listOutboxMessages(db, { cursor: after }), "/dev/outbox");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Dev outbox</h1>
      <p className="mb-6 mt-1 text-ink-muted">
        Every email the app sent, as the mail provider would have received it. Nothing here was delivered.
      </p>
      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">No emails yet.</p>
      ) : (
        <ul aria-label="Sent emails" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {messages.map((message) => (
            <li key={message.id} className="p-4">
              <Link href={`/dev/outbox/${message.id}`} className="font-semibold text-brand-700 hover:underline">
                {message.subject}
                <span className="sr-only"> to {message.to.join(", ")}</span>
              </Link>
              <p className="text-sm text-ink-muted">
                To {message.to.join(", ")} · from {message.fromAddress} ·{" "}
                <time dateTime={message.receivedAt.toISOString()}>{formatInZone(message.receivedAt, "UTC", "d MMM yyyy, HH:mm:ss")}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <PageLinks path="/dev/outbox" cursor={after} nextCursor={nextCursor} label="Pages of sent emails" />
    </>
  );
}
