import type { Metadata } from "next";
import { InterviewList } from "@/features/interviews/interview-list";
import { requireActor } from "@/server/auth/session";
import { getClient, listClientPlan } from "@/server/clients/list-clients";
import { TaskList } from "@/features/tasks/task-list";
import { db } from "@/server/db/client";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  const actor = await requireActor(`/clients/${id}`);
  const client = await orNotFound(getClient(db, actor, id));
  const [plan] = await Promise.all([
    listClientPlan(db, actor, client.id),
    getQueryClient().prefetchQuery(trpc.interview.list.queryOptions({ clientId: client.id })),
  ]);
  const isAssignedCoach = client.clientOf.some((a) => a.coach.id === actor.id);
  return (
    <HydrateClient>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{client.name ?? client.email}</h1>
      <p className="mb-6 mt-1 text-ink-muted">
        {client.email} · {client.timeZone.replace(/_/g, " ")} · coached by{" "}
        {client.clientOf.map((a) => `${a.coach.name ?? "a coach"} (${a.practice.name})`).join(", ")}
      </p>
      <section aria-labelledby="client-plan-title" className="mb-8">
        <h2 id="client-plan-title" className="mb-3 text-lg font-semibold">Open follow-ups</h2>
        <TaskList
          tasks={plan}
          timeZone={client.timeZone}
          abilities={{ complete: false, manage: isAssignedCoach }}
          label={`Follow-up plan of ${client.name ?? client.email}`}
          emptyText="Nothing open."
        />
      </section>
      <h2 className="mb-3 text-lg font-semibold">Interviews</h2>
      <InterviewList clientId={client.id} />
    </HydrateClient>
  );
}
