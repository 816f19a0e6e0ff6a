"use client";

import { ConfirmButton } from "@/components/confirm-button";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { formatLocalDateTime, parseLocalDateTime } from "@/lib/time-zones";
import { useTRPC } from "@/trpc/react";
import { useRefreshAfter } from "./use-refreshing-mutation";

type Item = { id: string; kind: "MATERIAL" | "REQUEST"; title: string; dueOn: Date | null };

/** R02 promised materials and R17 requests from the employer. */
export function ItemsPanel({ interviewId, items, canWrite }: { interviewId: string; items: Item[]; canWrite: boolean }) {
  const trpc = useTRPC();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<"MATERIAL" | "REQUEST">("MATERIAL");
  const [dueOn, setDueOn] = useState("");
  const add = useMutation(trpc.record.addItem.mutationOptions(useRefreshAfter("Added to the plan", () => setTitle(""))));
  const remove = useMutation(trpc.record.removeItem.mutationOptions(useRefreshAfter("Removed")));
  return (
    <div className="space-y-3">
      {items.length > 0 && (
        <ul aria-label="Promised materials and requests" className="space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-2 rounded border border-slate-200 bg-white px-3 py-2">
              <span>
                {item.kind === "MATERIAL" ? "Promised" : "They asked for"}: {item.title}
                {item.dueOn && ` · by ${formatDay(item.dueOn)}`}
              </span>
              {canWrite && (
                <ConfirmButton
                  ariaLabel={`Remove: ${item.title}`}
                  title={`Remove "${item.title}"?`}
                  description="It leaves this interview's record, and the plan no longer has a task for it."
                  confirmLabel="Remove"
                  onConfirm={() => remove.mutate({ id: item.id })}
                >
                  Remove
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="grid gap-2 sm:grid-cols-[auto_1fr_auto_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); add.mutate({ interviewId, kind, title, dueOn }); }}>
          <div>
            <label htmlFor="item-kind" className="block text-sm font-medium">Kind</label>
            <select id="item-kind" value={kind} onChange={(e) => setKind(e.target.value as "MATERIAL" | "REQUEST")} className={inputClass}>
              <option value="MATERIAL">I promised to send</option>
              <option value="REQUEST">They asked for</option>
            </select>
          </div>
          <div>
            <label htmlFor="item-title" className="block text-sm font-medium">What</label>
            <input id="item-title" required value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass} />
          </div>
          <div>
            <label htmlFor="item-due" className="block text-sm font-medium">Promised by (optional)</label>
            <input id="item-due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} className={inputClass} />
          </div>
          <SubmitButton pending={add.isPending} label="Add" pendingLabel="Adding…" />
        </form>
      )}
    </div>
  );
}

type Call = { id: string; calledAt: Date; answered: boolean; notes: string | null };

/** One logged call; the client corrects it in place (R14 follows: a lead can go cold, or warm again). */
function CallRow({ call, canWrite, timeZone }: { call: Call; canWrite: boolean; timeZone: string }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  // Focus goes into the form when it opens, and back to "Correct" when it closes.
  const [returnFocus, setReturnFocus] = useState(false);
  const close = () => {
    setEditing(false);
    setReturnFocus(true);
  };
  const [when, setWhen] = useState(() => formatLocalDateTime(call.calledAt, timeZone));
  const [answered, setAnswered] = useState(call.answered);
  const [notes, setNotes] = useState(call.notes ?? "");
  const update = useMutation(trpc.record.updateCall.mutationOptions(useRefreshAfter("Call corrected", close)));
  const removeCall = useMutation(trpc.record.deleteCall.mutationOptions(useRefreshAfter("Call removed")));
  const which = `the call of ${formatInZone(call.calledAt, timeZone, "d MMM, HH:mm")}`;
  if (editing) {
    return (
      <li className="rounded border border-slate-200 bg-white px-3 py-2">
        <form
          aria-label={`Correct ${which}`}
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: call.id, calledAt: parseLocalDateTime(when, timeZone), answered, notes });
          }}
        >
          <div>
            <label htmlFor={`call-when-${call.id}`} className="block text-sm font-medium">When</label>
            <input id={`call-when-${call.id}`} type="datetime-local" required autoFocus value={when} onChange={(e) => setWhen(e.target.value)} className={inputClass} />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={answered} onChange={(e) => setAnswered(e.target.checked)} /> They answered
          </label>
          <div className="grow">
            <label htmlFor={`call-notes-${call.id}`} className="block text-sm font-medium">Notes</label>
            <input id={`call-notes-${call.id}`} value={notes} onChange={(e) => setNotes(e.target.value)} className={inputClass} />
          </div>
          <SubmitButton pending={update.isPending} label="Save call" pendingLabel="Saving…" />
          <button type="button" className="rounded-md border border-slate-300 px-3 py-2 text-sm" onClick={close}>Cancel</button>
        </form>
      </li>
    );
  }
  return (
    <li className="rounded border border-slate-200 bg-white px-3 py-2">
      {formatInZone(call.calledAt, timeZone, "EEE d MMM, HH:mm")} · {call.answered ? "answered" : "no answer"}
      {call.notes && ` · ${call.notes}`}
      {canWrite && (
        <>
          <button type="button" aria-label={`Correct ${which}`} autoFocus={returnFocus} className="ml-2 text-xs underline" onClick={() => setEditing(true)}>
            Correct
          </button>
          <ConfirmButton
            ariaLabel={`Remove ${which}`}
            title="Remove this call?"
            description="It leaves the call log, and the follow-up plan is worked out again without it. This cannot be undone."
            confirmLabel="Remove call"
            className="ml-2 min-h-11 text-xs underline sm:min-h-0"
            onConfirm={() => removeCall.mutate({ id: call.id })}
          >
            Remove
          </ConfirmButton>
        </>
      )}
    </li>
  );
}

