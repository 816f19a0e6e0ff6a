"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";
import { ConfirmButton } from "@/components/confirm-button";
import { useTRPC } from "@/trpc/react";

/** Asks first (an AlertDialog), so one stray click does not delete an interview. */
export function DeleteInterviewButton({ interviewId }: { interviewId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
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
  return (
    <ConfirmButton
      disabled={remove.isPending}
      className="min-h-11 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60 sm:min-h-0"
      title="Delete this interview?"
      description="Its plan, people, notes and drafts are deleted, and emails still scheduled from its drafts are cancelled. This cannot be undone."
      confirmLabel="Delete interview"
      onConfirm={() => remove.mutate({ id: interviewId })}
    >
      {remove.isPending ? "Deleting…" : "Delete interview"}
    </ConfirmButton>
  );
}
