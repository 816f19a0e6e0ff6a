import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * Formats an instant in the given IANA zone, whatever zone the process runs in,
 * e.g. "Tue 3 Mar 2026, 10:00 EST". The same on the server and in the browser.
 */
export function formatInZone(instant: Date, timeZone: string, pattern = "EEE d MMM yyyy, HH:mm"): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${format(local, pattern)} ${getZoneAbbreviation(instant, timeZone)}`;
}

function getZoneAbbreviation(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** A calendar day stored as a date column (UTC midnight), e.g. "Mon 16 Mar". */
export function formatDay(day: Date, pattern = "EEE d MMM"): string {
  return format(new TZDate(day.getTime(), "UTC"), pattern);
}
