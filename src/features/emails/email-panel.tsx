"use client";

import { ConfirmButton } from "@/components/confirm-button";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "@/components/toast";
import { describedBy, inputClass } from "@/components/form-field";
import { PhoneActionBar } from "@/components/phone-action-bar";
import { formatInZone, formatZoneName } from "@/lib/format-in-zone";
import type { SendTime } from "@/server/email/schemas";
import { useTRPC } from "@/trpc/react";
import { EmailStatusList, type EmailSummary } from "./email-status-list";

export type SendPresetView = { id: "tonight" | "first-thing"; label: string; at: Date };

type Props = {
  draftId: string;
  emails: EmailSummary[];
  presets: SendPresetView[];
  timeZone: string;
  /** Why the draft cannot be sent yet, or null when it can. */
  blockedReason: string | null;
  defaultLocalTime: string;
  /** The server's "now" when the page was drawn (the app's one clock). */
  renderedAt: Date;
  /** Whether "Send now" and the plan's times ride in the phone's bottom bar (the draft page's next step). */
  pinned: boolean;
};

const buttonClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60";

/**
 * Send now, schedule (the plan's presets or a chosen time), move or cancel: tRPC
 * mutations, with a toast for each outcome. While an email is due or on its way the page
 * refreshes itself, so its state moves from scheduled to sent without a reload.
 */
export function EmailPanel({ draftId, emails, presets, timeZone, blockedReason, defaultLocalTime, renderedAt, pinned }: Props) {
  const router = useRouter();
  const trpc = useTRPC();
  const [localTime, setLocalTime] = useState(defaultLocalTime);
  const scheduled = emails.find((e) => e.status === "SCHEDULED");
  const live = emails.find((e) => ["SCHEDULED", "SENDING", "SENT", "DELIVERED", "COMPLAINED"].includes(e.status));
  const busy = emails.some((e) => e.status === "SENDING" || (e.status === "SCHEDULED" && e.scheduledFor.getTime() - renderedAt.getTime() < 120_000));

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [busy, router]);

  const settled = {
    onSuccess: () => router.refresh(),
    onError: (error: { message: string }) => toast.error(error.message),
  };
  const when = (result: { scheduledFor: Date }) => formatInZone(result.scheduledFor, timeZone, "EEE d MMM, HH:mm");
  const send = useMutation(trpc.email.send.mutationOptions(settled));
  const moveEmail = useMutation(trpc.email.move.mutationOptions(settled));
  const cancel = useMutation(trpc.email.cancel.mutationOptions(settled));
  const pending = send.isPending || moveEmail.isPending || cancel.isPending;
  // A refused time is said next to its field too, not only in the toast.
  const [timeError, setTimeError] = useState<{ field: string; message: string } | null>(null);
  const fieldOf = (sendTime: SendTime, field: string) => ({ onError: (e: { message: string }) => sendTime.kind === "at" && setTimeError({ field, message: e.message }) });
  const schedule = (sendTime: SendTime) =>
    send.mutate(
      { draftId, when: sendTime },
      { onSuccess: (r) => toast.success(sendTime.kind === "now" ? "Sending now" : `Scheduled for ${when(r)}`), ...fieldOf(sendTime, "send-time") },
    );
  const move = (emailId: string, sendTime: SendTime) =>
    moveEmail.mutate({ emailId, when: sendTime }, { onSuccess: (r) => toast.success(`Moved to ${when(r)}`), ...fieldOf(sendTime, "move-time") });
  const errorFor = (field: string) => (timeError?.field === field ? timeError.message : undefined);
  const changeTime = (value: string) => {
    setLocalTime(value);
    setTimeError(null);
  };

  return (
    <section aria-labelledby="email-title" aria-busy={pending} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="email-title" className="font-semibold">Send by email</h2>
      {pending && (
        <p role="status" className="text-sm text-ink-muted">
          Working…
        </p>
      )}

      {scheduled ? (
        <div className="space-y-2">
          <p className="text-sm">
            Scheduled for <strong>{formatInZone(scheduled.scheduledFor, timeZone, "EEE d MMM, HH:mm")}</strong>. You can move it or cancel it until it goes out.
          </p>
          <div className="flex flex-wrap gap-2">
            {presets.map((preset) => (
              <button key={preset.id} type="button" disabled={pending} className={buttonClass} onClick={() => move(scheduled.id, { kind: "preset", preset: preset.id })}>
                Move to {preset.label.charAt(0).toLowerCase() + preset.label.slice(1)}
              </button>
            ))}
            <button type="button" disabled={pending} className={buttonClass} onClick={() => move(scheduled.id, { kind: "now" })}>
              Send now instead
            </button>
          </div>
          <TimeForm id="move-time" label={`New time (${formatZoneName(timeZone)})`} button="Move" value={localTime} error={errorFor("move-time")} onChange={changeTime} pending={pending} onSubmit={() => move(scheduled.id, { kind: "at", localTime })} />
          <ConfirmButton
            disabled={pending}
            className="min-h-11 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 sm:min-h-0"
            title="Cancel this scheduled email?"
            description={`It will not go out ${formatInZone(scheduled.scheduledFor, timeZone, "EEE d MMM, HH:mm")}. The draft stays, and you can send or schedule it again.`}
            confirmLabel="Cancel the send"
            cancelLabel="Keep it scheduled"
            onConfirm={() => cancel.mutate({ emailId: scheduled.id }, { onSuccess: () => toast.success("Send cancelled") })}
          >
            Cancel send
          </ConfirmButton>
        </div>
      ) : live ? null : blockedReason ? (
        <p className="text-sm text-ink-muted">{blockedReason}</p>
      ) : (
        <div className="space-y-2">
          <PhoneActionBar pinned={pinned} className="flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={() => schedule({ kind: "now" })} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
              Send now
            </button>
            {presets.map((preset) => (
              <button key={preset.id} type="button" disabled={pending} className={buttonClass} onClick={() => schedule({ kind: "preset", preset: preset.id })}>
                {preset.label}
              </button>
            ))}
          </PhoneActionBar>
          <TimeForm id="send-time" label={`Send at (${formatZoneName(timeZone)})`} button="Schedule" value={localTime} error={errorFor("send-time")} onChange={changeTime} pending={pending} onSubmit={() => schedule({ kind: "at", localTime })} />
        </div>
      )}

      <EmailStatusList emails={emails} timeZone={timeZone} label="Emails of this draft" />
    </section>
  );
}

type TimeFormProps = { id: string; label: string; button: string; value: string; error?: string; pending: boolean; onChange: (value: string) => void; onSubmit: () => void };

/** A wall-clock time in the client's zone, for a new send or a move. */
function TimeForm({ id, label, button, value, error, pending, onChange, onSubmit }: TimeFormProps) {
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div>
        <label htmlFor={id} className="block text-sm font-medium">{label}</label>
        <input id={id} type="datetime-local" required value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} {...describedBy(id, error)} />
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>{button}</button>
    </form>
  );
}
