"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { toast } from "@/components/toast";
import { TIME_PATTERNS, formatInZone } from "@/lib/format-in-zone";
import { useTRPC } from "@/trpc/react";
import { nextPageCursor } from "@/lib/next-page";

const SMALL_BUTTON = "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60 sm:min-h-0";

/**
 * The signed-in person's notifications, newest first, a page at a time: each one says who did
 * what for which interview, or what changed in their practice (a new coach, clients moved, a
 * client gone), and links to it when there is something they may open; otherwise it is plain
 * text. Unread ones are marked. "Mark all as read" keeps them listed; "Dismiss" and "Dismiss all"
 * take them off the list.
 */
export function NotificationPanel({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.notification.list.infiniteQueryOptions({}, { getNextPageParam: nextPageCursor }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() });
  const failed = (e: { message: string }) => toast.error(e.message);
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  const markAllRead = useMutation(trpc.notification.markAllRead.mutationOptions({ onSuccess: () => refresh().then(() => toast.success("All marked as read")), onError: failed }));
  const dismiss = useMutation(trpc.notification.dismiss.mutationOptions({ onSuccess: refresh, onError: failed }));
  const dismissAll = useMutation(trpc.notification.dismissAll.mutationOptions({ onSuccess: () => refresh().then(() => toast.success("Notifications dismissed")), onError: failed }));

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return null;
  const unread = items.some((n) => !n.readAt);
  const busy = markAllRead.isPending || dismissAll.isPending;

  return (
    <section aria-labelledby="notifications-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="notifications-title" className="font-semibold">
          Notifications
        </h2>
        <div className="flex flex-wrap gap-2">
          {unread && (
            <button type="button" disabled={busy} onClick={() => markAllRead.mutate()} className={SMALL_BUTTON}>
              Mark all as read
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => dismissAll.mutate()} className={SMALL_BUTTON}>
            Dismiss all
          </button>
        </div>
      </div>
      <ul aria-label="Notifications" className="space-y-2 text-sm">
        {items.map((n) => {
          const isUnread = !n.readAt;
          return (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-2 rounded-md bg-white p-2 ${isUnread ? "border-l-4 border-brand-600" : "text-ink-muted"}`}>
              <div className="min-w-0">
                <p className={isUnread ? "font-semibold" : ""}>
                  <span className="sr-only">{isUnread ? "Unread: " : "Read: "}</span>
                  {n.href ? (
                    <Link href={n.href} onClick={() => isUnread && markRead.mutate({ id: n.id })} className="underline">
                      {n.message}
                    </Link>
                  ) : (
                    n.message
                  )}
                </p>
                <p className="text-xs text-ink-muted">
                  <time dateTime={n.createdAt.toISOString()}>{formatInZone(n.createdAt, timeZone, TIME_PATTERNS.dayAndTime)}</time>
                  {isUnread ? "" : " · read"}
                </p>
              </div>
              <div className="flex gap-2">
                {isUnread && (
                  <button type="button" aria-label={`Mark read: ${n.message}`} onClick={() => markRead.mutate({ id: n.id })} className={SMALL_BUTTON}>
                    Mark read
                  </button>
                )}
                <button type="button" aria-label={`Dismiss: ${n.message}`} onClick={() => dismiss.mutate({ id: n.id })} className={SMALL_BUTTON}>
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {list.hasNextPage && (
        <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage} className={`mt-2 ${SMALL_BUTTON}`}>
          {list.isFetchingNextPage ? "Loading more…" : "Load more notifications"}
        </button>
      )}
    </section>
  );
}
