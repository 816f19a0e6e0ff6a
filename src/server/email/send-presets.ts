import "server-only";
import { addDays, atLocalTime, toCivilDate } from "@/lib/civil-date";

export type SendPresetId = "tonight" | "first-thing";
export type SendPreset = { id: SendPresetId; label: string; at: Date };

/**
 * The plan's send times (R07, R21): "tonight" and "first thing tomorrow", wall-clock hours
 * of the practice in the client's zone. Tonight is offered only while it is still ahead.
 */
export function computeSendPresets(now: Date, timeZone: string, hours: { tonight: string; firstThing: string }): SendPreset[] {
  const today = toCivilDate(now, timeZone);
  const tonight = atLocalTime(today, hours.tonight, timeZone);
  const firstThing = atLocalTime(addDays(today, 1), hours.firstThing, timeZone);
  const presets: SendPreset[] = [];
  if (tonight.getTime() > now.getTime()) presets.push({ id: "tonight", label: `Tonight, ${hours.tonight}`, at: tonight });
  presets.push({ id: "first-thing", label: `First thing tomorrow, ${hours.firstThing}`, at: firstThing });
  return presets;
}

/** A preset's time, or null when it is not on offer now (tonight has passed). */
export function resolveSendPreset(id: SendPresetId, now: Date, timeZone: string, hours: { tonight: string; firstThing: string }): Date | null {
  return computeSendPresets(now, timeZone, hours).find((p) => p.id === id)?.at ?? null;
}
