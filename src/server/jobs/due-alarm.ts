/**
 * Polling alone sends an email up to one polling interval after its time. The alarm looks a
 * little ahead for the next time something is due and wakes the worker right then, so an email
 * scheduled for 19:00 is fetched at 19:00 rather than somewhere in the half second after it.
 * Polling stays as it was: the alarm only ever brings a fetch forward.
 */
import "server-only";
export type DueAlarmOptions = {
  /** The earliest time after `now` and no later than `until` that something is due, if any. */
  findNextDue: (now: Date, until: Date) => Promise<Date | null>;
  getNow: () => Date;
  /** Makes the worker fetch now. */
  wake: () => void;
  /** How often to look ahead; each look covers twice this span, so no due time falls between looks. */
  lookEveryMs: number;
  onError?: (error: unknown) => void;
};

// A job becomes fetchable once the database's clock has passed its start; waking a few
// milliseconds after the due time means the fetch does not arrive a moment too early.
const AFTER_DUE_MS = 10;

export function startDueAlarm({ findNextDue, getNow, wake, lookEveryMs, onError = () => {} }: DueAlarmOptions): { stop: () => void } {
  let alarm: ReturnType<typeof setTimeout> | undefined;
  let armedFor: number | undefined;
  let lastRungFor = -Infinity;
  let stopped = false;

  const lookAhead = async (): Promise<void> => {
    const asked = getNow();
    const next = await findNextDue(asked, new Date(asked.getTime() + 2 * lookEveryMs));
    if (stopped || !next) return;
    const at = next.getTime();
    // Rung already (a look that started before it rang), or set for this time or a sooner one.
    if (at <= lastRungFor || (armedFor !== undefined && armedFor <= at)) return;
    clearTimeout(alarm);
    armedFor = at;
    // Measured from after the query: a slow database must not make the alarm late.
    alarm = setTimeout(ring, Math.max(0, at - getNow().getTime()) + AFTER_DUE_MS);
  };
  const safeLookAhead = () => lookAhead().catch(onError);
  function ring() {
    lastRungFor = armedFor ?? lastRungFor;
    armedFor = undefined;
    alarm = undefined;
    wake();
    // Several times may be due within one look; set the alarm for the next of them.
    void safeLookAhead();
  }

  const looking = setInterval(() => void safeLookAhead(), lookEveryMs);
  void safeLookAhead();
  return {
    stop: () => {
      stopped = true;
      clearInterval(looking);
      clearTimeout(alarm);
    },
  };
}
