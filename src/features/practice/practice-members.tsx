"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "@/components/toast";
import { ConfirmButton } from "@/components/confirm-button";
import type { listPracticeMembers } from "@/server/practices/practice-members";
import { useTRPC } from "@/trpc/react";

type Practice = Awaited<ReturnType<typeof listPracticeMembers>>[number];
type Coach = Practice["coaches"][number];

/** The page's mutations: a toast, then the page is read again (the lists and counts change). */
function usePracticeMutations() {
  const trpc = useTRPC();
  const router = useRouter();
  const done = (message: string) => ({
    onSuccess: () => {
      toast.success(message);
      router.refresh();
    },
    onError: (error: { message: string }) => toast.error(error.message),
  });
  return {
    reassign: useMutation(trpc.practice.reassignClients.mutationOptions(done("Clients moved"))),
    remove: useMutation(trpc.practice.removeCoach.mutationOptions(done("Coach removed from the practice"))),
    leave: useMutation(
      trpc.practice.removeCoach.mutationOptions({
        onSuccess: () => {
          toast.success("You left the practice");
          router.push("/");
          router.refresh();
        },
        onError: (error) => toast.error(error.message),
      }),
    ),
    transfer: useMutation(trpc.practice.transferOwnership.mutationOptions(done("Ownership transferred"))),
  };
}

function plural(count: number, one: string) {
  return count === 1 ? `1 ${one}` : `${count} ${one}s`;
}

/** Move one coach's clients to another coach of the practice, chosen in a labelled select. */
function ReassignControl({ practice, coach, mutations }: { practice: Practice; coach: Coach; mutations: ReturnType<typeof usePracticeMutations> }) {
  const others = practice.coaches.filter((c) => c.id !== coach.id);
  const [toCoachId, setToCoachId] = useState(others[0]?.id ?? "");
  const selectId = useId();
  if (!coach.clientCount || others.length === 0) return null;
  const receiver = others.find((c) => c.id === toCoachId);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={selectId} className="block text-sm font-medium">
          Move {coach.isYou ? "your" : `${coach.name}'s`} clients to
        </label>
        <select id={selectId} value={toCoachId} onChange={(e) => setToCoachId(e.target.value)} className="mt-1 min-h-11 rounded-md border border-slate-300 px-2">
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <ConfirmButton
        variant="outline"
        tone="neutral"
        title={`Move ${plural(coach.clientCount, "client")} to ${receiver?.name ?? "another coach"}?`}
        description={`${receiver?.name ?? "The other coach"} becomes their coach and sees their interviews, plans and submitted drafts. ${coach.name} no longer sees any of it. Private debrief notes stay private to each client. The clients and coaches concerned are told in the app.`}
        confirmLabel="Move them"
        cancelLabel="Cancel"
        disabled={mutations.reassign.isPending}
        onConfirm={() => mutations.reassign.mutate({ practiceId: practice.id, fromCoachId: coach.id, toCoachId })}
      >
        {mutations.reassign.isPending ? "Working…" : "Move clients"}
      </ConfirmButton>
    </div>
  );
}

function CoachRow({ practice, coach, mutations }: { practice: Practice; coach: Coach; mutations: ReturnType<typeof usePracticeMutations> }) {
  const manages = practice.canManageCoaches;
  const isOwnerRow = coach.label === "owner";
  return (
    <li className="space-y-3 py-4">
      <div>
        <p className="font-semibold">
          {coach.name} {coach.isYou && <span className="font-normal text-ink-muted">(you)</span>}
        </p>
        <p className="text-sm text-ink-muted">
          {coach.email} · {isOwnerRow ? "Owner" : "Coach"}
          {coach.clientCount !== null && ` · ${plural(coach.clientCount, "client")}`}
        </p>
      </div>
      {manages && (
        <div className="flex flex-wrap items-end gap-2">
          <ReassignControl practice={practice} coach={coach} mutations={mutations} />
          {!isOwnerRow && (
            <>
              <ConfirmButton
                variant="outline"
                tone="neutral"
                title={`Make ${coach.name} the owner of ${practice.name}?`}
                description={`${coach.name} will see every client of the practice and manage its settings, templates and coaches. You stay a coach here, with your own clients only. ${coach.name} is told in the app.`}
                confirmLabel="Transfer ownership"
                cancelLabel="Cancel"
                disabled={mutations.transfer.isPending}
                onConfirm={() => mutations.transfer.mutate({ practiceId: practice.id, newOwnerId: coach.id })}
              >
                {mutations.transfer.isPending ? "Working…" : "Make owner"}
              </ConfirmButton>
              <ConfirmButton
                variant="outline-danger"
                title={`Remove ${coach.name} from ${practice.name}?`}
                description={
                  coach.clientCount
                    ? `Move their ${plural(coach.clientCount, "client")} to another coach first: a coach with clients cannot be removed.`
                    : "They lose access to the practice and its templates. Their open invitations are withdrawn."
                }
                confirmLabel="Remove"
                cancelLabel="Cancel"
                disabled={mutations.remove.isPending}
                onConfirm={() => mutations.remove.mutate({ practiceId: practice.id, coachId: coach.id })}
              >
                {mutations.remove.isPending ? "Working…" : "Remove from practice"}
              </ConfirmButton>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The practice page: its coaches, and leave, reassign, transfer and remove, each confirmed first. */
export function PracticeMembers({ practices }: { practices: Practice[] }) {
  const mutations = usePracticeMutations();
  return (
    <div className="space-y-6">
      {practices.map((practice) => {
        const me = practice.coaches.find((c) => c.isYou);
        return (
          <section key={practice.id} aria-labelledby={`practice-${practice.id}-title`} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
            <h2 id={`practice-${practice.id}-title`} className="text-lg font-semibold">
              {practice.name}
            </h2>
            <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-ink-muted">Coaches</h3>
            <ul className="divide-y divide-slate-200">
              {practice.coaches.map((coach) => (
                <CoachRow key={coach.id} practice={practice} coach={coach} mutations={mutations} />
              ))}
            </ul>
            <div className="mt-4 border-t border-slate-200 pt-4">
              {practice.canLeave ? (
                <ConfirmButton
                  variant="outline-danger"
                  title={`Leave ${practice.name}?`}
                  description={
                    me?.clientCount
                      ? `You still have ${plural(me.clientCount, "client")}: ask the owner to move them to another coach first.`
                      : "You will no longer see the practice or its templates."
                  }
                  confirmLabel="Leave"
                  cancelLabel="Cancel"
                  disabled={mutations.leave.isPending}
                  onConfirm={() => mutations.leave.mutate({ practiceId: practice.id, coachId: me!.id })}
                >
                  {mutations.leave.isPending ? "Working…" : "Leave this practice"}
                </ConfirmButton>
              ) : (
                <p className="text-sm text-ink-muted">You own this practice. To leave it, make another coach the owner first.</p>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}
