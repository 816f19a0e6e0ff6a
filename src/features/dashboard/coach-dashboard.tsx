"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { toDbDate } from "@/lib/civil-date";
import { useTRPC } from "@/trpc/react";
import { ScrollRegion } from "@/components/scroll-region";

const SORTS = {
  name: "Name",
  overdue: "Most overdue",
  decision: "Next decision",
  activity: "Least recent activity",
} as const;
type SortKey = keyof typeof SORTS;

/** Every client with their health; filters and sorting work on the client, fine for hundreds of rows. */
export function CoachDashboard({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.dashboard.coach.queryOptions());
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<SortKey>("name");
  const [onlyAttention, setOnlyAttention] = useState(false);

  const rows = useMemo(() => {
    const all = dashboard.data?.clients ?? [];
    const needle = filter.trim().toLowerCase();
    const filtered = all.filter(
      (c) =>
        (!needle || `${c.name ?? ""} ${c.email}`.toLowerCase().includes(needle)) &&
        (!onlyAttention || c.overdueCount > 0 || c.coldLeads > 0),
    );
    const compare: Record<SortKey, (a: (typeof all)[number], b: (typeof all)[number]) => number> = {
      name: (a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email),
      overdue: (a, b) => b.overdueCount - a.overdueCount,
      decision: (a, b) => (a.nextDecision ?? "9999").localeCompare(b.nextDecision ?? "9999"),
      activity: (a, b) => (a.lastActivity?.getTime() ?? 0) - (b.lastActivity?.getTime() ?? 0),
    };
    return [...filtered].sort(compare[sort]);
  }, [dashboard.data, filter, sort, onlyAttention]);

  if (dashboard.isPending) return <p role="status">Loading your clients…</p>;
  if (dashboard.isError) return <p role="alert">Your clients could not be loaded: {dashboard.error.message}</p>;
  const { notifications, clients } = dashboard.data;

  if (clients.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <h2 className="text-lg font-semibold">No clients yet</h2>
        <p className="mt-2 text-ink-muted">Invite your first client by email from the Invitations page.</p>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {notifications.length > 0 && (
        <section aria-labelledby="alerts-title" className="rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h2 id="alerts-title" className="mb-2 font-semibold text-amber-900">Needs your attention</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-amber-900">
            {notifications.map((n) => (
              <li key={n.id}>
                {n.interviewId ? <Link href={`/interviews/${n.interviewId}`} className="underline">{n.message}</Link> : n.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="client-filter" className="block text-sm font-medium">Find a client</label>
          <input id="client-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className="mt-1 rounded-md border border-slate-300 px-3 py-1.5" />
        </div>
        <div>
          <label htmlFor="client-sort" className="block text-sm font-medium">Sort by</label>
          <select id="client-sort" value={sort} onChange={(e) => setSort(e.target.value as SortKey)} className="mt-1 rounded-md border border-slate-300 px-3 py-1.5">
            {Object.entries(SORTS).map(([key, label]) => (
              <option key={key} value={key}>{label}</option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyAttention} onChange={(e) => setOnlyAttention(e.target.checked)} />
          Only clients with overdue tasks or cold leads
        </label>
      </div>
      <ScrollRegion label="Clients and their follow-up health" className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Clients and their follow-up health</caption>
          <thead className="bg-slate-50 text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2">Client</th>
              <th scope="col" className="px-3 py-2">Interviews</th>
              <th scope="col" className="px-3 py-2">Overdue</th>
              <th scope="col" className="px-3 py-2">Cold leads</th>
              <th scope="col" className="px-3 py-2">Next decision</th>
              <th scope="col" className="px-3 py-2">Last activity</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/clients/${c.id}`} className="text-brand-700 hover:underline">{c.name ?? c.email}</Link>
                </th>
                <td className="px-3 py-2">{c.interviewCount}</td>
                <td className={`px-3 py-2 ${c.overdueCount > 0 ? "font-semibold text-red-700" : ""}`}>{c.overdueCount}</td>
                <td className={`px-3 py-2 ${c.coldLeads > 0 ? "font-semibold text-amber-800" : ""}`}>{c.coldLeads}</td>
                <td className="px-3 py-2">{c.nextDecision ? formatDay(toDbDate(c.nextDecision)) : "—"}</td>
                <td className="px-3 py-2">{c.lastActivity ? formatInZone(c.lastActivity, timeZone, "d MMM") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length === 0 && <p className="text-sm text-ink-muted">No client matches.</p>}
    </div>
  );
}
