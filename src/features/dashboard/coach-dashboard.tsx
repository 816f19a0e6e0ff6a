"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { useEffect, useState } from "react";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { toDbDate } from "@/lib/civil-date";
import type { ClientFilter, ClientSort } from "@/server/dashboard/dashboard-schemas";
import { FILTER_LABELS, SORT_LABELS, addressForView, clientListInput, nextClientPage, type ClientListView } from "./client-list-view";
import { useTRPC } from "@/trpc/react";
import { NotificationPanel } from "@/features/notifications/notification-panel";
import { WaitingReviewsNotice } from "@/features/review/waiting-reviews";
import { ScrollRegion } from "@/components/scroll-region";

function writeViewToAddress(view: ClientListView) {
  const next = addressForView(view, window.location.search);
  if (next !== null) window.history.replaceState(null, "", next || window.location.pathname);
}

const CONTROL = "mt-1 min-h-11 rounded-md border border-slate-300 px-3 py-1.5 sm:min-h-0";

/** The clients a coach reaches (the owner: the whole practice), a page at a time: searched, sorted and filtered by the server. */
export function CoachDashboard({ timeZone, initialView }: { timeZone: string; initialView: ClientListView }) {
  const trpc = useTRPC();
  const [view, setView] = useState(initialView);
  // The box updates at once; the list follows when typing pauses, not on every key.
  const [searchText, setSearchText] = useState(initialView.search);
  useEffect(() => {
    const timer = setTimeout(() => setView((current) => (current.search === searchText ? current : { ...current, search: searchText })), 250);
    return () => clearTimeout(timer);
  }, [searchText]);
  useEffect(() => writeViewToAddress(view), [view]);

  const list = useInfiniteQuery(
    trpc.dashboard.coach.infiniteQueryOptions(clientListInput(view), { getNextPageParam: nextClientPage, placeholderData: keepPreviousData }),
  );
  const rows = list.data?.pages.flatMap((page) => page.clients) ?? [];
  const isDefaultView = !view.search.trim() && view.filter === "all";

  if (list.isPending) return <p role="status">Loading your clients…</p>;
  if (list.isError) return <p role="alert">Your clients could not be loaded: {list.error.message}</p>;

  if (rows.length === 0 && isDefaultView) {
    return (
      <div className="space-y-6">
        <NotificationPanel timeZone={timeZone} />
        <WaitingReviewsNotice />
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">No clients yet</h2>
          <p className="mt-2 text-ink-muted">Invite your first client by email from the Invitations page.</p>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <NotificationPanel timeZone={timeZone} />
      <WaitingReviewsNotice />
      <div role="search" className="flex flex-wrap items-end gap-3" aria-label="Find and sort clients">
        <div>
          <label htmlFor="client-filter" className="block text-sm font-medium">Find a client</label>
          <input
            id="client-filter"
            type="search"
            value={searchText}
            maxLength={100}
            placeholder="Name or email"
            onChange={(e) => setSearchText(e.target.value)}
            className={CONTROL}
          />
        </div>
        <div>
          <label htmlFor="client-sort" className="block text-sm font-medium">Sort by</label>
          <select id="client-sort" value={view.sort} onChange={(e) => setView({ ...view, sort: e.target.value as ClientSort })} className={CONTROL}>
            {Object.entries(SORT_LABELS).map(([key, label]) => (
              <option key={key} value={key}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="client-show" className="block text-sm font-medium">Show</label>
          <select id="client-show" value={view.filter} onChange={(e) => setView({ ...view, filter: e.target.value as ClientFilter })} className={CONTROL}>
            {Object.entries(FILTER_LABELS).map(([key, label]) => (
              <option key={key} value={key}>{label}</option>
            ))}
          </select>
        </div>
        <p role="status" className="min-h-5 text-sm text-ink-muted">{list.isFetching && !list.isFetchingNextPage ? "Updating the list…" : ""}</p>
      </div>
      <ScrollRegion label="Clients and their follow-up health" className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" aria-busy={list.isFetching}>
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
                  <Link href={`/clients/${c.id}`} className="inline-flex min-h-11 items-center text-brand-700 hover:underline sm:min-h-0">{c.name ?? c.email}</Link>
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
      {list.hasNextPage && (
        <button
          type="button"
          onClick={() => list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          {list.isFetchingNextPage ? "Loading more clients…" : "Load more clients"}
        </button>
      )}
    </div>
  );
}
