"use client";

import { useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { setDueTodayRemindersAction } from "@/server/email/email-actions";

/** The client's opt-in "due today" email, as a switch that saves at once. */
export function ReminderSetting({ enabled }: { enabled: boolean }) {
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(enabled);
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
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setShown(!shown);
            const result = await setDueTodayRemindersAction({ enabled: !shown });
            if (result.ok) toast.success(!shown ? "Morning reminders on" : "Morning reminders off");
            else toast.error(result.error);
          })
        }
        className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition ${shown ? "bg-brand-600" : "bg-slate-300"} disabled:opacity-60`}
      >
        <span className={`inline-block h-5 w-5 rounded-full bg-white shadow transition ${shown ? "translate-x-5" : "translate-x-0.5"}`} />
      </button>
    </div>
  );
}
