"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const readDeviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const readOnServer = () => null;

/** The browser's own time zone; null while rendering on the server, so hydration matches. */
export function useDeviceTimeZone(): string | null {
  return useSyncExternalStore(subscribe, readDeviceZone, readOnServer);
}
