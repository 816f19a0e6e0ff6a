"use client";

import { Link } from "@/components/link";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toast";
import { inputClass } from "@/components/form-field";
import { HydratedFieldset } from "@/components/hydrated-fieldset";
import { SubmitButton } from "@/components/submit-button";
import type { DigestSettings } from "@/server/digests/digest-settings";
import { useTRPC } from "@/trpc/react";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The weekly digest: on or off, which day and hour (in your zone), and whether to send an empty week. */
/** `zoneName` comes written from the server: the browser's time-zone data may name the zone differently (listTimeZoneOptions). */
export function DigestSettingsForm({ settings, zoneName }: { settings: DigestSettings; zoneName: string }) {
  const [value, setValue] = useState(settings);
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(
    trpc.account.saveDigestSettings.mutationOptions({
      onSuccess: (saved) => {
        toast.success(saved.enabled ? "Digest settings saved" : "Weekly digest turned off");
        router.refresh();
      },
      onError: (failure) => toast.error(failure.message),
    }),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(value);
      }}
    >
      <HydratedFieldset className="space-y-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value.enabled} onChange={(e) => setValue({ ...value, enabled: e.target.checked })} />
          Send me the weekly digest
        </label>
        <div className="flex flex-wrap gap-3">
          <div>
            <label htmlFor="digest-weekday" className="block text-sm font-medium">Day</label>
            <select id="digest-weekday" value={value.weekday} onChange={(e) => setValue({ ...value, weekday: Number(e.target.value) })} className={inputClass}>
              {WEEKDAYS.map((day, index) => (
                <option key={day} value={index + 1}>{day}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="digest-hour" className="block text-sm font-medium">Hour ({zoneName})</label>
            <select id="digest-hour" value={value.hour} onChange={(e) => setValue({ ...value, hour: Number(e.target.value) })} className={inputClass}>
              {Array.from({ length: 24 }, (_, hour) => (
                <option key={hour} value={hour}>{`${String(hour).padStart(2, "0")}:00`}</option>
              ))}
            </select>
          </div>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value.always} onChange={(e) => setValue({ ...value, always: e.target.checked })} />
          Send it even in a week with nothing in it
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={save.isPending} label="Save digest settings" pendingLabel="Saving…" />
          <Link href="/digest/preview" className="text-sm underline">Preview this week&apos;s digest</Link>
        </div>
      </HydratedFieldset>
    </form>
  );
}
