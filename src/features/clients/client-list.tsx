"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/trpc/react";

export function ClientList() {
  const trpc = useTRPC();
  const clients = useQuery(trpc.client.list.queryOptions());
  if (clients.isPending) return <p role="status">Loading clients…</p>;
  if (clients.isError) return <p role="alert">The clients could not be loaded: {clients.error.message}</p>;
  if (clients.data.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <h2 className="text-lg font-semibold">No clients yet</h2>
        <p className="mt-2 text-ink-muted">Invite your first client by email from the Invitations page.</p>
      </div>
    );
  }
  return (
    <ul aria-label="Clients" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {clients.data.map((client) => (
        <li key={client.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
          <div>
            <Link href={`/clients/${client.id}`} className="font-semibold text-brand-700 hover:underline">
              {client.name ?? client.email}
            </Link>
            <p className="text-sm text-ink-muted">
              {client.email} · coached by {client.clientOf.map((a) => a.coach.name ?? "a coach").join(", ")}
            </p>
          </div>
          <span className="text-sm text-ink-muted">
            {client._count.interviews} interview{client._count.interviews === 1 ? "" : "s"}
          </span>
        </li>
      ))}
    </ul>
  );
}
