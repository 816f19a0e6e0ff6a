import "server-only";
import type { Actor } from "@/server/access/actor";
import { workableTasksWhere } from "@/server/access/policy";
import type { DbOrTx } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";

/**
 * The only way a draft is tied to a task: the task must be one the actor works through, on
 * the draft's own interview. Anything else is NOT_FOUND.
 */
export async function findLinkableTaskId(tx: DbOrTx, actor: Actor, taskId: string, interviewId: string): Promise<string> {
  const task = await tx.followUpTask.findFirst({ where: { AND: [{ id: taskId, interviewId }, workableTasksWhere(actor)] }, select: { id: true } });
  if (!task) throw new NotFoundError("Task");
  return task.id;
}
