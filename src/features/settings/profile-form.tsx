"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toast";
import { FormField, inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { formatZoneName } from "@/lib/format-in-zone";
import { useDeviceTimeZone } from "@/lib/use-device-time-zone";
import type { TimeZoneOption } from "@/lib/time-zones";
import type { ProfileInput } from "@/server/account/profile-schemas";
import { useTRPC } from "@/trpc/react";

/** Your name and your time zone: every time you see, and your follow-up plan, follow the zone. */
/** `timeZones` come named from the server, so the browser writes no zone name of its own into the form (see listTimeZoneOptions). */
export function ProfileForm({ profile, timeZones, isClient }: { profile: ProfileInput; timeZones: TimeZoneOption[]; isClient: boolean }) {
  const [value, setValue] = useState(profile);
  const deviceZone = useDeviceTimeZone();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(
    trpc.account.saveProfile.mutationOptions({
      onSuccess: (saved) => {
        setError(null);
        const zoneChanged = saved.timeZone !== profile.timeZone;
        toast.success(zoneChanged && isClient ? `Saved. Your plan now follows ${formatZoneName(saved.timeZone)} time.` : "Profile saved");
        // Every page shows times in the person's zone.
        router.refresh();
      },
      onError: (failure) => {
        setError(failure.message);
        toast.error(failure.message);
      },
    }),
  );
  const labelOf = (zone: string) => timeZones.find((option) => option.id === zone)?.label ?? formatZoneName(zone);
  const zones = timeZones.some((option) => option.id === value.timeZone) ? timeZones : [{ id: value.timeZone, label: labelOf(value.timeZone) }, ...timeZones];
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(value);
      }}
    >
      <FormField id="profile-name" label="Your name">
        <input id="profile-name" className={inputClass} autoComplete="name" value={value.name} onChange={(e) => setValue({ ...value, name: e.target.value })} required maxLength={120} />
      </FormField>
      <FormField
        id="profile-zone"
        label="Your time zone"
        hint={isClient ? "Tonight, first thing and every due time in your plan are in this zone." : "Every time you see is shown in this zone."}
      >
        <select id="profile-zone" aria-describedby="profile-zone-hint" className={inputClass} value={value.timeZone} onChange={(e) => setValue({ ...value, timeZone: e.target.value })}>
          {zones.map((zone) => (
            <option key={zone.id} value={zone.id}>{zone.label}</option>
          ))}
        </select>
      </FormField>
      {deviceZone && deviceZone !== value.timeZone && zones.some((zone) => zone.id === deviceZone) && (
        <button type="button" className="text-sm underline" onClick={() => setValue({ ...value, timeZone: deviceZone })}>
          Use this device&apos;s zone ({labelOf(deviceZone)})
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <SubmitButton pending={save.isPending} label="Save profile" pendingLabel="Saving…" />
    </form>
  );
}
