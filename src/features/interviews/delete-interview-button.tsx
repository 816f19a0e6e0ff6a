"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/trpc/react";

/** Two steps, so one stray click does not delete an interview. */
export function DeleteInterviewButton({ interviewId }: { interviewId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.interview.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.interview.pathKey() });
        toast.success("Interview deleted");
        router.push("/");
        router.refresh();
      },
      onError: (error) => toast.error(`The interview was not deleted: ${error.message}`),
    }),
  );
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-700 hover:bg-red-50">
        Delete interview
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm deletion" className="flex items-center gap-2">
      <button
        type="button"
        disabled={remove.isPending}
        onClick={() => remove.mutate({ id: interviewId })}
        className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {remove.isPending ? "Deleting…" : "Yes, delete it"}
      </button>
      <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        Keep it
      </button>
    </div>
  );
}