/** The follow-up call log (R14 counts unanswered calls in a row). */
export function CallsPanel({ interviewId, calls, canWrite, timeZone, cold }: { interviewId: string; calls: Call[]; canWrite: boolean; timeZone: string; cold: boolean }) {
  const trpc = useTRPC();
  const [answered, setAnswered] = useState(false);
  const [when, setWhen] = useState("");
  const [notes, setNotes] = useState("");
  const log = useMutation(trpc.record.logCall.mutationOptions(useRefreshAfter("Call logged", () => { setNotes(""); setWhen(""); })));
  return (
    <div className="space-y-3">
      {cold && (
        <p role="note" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Three calls in a row went unanswered: this lead is cold, and no further call is planned. Your coach has been told.
        </p>
      )}
      {calls.length > 0 && (
        <ul aria-label="Calls" className="space-y-1 text-sm">
          {calls.map((call) => (
            <CallRow key={`${call.id}-${call.calledAt.getTime()}-${call.answered}-${call.notes}`} call={call} canWrite={canWrite} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            log.mutate({ interviewId, answered, notes, calledAt: when ? parseLocalDateTime(when, timeZone) : undefined });
          }}
        >
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={answered} onChange={(e) => setAnswered(e.target.checked)} /> They answered
          </label>
          <div>
            <label htmlFor="call-when" className="block text-sm font-medium">When (leave empty for now)</label>
            <input id="call-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} className={inputClass} />
          </div>
          <div className="grow">
            <label htmlFor="call-notes" className="block text-sm font-medium">Notes (optional)</label>
            <input id="call-notes" value={notes} onChange={(e) => setNotes(e.target.value)} className={inputClass} />
          </div>
          <SubmitButton pending={log.isPending} label="Log the call" pendingLabel="Logging…" />
        </form>
      )}
    </div>
  );
}

type Expense = { id: string; description: string; amountCents: number; currency: string; receiptNote: string | null; requestedAt: Date | null; paidAt: Date | null };
type ExpenseValues = { description: string; amount: number; currency: string; receiptNote: string };

/** What an expense was for, how much, in which currency, and a note on the receipt: for a new one or a correction. */
function ExpenseForm({ idPrefix, initial, submitLabel, pending, onSubmit, onCancel, label, autoFocus = false }: {
  idPrefix: string;
  initial: { description: string; amount: string; currency: string; receiptNote: string };
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: ExpenseValues, reset: () => void) => void;
  onCancel?: () => void;
  label?: string;
  autoFocus?: boolean;
}) {
  const [value, setValue] = useState(initial);
  return (
    <form
      aria-label={label}
      className="grid gap-2 sm:grid-cols-[1fr_auto_auto_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ...value, amount: Number(value.amount) }, () => setValue({ ...initial, currency: value.currency }));
      }}
    >
      <div>
        <label htmlFor={`${idPrefix}-description`} className="block text-sm font-medium">Expense</label>
        <input id={`${idPrefix}-description`} required autoFocus={autoFocus} value={value.description} onChange={(e) => setValue({ ...value, description: e.target.value })} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-amount`} className="block text-sm font-medium">Amount</label>
        <input id={`${idPrefix}-amount`} required inputMode="decimal" value={value.amount} onChange={(e) => setValue({ ...value, amount: e.target.value })} className={`${inputClass} w-28`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-currency`} className="block text-sm font-medium">Currency</label>
        <input id={`${idPrefix}-currency`} required maxLength={3} value={value.currency} onChange={(e) => setValue({ ...value, currency: e.target.value })} className={`${inputClass} w-20 uppercase`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-receipt`} className="block text-sm font-medium">Receipt note (optional)</label>
        <input id={`${idPrefix}-receipt`} value={value.receiptNote} onChange={(e) => setValue({ ...value, receiptNote: e.target.value })} className={inputClass} />
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending} label={submitLabel} pendingLabel="Saving…" />
        {onCancel && (
          <button type="button" className="rounded-md border border-slate-300 px-3 py-2 text-sm" onClick={onCancel}>Cancel</button>
        )}
      </div>
    </form>
  );
}

const formatMoney = (e: Expense) => new Intl.NumberFormat("en-US", { style: "currency", currency: e.currency }).format(e.amountCents / 100);

/** One expense: mark the reimbursement requested or paid, correct it, or remove it. */
function ExpenseRow({ expense: e, canWrite, timeZone }: { expense: Expense; canWrite: boolean; timeZone: string }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const close = () => {
    setEditing(false);
    setReturnFocus(true);
  };
  const requested = useMutation(trpc.record.markReimbursementRequested.mutationOptions(useRefreshAfter("Marked as requested")));
  const paid = useMutation(trpc.record.markReimbursementPaid.mutationOptions(useRefreshAfter("Marked as paid")));
  const update = useMutation(trpc.record.updateExpense.mutationOptions(useRefreshAfter("Expense corrected", close)));
  const removeExpense = useMutation(trpc.record.deleteExpense.mutationOptions(useRefreshAfter("Expense removed")));
  if (editing) {
    return (
      <li className="rounded border border-slate-200 bg-white px-3 py-2">
        <ExpenseForm
          idPrefix={`expense-${e.id}`}
          label={`Correct the expense: ${e.description}`}
          initial={{ description: e.description, amount: String(e.amountCents / 100), currency: e.currency, receiptNote: e.receiptNote ?? "" }}
          submitLabel="Save expense"
          pending={update.isPending}
          onSubmit={(values) => update.mutate({ id: e.id, ...values })}
          onCancel={close}
          autoFocus
        />
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white px-3 py-2">
      <span>
        {e.description} · {formatMoney(e)}
        {e.receiptNote && ` · receipt: ${e.receiptNote}`} ·{" "}
        {e.paidAt ? `paid ${formatInZone(e.paidAt, timeZone, "d MMM")}` : e.requestedAt ? `requested ${formatInZone(e.requestedAt, timeZone, "d MMM")}` : "not requested yet"}
      </span>
      {canWrite && (
        <span className="flex gap-2">
          {!e.requestedAt && !e.paidAt && (
            <button type="button" aria-label={`Mark requested: ${e.description}`} className="text-xs underline" onClick={() => requested.mutate({ id: e.id })}>
              Mark requested
            </button>
          )}
          {!e.paidAt && (
            <button type="button" aria-label={`Mark paid: ${e.description}`} className="text-xs underline" onClick={() => paid.mutate({ id: e.id })}>
              Mark paid
            </button>
          )}
          <button type="button" aria-label={`Correct: ${e.description}`} autoFocus={returnFocus} className="text-xs underline" onClick={() => setEditing(true)}>
            Correct
          </button>
          <ConfirmButton
            ariaLabel={`Remove: ${e.description}`}
            title={`Remove "${e.description}"?`}
            description="The expense and its reimbursement reminders leave the plan. This cannot be undone."
            confirmLabel="Remove expense"
            onConfirm={() => removeExpense.mutate({ id: e.id })}
          >
            Remove
          </ConfirmButton>
        </span>
      )}
    </li>
  );
}

/** R15: travel expenses and their reimbursement. */
export function ExpensesPanel({ interviewId, expenses, canWrite, timeZone }: { interviewId: string; expenses: Expense[]; canWrite: boolean; timeZone: string }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.record.addExpense.mutationOptions(useRefreshAfter("Expense recorded")));
  return (
    <div className="space-y-3">
      {expenses.length > 0 && (
        <ul aria-label="Expenses" className="space-y-1 text-sm">
          {expenses.map((e) => (
            <ExpenseRow key={`${e.id}-${e.description}-${e.amountCents}-${e.currency}-${e.receiptNote}`} expense={e} canWrite={canWrite} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {canWrite && (
        <ExpenseForm
          idPrefix="expense"
          initial={{ description: "", amount: "", currency: "USD", receiptNote: "" }}
          submitLabel="Record"
          pending={add.isPending}
          onSubmit={(values, reset) => add.mutate({ interviewId, ...values }, { onSuccess: reset })}
        />
      )}
    </div>
  );
}
