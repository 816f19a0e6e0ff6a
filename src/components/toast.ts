"use client";

import type { ReactNode } from "react";
import type { ExternalToast } from "sonner";

/**
 * The app's toasts: sonner's `toast`, loaded on the first call instead of with every page (sonner is some 14 kB
 * gzipped; src/components/toaster.tsx mounts its <Toaster> once the page is hydrated, through `loadSonner`). Features
 * import `toast` from here, never from "sonner" (eslint.config.mjs forbids it).
 *
 * A call is handed to sonner once its module has loaded, in the order the calls were made. A toast asked for before
 * then is not lost: sonner keeps it in its store, and its Toaster, when it subscribes, replays the toasts still
 * active. Each toast gets its id at once (the caller's, or one made here), so the call returns it as sonner's does,
 * and a dismissal made before sonner has loaded reaches the right toast.
 */

/** The options the app uses, with sonner's names and meanings. */
export type ToastOptions = Pick<ExternalToast, "id" | "description" | "duration" | "action">;
export type ToastId = string | number;
type Sonner = typeof import("sonner");
type Kind = "message" | "success" | "error" | "info";

let sonner: Promise<Sonner> | undefined;
let made = 0;

/** sonner's module, imported once for the toasts and the Toaster (again after a failed try, so a later toast can still load it). */
export function loadSonner(): Promise<Sonner> {
  sonner ??= import("sonner").catch((error: unknown) => {
    sonner = undefined;
    throw error;
  });
  return sonner;
}

function show(kind: Kind, message: ReactNode, options?: ToastOptions): ToastId {
  const id = options?.id ?? `toast-${++made}`;
  loadSonner()
    .then(({ toast: sonnerToast }) => {
      const send = kind === "message" ? sonnerToast : sonnerToast[kind];
      send(message, { ...options, id });
    })
    // The page goes on; the toast is lost with its module (a network failure), and the console says so.
    .catch((error: unknown) => console.error("A notice could not be shown:", error));
  return id;
}

/** Dismisses one toast, or all of them without an id. Before any toast was asked for there is none: nothing loads. */
function dismiss(id?: ToastId): void {
  void sonner?.then(({ toast: sonnerToast }) => sonnerToast.dismiss(id));
}

export const toast = Object.assign((message: ReactNode, options?: ToastOptions) => show("message", message, options), {
  success: (message: ReactNode, options?: ToastOptions) => show("success", message, options),
  error: (message: ReactNode, options?: ToastOptions) => show("error", message, options),
  info: (message: ReactNode, options?: ToastOptions) => show("info", message, options),
  dismiss,
});
