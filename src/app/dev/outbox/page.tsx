import type { Metadata } from "next";
import { Link } from "@/components/link";
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

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ after?: string; to?: string }> }) {
  if (!isOutboxAvailable(await headers())) notFound();
  const { after, to: toParam } = await searchParams;
  // One address to show the emails of: with dozens of sign-in links a run, one person's mail is soon off the first page.
  const to = typeof toParam === "string" && toParam.trim() ? toParam.trim() : undefined;
  const path = to ? `/dev/outbox?to=${encodeURIComponent(to)}` : "/dev/outbox";
  const { items: messages, nextCursor } = await orFirstPage(listOutboxMessages(db, { cursor: after, to }), path);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Dev outbox</h1>
      <p className="mb-6 mt-1 text-ink-muted">
        Every email the app sent, as the mail provider would have received it. Nothing here was delivered.
      </p>
      <form method="get" action="/dev/outbox" role="search" aria-label="Emails to one address" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium">
          Show only emails to
          <input name="to" type="email" defaultValue={to ?? ""} className="mt-1 min-h-11 rounded-md border border-slate-300 px-3" />
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50">
          Show
        </button>
        {to && (
          <Link href="/dev/outbox" className="inline-flex min-h-11 items-center px-2 text-sm font-medium text-brand-700 underline">
            Show all emails
          </Link>
        )}
      </form>
      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">{to ? `No emails to ${to} yet.` : "No emails yet."}</p>
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
      <PageLinks path="/dev/outbox" params={{ to }} cursor={after} nextCursor={nextCursor} label="Pages of sent emails" />
    </>
  );
}
