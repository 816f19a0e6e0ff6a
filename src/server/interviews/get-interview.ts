import type { Actor } from "@/server/access/actor";
import { readableInterviewsWhere, writableInterviewsWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { interviewSummarySelect } from "./interview-select";

export async function getInterview(db: Db, actor: Actor, id: string) {
  const interview = await db.interview.findFirst({
    where: { AND: [{ id }, readableInterviewsWhere(actor)] },
    select: {
      ...interviewSummarySelect,
      durationMinutes: true,
      location: true,
      createdAt: true,
      updatedAt: true,
      client: { select: { id: true, name: true, email: true, timeZone: true } },
      people: {
        orderBy: { position: "asc" },
        select: { id: true, role: true, name: true, title: true, email: true, phone: true, recallNote: true },
      },
    },
  });
  if (!interview) throw new NotFoundError("Interview");
  const canEdit = (await db.interview.count({ where: { AND: [{ id }, writableInterviewsWhere(actor)] } })) > 0;
  return { ...interview, canEdit };
}

export type InterviewDetail = Awaited<ReturnType<typeof getInterview>>;
