import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewList } from "@/features/interviews/interview-list";
import { requireActor } from "@/server/auth/session";
import { getClient } from "@/server/clients/list-clients";
import { db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/clients/${id}`);
  const client = await getClient(db, actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  await getQueryClient().prefetchQuery(trpc.interview.list.queryOptions({ clientId: client.id }));
  return (
    <HydrateClient>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{client.name ?? client.email}</h1>
      <p className="mb-6 mt-1 text-ink-muted">
        {client.email} · {client.timeZone.replace(/_/g, " ")} · coached by{" "}
        {client.clientOf.map((a) => `${a.coach.name ?? "a coach"} (${a.practice.name})`).join(", ")}
      </p>
      <h2 className="mb-3 text-lg font-semibold">Interviews</h2>
      <InterviewList clientId={client.id} />
    </HydrateClient>
  );
}
