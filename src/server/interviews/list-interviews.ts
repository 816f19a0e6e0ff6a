import type { Db } from "@/server/db/client";
import { listInterviewsInput, type ListInterviewsInput } from "./schemas";

/** Interviews with their client and people, most recent first. */
export async function listInterviews(db: Db, rawInput: ListInterviewsInput = {}) {
  const input = listInterviewsInput.parse(rawInput);
  return db.interview.findMany({
    where: input.stage ? { stage: input.stage } : {},
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: input.limit,
    select: {
      id: true,
      company: true,
      jobTitle: true,
      stage: true,
      outcome: true,
      startsAt: true,
      client: { select: { id: true, name: true, timeZone: true } },
      people: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, role: true, title: true },
      },
    },
  });
}

export type InterviewListItem = Awaited<ReturnType<typeof listInterviews>>[number];
