"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ReplanProgress } from "@/server/tasks/replan-in-batches";

// How often the page re-reads the progress while a re-plan runs.
const REFRESH_MS = 2_000;

/**
 * The re-plan that follows a settings or zone change runs as a job; this line says how far it
 * got, and re-reads the page until it is done. A status region, so screen readers hear it.
 */
export function ReplanStatus({ progress }: { progress: ReplanProgress | null }) {
  const router = useRouter();
  const running = progress !== null && !progress.finished;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, router]);
  if (!progress) return null;
  return (
    <p role="status" className="mb-3 text-sm text-ink-muted">
      {running ? `Updating your plan: ${progress.done} of ${progress.total} interview${progress.total === 1 ? "" : "s"}` : "Your plan is up to date"}
    </p>
  );
}
