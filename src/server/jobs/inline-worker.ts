import "server-only";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { getJobQueue } from "./job-queue";
import { startEmailWorker } from "./run-worker";

const globalWorker = globalThis as unknown as { followthroughInlineWorker?: Promise<unknown> };

/** The email worker inside the web server (the embedded default). Started once per process. */
export function startInlineWorker(): Promise<unknown> {
  globalWorker.followthroughInlineWorker ??= getJobQueue()
    .then((boss) => startEmailWorker({ db, boss, getNow }))
    .then(() => console.log("Email worker running inside the server."))
    .catch((error: unknown) => {
      globalWorker.followthroughInlineWorker = undefined;
      console.error("The email worker did not start:", error);
    });
  return globalWorker.followthroughInlineWorker;
}
