import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/server/db/client";

/**
 * Keeps Interview.decidedAt for Outcomes' "time to decision": the moment the outcome first left
 * "waiting", cleared when it is set back to waiting. Run before the interview's own update, while
 * the stored outcome is still the old one. An interview logged already decided keeps none: when the
 * answer came is not known, and Outcomes leaves it out rather than guess.
 */
export async function recordDecisionTime(tx: DbOrTx, interview: Prisma.InterviewWhereInput, newOutcome: string, now: Date) {
  if (newOutcome === "WAITING") {
    await tx.interview.updateMany({ where: { AND: [interview, { decidedAt: { not: null } }] }, data: { decidedAt: null } });
  } else {
    await tx.interview.updateMany({ where: { AND: [interview, { outcome: "WAITING" }] }, data: { decidedAt: now } });
  }
}
