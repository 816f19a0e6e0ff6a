"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
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
                <button type="button" className="text-xs underline" onClick={() => remove.mutate({ id: item.id })}>
                  Remove<span className="sr-only"> {item.title}</span>
                </button>
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

/** The follow-up call log (R14 counts unanswered calls in a row). */
export function CallsPanel({ interviewId, calls, canWrite, timeZone, cold }: { interviewId: string; calls: Call[]; canWrite: boolean; timeZone: string; cold: boolean }) {
  const trpc = useTRPC();
  const [answered, setAnswered] = useState(false);
  const [notes, setNotes] = useState("");
  const log = useMutation(trpc.record.logCall.mutationOptions(useRefreshAfter("Call logged", () => setNotes(""))));
  const removeCall = useMutation(trpc.record.deleteCall.mutationOptions(useRefreshAfter("Call removed")));
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
            <li key={call.id} className="rounded border border-slate-200 bg-white px-3 py-2">
              {formatInZone(call.calledAt, timeZone, "EEE d MMM, HH:mm")} · {call.answered ? "answered" : "no answer"}
              {call.notes && ` · ${call.notes}`}
              {canWrite && (
                <button type="button" className="ml-2 text-xs underline" onClick={() => removeCall.mutate({ id: call.id })}>
                  Remove<span className="sr-only"> the call of {formatInZone(call.calledAt, timeZone, "d MMM, HH:mm")}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); log.mutate({ interviewId, answered, notes }); }}>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={answered} onChange={(e) => setAnswered(e.target.checked)} /> They answered
          </label>
          <div className="grow">
            <label htmlFor="call-notes" className="block text-sm font-medium">Notes (optional)</label>
            <input id="call-notes" value={notes} onChange={(e) => setNotes(e.target.value)} className={inputClass} />
          </div>
          <SubmitButton pending={log.isPending} label="Log a call made now" pendingLabel="Logging…" />
        </form>
      )}
    </div>
  );
}

type Expense = { id: string; description: string; amountCents: number; currency: string; receiptNote: string | null; requestedAt: Date | null; paidAt: Date | null };

/** R15: travel expenses and their reimbursement. */
export function ExpensesPanel({ interviewId, expenses, canWrite, timeZone }: { interviewId: string; expenses: Expense[]; canWrite: boolean; timeZone: string }) {
  const trpc = useTRPC();
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("USD");
  const [receiptNote, setReceiptNote] = useState("");
  const add = useMutation(trpc.record.addExpense.mutationOptions(useRefreshAfter("Expense recorded", () => { setDescription(""); setAmount(""); setReceiptNote(""); })));
  const requested = useMutation(trpc.record.markReimbursementRequested.mutationOptions(useRefreshAfter("Marked as requested")));
  const paid = useMutation(trpc.record.markReimbursementPaid.mutationOptions(useRefreshAfter("Marked as paid")));
  const removeExpense = useMutation(trpc.record.deleteExpense.mutationOptions(useRefreshAfter("Expense removed")));
  const money = (e: Expense) => new Intl.NumberFormat("en-US", { style: "currency", currency: e.currency }).format(e.amountCents / 100);
  return (
    <div className="space-y-3">
      {expenses.length > 0 && (
        <ul aria-label="Expenses" className="space-y-1 text-sm">
          {expenses.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white px-3 py-2">
              <span>
                {e.description} · {money(e)}
                {e.receiptNote && ` · receipt: ${e.receiptNote}`} ·{" "}
                {e.paidAt ? `paid ${formatInZone(e.paidAt, timeZone, "d MMM")}` : e.requestedAt ? `requested ${formatInZone(e.requestedAt, timeZone, "d MMM")}` : "not requested yet"}
              </span>
              {canWrite && (
                <span className="flex gap-2">
                  {!e.requestedAt && !e.paidAt && (
                    <button type="button" className="text-xs underline" onClick={() => requested.mutate({ id: e.id })}>
                      Mark requested<span className="sr-only">: {e.description}</span>
                    </button>
                  )}
                  {!e.paidAt && (
                    <button type="button" className="text-xs underline" onClick={() => paid.mutate({ id: e.id })}>
                      Mark paid<span className="sr-only">: {e.description}</span>
                    </button>
                  )}
                  <button type="button" className="text-xs underline" onClick={() => removeExpense.mutate({ id: e.id })}>
                    Remove<span className="sr-only">: {e.description}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          className="grid gap-2 sm:grid-cols-[1fr_auto_auto_1fr_auto] sm:items-end"
          onSubmit={(e) => { e.preventDefault(); add.mutate({ interviewId, description, amount: Number(amount), currency, receiptNote }); }}
        >
          <div>
            <label htmlFor="expense-description" className="block text-sm font-medium">Expense</label>
            <input id="expense-description" required value={description} onChange={(e) => setDescription(e.target.value)} className={inputClass} />
          </div>
          <div>
            <label htmlFor="expense-amount" className="block text-sm font-medium">Amount</label>
            <input id="expense-amount" required inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} className={`${inputClass} w-28`} />
          </div>
          <div>
            <label htmlFor="expense-currency" className="block text-sm font-medium">Currency</label>
            <input id="expense-currency" required maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value)} className={`${inputClass} w-20 uppercase`} />
          </div>
          <div>
            <label htmlFor="expense-receipt" className="block text-sm font-medium">Receipt note (optional)</label>
            <input id="expense-receipt" value={receiptNote} onChange={(e) => setReceiptNote(e.target.value)} className={inputClass} />
          </div>
          <SubmitButton pending={add.isPending} label="Record" pendingLabel="Saving…" />
        </form>
      )}
    </div>
  );
}
