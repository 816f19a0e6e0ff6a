"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";
import { useTRPC } from "@/trpc/react";

export function TemplateActions({ id, archived }: { id: string; archived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const onError = (e: { message: string }) => toast.error(e.message);
  const duplicate = useMutation(trpc.template.duplicate.mutationOptions({ onSuccess: ({ id: copy }) => { toast.success("Template duplicated"); router.push(`/templates/${copy}`); }, onError }));
  const archive = useMutation(trpc.template.archive.mutationOptions({ onSuccess: () => { toast.success("Template archived"); router.refresh(); }, onError }));
  const unarchive = useMutation(trpc.template.unarchive.mutationOptions({ onSuccess: () => { toast.success("Template restored"); router.refresh(); }, onError }));
  const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60";
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={button} disabled={duplicate.isPending} onClick={() => duplicate.mutate({ id })}>Duplicate</button>
      {archived ? (
        <button type="button" className={button} disabled={unarchive.isPending} onClick={() => unarchive.mutate({ id })}>Restore</button>
      ) : (
        <button type="button" className={button} disabled={archive.isPending} onClick={() => archive.mutate({ id })}>Archive</button>
      )}
    </div>
  );
}
