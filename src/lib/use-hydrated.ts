"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False in the server's HTML and while React takes it over, true after. A control that needs JavaScript (a switch
 * that saves, a button that opens a dialog) is disabled until then: a tap on the server's HTML would do nothing,
 * and a disabled control says so (browser tests, which wait for a button to be enabled, then never tap too early).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
