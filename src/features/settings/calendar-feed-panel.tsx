"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/toast";
import { ConfirmButton } from "@/components/confirm-button";
import { useTRPC } from "@/trpc/react";

/** Copies the link; where the browser refuses (no clipboard access), the field is selected for the person to copy. */
async function copyLink(url: string) {
  try {
    await navigator.clipboard.writeText(url);
    toast.success("Link copied");
  } catch {
    const field = document.getElementById("feed-url");
    if (field instanceof HTMLInputElement) field.select();
    toast.info("Your browser did not allow copying: the link is selected, so copy it with your keyboard.");
  }
}

export function CalendarFeedPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.calendar.status.queryOptions());
  const [url, setUrl] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.status.queryKey() });
  const create = useMutation(
    trpc.calendar.create.mutationOptions({
      onSuccess: async (result) => {
        setUrl(result.url);
        toast.success("Your calendar link is ready");
        await refresh();
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revoke.mutationOptions({
      onSuccess: async () => {
        setUrl(null);
        toast.success("Calendar link revoked");
        await refresh();
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-muted">
        Subscribe to your interviews and follow-up tasks from Google Calendar, Outlook or Apple Calendar. The link is private:
        anyone who has it can read the feed, so revoke it if it leaks.
      </p>
      {url && (
        <div>
          <label htmlFor="feed-url" className="block text-sm font-medium">Your calendar link (shown once)</label>
          <div className="mt-1 flex flex-wrap gap-2 sm:flex-nowrap">
            <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm" />
            <button type="button" onClick={() => copyLink(url)} className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50 sm:min-h-0">
              Copy link
            </button>
          </div>
        </div>
      )}
      <p role="status" className="text-sm">{status.data?.active ? "A calendar link is active." : "No calendar link yet."}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={create.isPending} onClick={() => create.mutate()} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {status.data?.active ? "Make a new link (the old one stops working)" : "Make a calendar link"}
        </button>
        {status.data?.active && (
          <ConfirmButton
            disabled={revoke.isPending}
            className="min-h-11 rounded-md border border-red-300 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 sm:min-h-0"
            title="Revoke your calendar link?"
            description="Calendars subscribed to it stop getting your interviews and tasks. You can make a new link, but each calendar then needs the new one."
            confirmLabel="Revoke the link"
            onConfirm={() => revoke.mutate()}
          >
            Revoke the link
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
