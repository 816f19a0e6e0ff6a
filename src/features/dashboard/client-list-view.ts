import type { ClientFilter, ClientSort } from "@/server/dashboard/dashboard-schemas";

// Shared by the server page (which prefetches the first page) and the coach dashboard, so both ask with one query key.

export const SORT_LABELS: Record<ClientSort, string> = {
  name: "Name",
  overdue: "Most overdue",
  decision: "Next decision",
  activity: "Least recent activity",
};

export const FILTER_LABELS: Record<ClientFilter, string> = {
  all: "All clients",
  attention: "Overdue tasks or cold leads",
  overdue: "Overdue tasks",
  cold: "Cold leads",
};

/** What the list shows: kept in the address (?q=&sort=&filter=) so a reload or a shared link shows the same list. */
export type ClientListView = { search: string; sort: ClientSort; filter: ClientFilter };

/** Reads the view from the page's search parameters; anything unknown falls back to the default. */
export function readClientListView(params: Record<string, string | string[] | undefined>): ClientListView {
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
  const sort = one(params.sort);
  const filter = one(params.filter);
  return {
    search: one(params.q).slice(0, 100),
    sort: Object.hasOwn(SORT_LABELS, sort) ? (sort as ClientSort) : "name",
    filter: Object.hasOwn(FILTER_LABELS, filter) ? (filter as ClientFilter) : "all",
  };
}

/** The query input of one view; the server page prefetches the first page with the same key. */
export function clientListInput(view: ClientListView) {
  return { search: view.search.trim(), sort: view.sort, filter: view.filter };
}

export const nextClientPage = (page: { nextCursor: string | null }) => page.nextCursor;


/**
 * The search part of the address that shows `view`, keeping other parameters; null when `currentSearch` already
 * shows it. Writing the history only on a real change matters: Next.js turns every `history.replaceState` into a
 * router "restore", and a restore discards a navigation in flight, so writing the unchanged address as the list
 * mounts swallowed a click on the menu made while the page was still streaming in.
 */
export function addressForView(view: ClientListView, currentSearch: string): string | null {
  const params = new URLSearchParams(currentSearch);
  // Compared as views, not as text: "?q=a%20b" and "?q=a+b", or "?sort=name", show the view the list has.
  const shown = readClientListView(Object.fromEntries(params));
  if (shown.search === view.search && shown.sort === view.sort && shown.filter === view.filter) return null;
  const set = (name: string, value: string, fallback: string) => (value && value !== fallback ? params.set(name, value) : params.delete(name));
  set("q", view.search, "");
  set("sort", view.sort, "name");
  set("filter", view.filter, "all");
  const query = params.toString();
  return query ? `?${query}` : "";
}
