/**
 * The one clock. Every "now" in the server comes from here, so tests can move time
 * forward in one place. Pure domain code takes `now` as an argument instead.
 */
export function getNow(): Date {
  return new Date(Date.now());
}
