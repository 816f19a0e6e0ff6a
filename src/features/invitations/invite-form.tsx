"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { toast } from "@/components/toast";
import type { z } from "zod";
import { describedBy, FormField, inputClass } from "@/components/form-field";
import { inviteInput } from "@/lib/validation/invitation-fields";
import { useTRPC } from "@/trpc/react";

type Values = z.input<typeof inviteInput>;

/** Invites a client (any coach) or a coach (practice owners). */
export function InviteForm({ kind }: { kind: "CLIENT" | "COACH" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, z.output<typeof inviteInput>>({
    resolver: zodResolver(inviteInput),
    defaultValues: { email: "", name: "" },
  });
  const options = {
    onSuccess: async (_: unknown, values: Values) => {
      toast.success(`Invitation sent to ${values.email}`);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: trpc.invitation.list.pathKey() });
    },
    onError: (error: { message: string }) => {
      form.setError("root", { message: error.message });
      toast.error("The invitation was not sent");
    },
  };
  const inviteClient = useMutation(trpc.invitation.inviteClient.mutationOptions(options));
  const inviteCoach = useMutation(trpc.invitation.inviteCoach.mutationOptions(options));
  const mutation = kind === "CLIENT" ? inviteClient : inviteCoach;
  const prefix = kind === "CLIENT" ? "client" : "coach";
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      aria-busy={mutation.isPending}
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <FormField id={`${prefix}-email`} label={kind === "CLIENT" ? "Client's email" : "Coach's email"} error={errors.email?.message}>
        <input
          id={`${prefix}-email`}
          type="email"
          className={inputClass}
          {...form.register("email")}
          {...describedBy(`${prefix}-email`, errors.email?.message)}
        />
      </FormField>
      <FormField id={`${prefix}-name`} label={kind === "CLIENT" ? "Client's name (optional)" : "Coach's name (optional)"} error={errors.name?.message}>
        <input id={`${prefix}-name`} className={inputClass} {...form.register("name")} />
      </FormField>
      <button
        type="submit"
        disabled={mutation.isPending}
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {mutation.isPending ? "Sending…" : kind === "CLIENT" ? "Invite client" : "Invite coach"}
      </button>
      {errors.root?.message && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {errors.root.message}
        </p>
      )}
    </form>
  );
}
