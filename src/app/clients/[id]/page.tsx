import type { Metadata } from "next";
import { formatZoneName } from "@/lib/format-in-zone";
import { InterviewList } from "@/features/interviews/interview-list";
import { requireActor } from "@/server/auth/session";
import { TaskList } from "@/features/tasks/task-list";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { HydrateClient, caller, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  await requireActor(`/clients/${id}`);
  const [client] = await Promise.all([
    orNotFound(caller.client.get({ id })),
    // The interview list is a client component: its first page comes with the HTML.
    getQueryClient().prefetchQuery(trpc.interview.list.queryOptions({ clientId: id })),
  ]);
  return (
    <HydrateClient>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{client.name ?? client.email}</h1>
      <p className="mb-6 mt-1 text-ink-muted">
        {client.email} · {formatZoneName(client.timeZone)} · coached by{" "}
        {client.clientOf.map((a) => `${a.coach.name ?? "a coach"} (${a.practice.name})`).join(", ")}
      </p>
      <section aria-labelledby="client-plan-title" className="mb-8">
        <h2 id="client-plan-title" className="mb-3 text-lg font-semibold">Open follow-ups</h2>
        <TaskList
          tasks={client.plan}
          timeZone={client.timeZone}
          abilities={{ complete: false, manage: client.canManagePlan }}
          label={`Follow-up plan of ${client.name ?? client.email}`}
          emptyText="Nothing open."
        />
      </section>
      <h2 className="mb-3 text-lg font-semibold">Interviews</h2>
      <InterviewList clientId={client.id} />
    </HydrateClient>
  );
}
