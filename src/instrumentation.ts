/** Next.js calls this once when a server process starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.FOLLOWTHROUGH_INLINE_WORKER !== "1") return;
  const { startInlineWorker } = await import("@/server/jobs/inline-worker");
  void startInlineWorker();
}
