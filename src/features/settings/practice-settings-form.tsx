"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toast";
import { FormField, inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { useTRPC } from "@/trpc/react";

type Settings = {
  id: string;
  tonightTime: string;
  firstThingTime: string;
  postDaysMin: number;
  postDaysMax: number;
  overnightDays: number;
  keepInTouchWeeks: number;
  reviewRequired: boolean;
  holidays: { date: string; name: string }[];
};

/** "2026-12-25 Christmas Day" per line. */
function parseHolidays(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [date = "", ...name] = line.split(/\s+/);
      return { date, name: name.join(" ") || "Holiday" };
    });
}

export function PracticeSettingsForm({ settings }: { settings: Settings }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState({ ...settings, holidaysText: settings.holidays.map((h) => `${h.date} ${h.name}`).join("\n") });
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.practice.updateSettings.mutationOptions({
      onSuccess: ({ replanning }) => {
        setError(null);
        toast.success(replanning > 0 ? `Settings saved; updating ${replanning} interview plan${replanning === 1 ? "" : "s"}` : "Settings saved");
        // Shows the re-plan's progress (ReplanStatus).
        router.refresh();
      },
      onError: (e) => {
        setError(e.message);
        toast.error("The settings were not saved");
      },
    }),
  );
  const number = (key: "postDaysMin" | "postDaysMax" | "overnightDays" | "keepInTouchWeeks") => ({
    type: "number" as const,
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: Number(e.target.value) }),
    className: inputClass,
  });
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      aria-busy={save.isPending}
      onSubmit={(e) => {
        e.preventDefault();
        // Only the fields the form edits: the input is strict, and the page passes more (name, progress).
        const { id, tonightTime, firstThingTime, postDaysMin, postDaysMax, overnightDays, keepInTouchWeeks, reviewRequired, holidaysText } = values;
        save.mutate({ practiceId: id, tonightTime, firstThingTime, postDaysMin, postDaysMax, overnightDays, keepInTouchWeeks, reviewRequired, holidays: parseHolidays(holidaysText) });
      }}
    >
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800 sm:col-span-2">
          {error}
        </p>
      )}
      <FormField id="tonightTime" label="“Tonight” is at">
        <input id="tonightTime" type="time" value={values.tonightTime} onChange={(e) => setValues({ ...values, tonightTime: e.target.value })} className={inputClass} />
      </FormField>
      <FormField id="firstThingTime" label="“First thing in the morning” is at">
        <input id="firstThingTime" type="time" value={values.firstThingTime} onChange={(e) => setValues({ ...values, firstThingTime: e.target.value })} className={inputClass} />
      </FormField>
      <FormField id="postDaysMin" label="First-class post takes at least (working days)">
        <input id="postDaysMin" min={1} max={10} {...number("postDaysMin")} />
      </FormField>
      <FormField id="postDaysMax" label="First-class post takes at most (working days)">
        <input id="postDaysMax" min={1} max={10} {...number("postDaysMax")} />
      </FormField>
      <FormField id="overnightDays" label="Overnight post takes (working days)">
        <input id="overnightDays" min={1} max={5} {...number("overnightDays")} />
      </FormField>
      <FormField id="keepInTouchWeeks" label="Keep in touch with recruiters every (weeks)">
        <input id="keepInTouchWeeks" min={2} max={26} {...number("keepInTouchWeeks")} />
      </FormField>
      <FormField id="holidays" label="Public holidays, one per line: date and name" hint="For example: 2026-12-25 Christmas Day">
        <textarea id="holidays" rows={5} aria-describedby="holidays-hint" value={values.holidaysText} onChange={(e) => setValues({ ...values, holidaysText: e.target.value })} className={`${inputClass} font-mono text-sm`} />
      </FormField>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" checked={values.reviewRequired} onChange={(e) => setValues({ ...values, reviewRequired: e.target.checked })} />
        Review required: only drafts a coach approved may go out
      </label>
      <div className="self-end">
        <SubmitButton pending={save.isPending} label="Save and update the plans" pendingLabel="Saving and re-planning…" />
      </div>
    </form>
  );
}
