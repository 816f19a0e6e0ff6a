"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";
import type { listMyCoaches } from "@/server/practices/disconnect-coach";
import { useTRPC } from "@/trpc/react";
import { ConfirmButton } from "@/components/confirm-button";

type Coach = Awaited<ReturnType<typeof listMyCoaches>>[number];

/** Settings, for a client: their coaches, each of whom they can disconnect from after a confirmation. */
export function MyCoaches({ coaches }: { coaches: Coach[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const disconnect = useMutation(
    trpc.practice.disconnectCoach.mutationOptions({
      onSuccess: () => {
        toast.success("Disconnected");
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  if (coaches.length === 0) return <p className="text-sm text-ink-muted">You have no coach on Followthrough at the moment.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {coaches.map((coach) => (
        <li key={coach.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div>
            <p className="font-semibold">{coach.name}</p>
            <p className="text-sm text-ink-muted">
              {coach.practiceName} · {coach.email}
            </p>
          </div>
          <ConfirmButton
            variant="outline-danger"
            title={`Disconnect from ${coach.name}?`}
            description={`${coach.name} will no longer see your interviews, plan, drafts or notes. Your own records stay as they are. To work together again, they can invite you again. ${coach.name} is told in the app.`}
            confirmLabel="Disconnect"
            cancelLabel="Cancel"
            disabled={disconnect.isPending}
            onConfirm={() => disconnect.mutate({ coachId: coach.id })}
          >
            {disconnect.isPending ? "Working…" : `Disconnect from ${coach.name}`}
          </ConfirmButton>
        </li>
      ))}
    </ul>
  );
}
