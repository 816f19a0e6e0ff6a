import type { Metadata } from "next";
import { CalendarFeedPanel } from "@/features/settings/calendar-feed-panel";
import { requireActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor("/settings");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Settings</h1>
      <section aria-labelledby="calendar-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="calendar-title" className="mb-2 text-lg font-semibold">Calendar feed</h2>
        <CalendarFeedPanel />
      </section>
      <p className="mt-6 text-sm text-ink-muted">
        Signed in as {actor.email}. Times are shown in {actor.timeZone.replace(/_/g, " ")}.
      </p>
    </>
  );
}
