import "server-only";
import { z } from "zod";

const seconds = (fallback: number) => z.coerce.number().positive().default(fallback);

const jobSettingsSchema = z.object({
  /** A job active this long is taken to be lost with its worker, and retried. */
  FOLLOWTHROUGH_JOB_EXPIRE_SECONDS: seconds(120),
  /** First retry delay; later ones back off exponentially (429, 5xx, network errors). */
  FOLLOWTHROUGH_JOB_RETRY_DELAY_SECONDS: seconds(30),
  FOLLOWTHROUGH_JOB_RETRY_LIMIT: z.coerce.number().int().min(0).default(6),
  /** How often an idle worker looks for due jobs: an email leaves at most this long after its time. pg-boss's minimum. */
  FOLLOWTHROUGH_JOB_POLL_SECONDS: z.coerce.number().min(0.5).default(0.5),
  /** How often pg-boss looks for jobs whose worker died (expired) to retry them. */
  FOLLOWTHROUGH_JOB_SUPERVISE_SECONDS: z.coerce.number().int().min(1).default(30),
  /** How many emails one worker process sends at once. */
  FOLLOWTHROUGH_JOB_CONCURRENCY: z.coerce.number().int().min(1).default(16),
});

export type JobSettings = {
  expireInSeconds: number;
  retryDelaySeconds: number;
  retryLimit: number;
  pollSeconds: number;
  superviseSeconds: number;
  concurrency: number;
};

/** Read on each call, so a test can shorten expiry and retry delays for a child worker. */
export function getJobSettings(env: NodeJS.ProcessEnv = process.env): JobSettings {
  const s = jobSettingsSchema.parse(env);
  return {
    expireInSeconds: s.FOLLOWTHROUGH_JOB_EXPIRE_SECONDS,
    retryDelaySeconds: s.FOLLOWTHROUGH_JOB_RETRY_DELAY_SECONDS,
    retryLimit: s.FOLLOWTHROUGH_JOB_RETRY_LIMIT,
    pollSeconds: s.FOLLOWTHROUGH_JOB_POLL_SECONDS,
    superviseSeconds: s.FOLLOWTHROUGH_JOB_SUPERVISE_SECONDS,
    concurrency: s.FOLLOWTHROUGH_JOB_CONCURRENCY,
  };
}
