
/**
 * Test-only: with FOLLOWTHROUGH_TEST_FAULTS=1 and FOLLOWTHROUGH_FAULT_PAUSE_AT=<point>, the
 * worker announces the point on stdout and stops there, so the fault test can SIGKILL it at
 * exactly that moment. A deployment that sends through Resend ignores both.
 */
import "server-only";
export function createFaultPoint(env: NodeJS.ProcessEnv = process.env): ((point: string, id: string) => Promise<void>) | undefined {
  const pauseAt = env.FOLLOWTHROUGH_FAULT_PAUSE_AT;
  if (env.FOLLOWTHROUGH_TEST_FAULTS !== "1" || env.RESEND_API_KEY || !pauseAt) return undefined;
  return async (point, id) => {
    if (point !== pauseAt) return;
    process.stdout.write(`FAULT_POINT ${point} ${id}\n`);
    await new Promise<never>(() => {});
  };
}
