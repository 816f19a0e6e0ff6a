import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { readableInterviewsWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { interviewSummarySelect } from "./interview-select";
import type { listInterviewsInput } from "./schemas";

/** The interviews the actor may read, most recent first, with their client and people. */
export async function listInterviews(db: Db, actor: Actor, input: z.infer<typeof listInterviewsInput>) {
  return db.interview.findMany({
    where: {
      AND: [
        readableInterviewsWhere(actor),
        input.stage ? { stage: input.stage } : {},
        input.clientId ? { clientId: input.clientId } : {},
      ],
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: input.limit,
    select: {
      ...interviewSummarySelect,
      client: { select: { id: true, name: true, timeZone: true } },
      people: { orderBy: { position: "asc" }, select: { id: true, name: true, role: true, title: true } },
    },
  });
}

export type InterviewListItem = Awaited<ReturnType<typeof listInterviews>>[number];
