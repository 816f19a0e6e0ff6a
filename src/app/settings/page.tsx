import type { Metadata } from "next";
import { CalendarFeedPanel } from "@/features/settings/calendar-feed-panel";
import { PracticeSettingsForm } from "@/features/settings/practice-settings-form";
import { DigestSettingsForm } from "@/features/settings/digest-settings-form";
import { ReminderSetting } from "@/features/settings/reminder-setting";
import { ProfileForm } from "@/features/settings/profile-form";
import { ReplanStatus } from "@/features/settings/replan-status";
import { YourDataPanel } from "@/features/settings/your-data-panel";
import { MyCoaches } from "@/features/practice/my-coaches";
import { formatZoneName } from "@/lib/format-in-zone";
import { listTimeZoneOptions } from "@/lib/time-zones";
import { accountDeletionBlocker, exportablePracticesOf, hasFollowUpPlan } from "@/server/access/policy";
import { requireActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { HydrateClient, caller, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor("/settings");
  const [{ profile, digest, digestFailure, reminders, practices }, coaches] = await Promise.all([
    caller.me.settings(),
    // A client's coaches, to disconnect from (README "Starting a practice"); null for a coach.
    hasFollowUpPlan(actor) ? caller.practice.myCoaches() : null,
    // The calendar feed's panel is a client component: its status comes with the HTML.
    getQueryClient().prefetchQuery(trpc.calendar.status.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">Settings</h1>
      <section aria-labelledby="profile-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="profile-title" className="mb-2 text-lg font-semibold">Your profile</h2>
        <ReplanStatus progress={profile.replan} />
        <ProfileForm profile={{ name: profile.name, timeZone: profile.timeZone }} timeZones={listTimeZoneOptions(getNow())} isClient={hasFollowUpPlan(actor)} />
      </section>
      <section aria-labelledby="calendar-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="calendar-title" className="mb-2 text-lg font-semibold">Calendar feed</h2>
        <CalendarFeedPanel />
      </section>
      <section aria-labelledby="digest-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="digest-title" className="mb-2 text-lg font-semibold">Weekly digest</h2>
        {digestFailure && (
          <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            Your digest for week {digestFailure.isoWeek} could not be sent to {actor.email}. {digestFailure.reason}
          </p>
        )}
        <DigestSettingsForm settings={digest} zoneName={formatZoneName(actor.timeZone, getNow())} />
      </section>
      {reminders !== null && (
        <section aria-labelledby="reminders-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="reminders-title" className="mb-2 text-lg font-semibold">Reminders</h2>
          <ReminderSetting enabled={reminders} />
        </section>
      )}
      {coaches && (
        <section aria-labelledby="coaches-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="coaches-title" className="mb-2 text-lg font-semibold">Your coaches</h2>
          <MyCoaches coaches={coaches} />
        </section>
      )}
      {practices.map((practice) => (
        <section key={practice.id} aria-labelledby={`practice-${practice.id}`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id={`practice-${practice.id}`} className="mb-1 text-lg font-semibold">{practice.name}: planning settings</h2>
          <p className="mb-4 text-sm text-ink-muted">Used for every client of the practice, in each client&apos;s own time zone.</p>
          <ReplanStatus progress={practice.replan} />
          <PracticeSettingsForm settings={practice} />
        </section>
      ))}
      <section aria-labelledby="your-data-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="your-data-title" className="mb-2 text-lg font-semibold">Your data</h2>
        <YourDataPanel email={actor.email} canExportPractice={exportablePracticesOf(actor).length > 0} deletionBlocker={accountDeletionBlocker(actor)} />
      </section>
      <p className="mt-6 text-sm text-ink-muted">
        Signed in as {actor.email}. Times are shown in {formatZoneName(actor.timeZone)}.
      </p>
    </HydrateClient>
  );
}
