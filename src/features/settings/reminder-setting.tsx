"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "@/components/toast";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react";

/** The client's opt-in "due today" email, as a switch that saves at once. */
export function ReminderSetting({ enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const save = useMutation(
    trpc.account.setDueTodayReminders.mutationOptions({
      onSuccess: (saved) => toast.success(saved.enabled ? "Morning reminders on" : "Morning reminders off"),
      onError: (failure) => toast.error(failure.message),
    }),
  );
  // Shown at once while saving; a failure falls back to what was saved last.
  const shown = save.isPending ? save.variables.enabled : (save.data?.enabled ?? enabled);
  return (
    <div className="flex items-center justify-between gap-4">
      <label htmlFor="due-today-reminders" className="text-sm">
        Email me each morning with the follow-ups due that day
      </label>
      <button
        id="due-today-reminders"
        type="button"
        role="switch"
        aria-checked={shown}
        disabled={!hydrated || save.isPending}
        onClick={() => save.mutate({ enabled: !shown })}
        className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition ${shown ? "bg-brand-600" : "bg-slate-300"} disabled:opacity-60`}
      >
        <span className={`inline-block h-5 w-5 rounded-full bg-white shadow transition ${shown ? "translate-x-5" : "translate-x-0.5"}`} />
      </button>
    </div>
  );
}
