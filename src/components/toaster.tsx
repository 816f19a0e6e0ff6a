"use client";

import dynamic from "next/dynamic";

// sonner loads after the page, not with it; a toast asked for meanwhile waits in sonner's store (src/components/toast.ts).
const SonnerToaster = dynamic(() => import("sonner").then((module) => module.Toaster), { ssr: false });

/** Where the app's toasts show (the root layout mounts it once): sonner's Toaster, loaded after the page. */
export function Toaster() {
  return <SonnerToaster position="top-center" richColors closeButton />;
}
