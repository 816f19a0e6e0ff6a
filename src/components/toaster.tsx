"use client";

import { loadOnDemand } from "@/components/load-on-demand";
import { loadSonner } from "@/components/toast";
import { useHydrated } from "@/lib/use-hydrated";

// sonner loads after the page, not with it; a toast asked for meanwhile waits in sonner's store (src/components/toast.ts).
const SonnerToaster = loadOnDemand(() => loadSonner().then((module) => module.Toaster));

/** Where the app's toasts show (the root layout mounts it once): sonner's Toaster, loaded once the page is hydrated. */
export function Toaster() {
  const hydrated = useHydrated();
  return hydrated ? <SonnerToaster position="top-center" richColors closeButton /> : null;
}
