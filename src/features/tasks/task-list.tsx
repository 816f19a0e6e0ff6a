"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { useState } from "react";
import { toast } from "sonner";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { CHANNEL_LABELS } from "@/lib/task-labels";
import { templateKindForTask } from "@/lib/task-templates";
import { TASK_WORK_LABELS, type TaskWork } from "@/lib/task-work";
import { formatLocalDateTime, parseLocalDateTime } from "@/lib/time-zones";
import { useTRPC } from "@/trpc/react";

export type TaskItem = {
  id: string;
  kind?: string;
  recipient?: { id: string } | null;
  title: string;
  channel: string;
  dueAt: Date;
  status: string;
  rules: string[];
  arrivesFrom: Date | null;
  arrivesBy: Date | null;
  interview?: { id: string; company: string; jobTitle: string };
  /** Where the task's letter or email stands (src/server/tasks/task-work.ts); absent for tasks not written. */
  work?: TaskWork | null;
};

/** The task's letter or email, inline: "No draft yet", "In review", "Scheduled for Tue 24 Nov, 19:00"…, linking to the draft. */
function TaskWorkState({ work, timeZone }: { work: TaskWork; timeZone: string }) {
  const label =
    work.state === "SCHEDULED" && work.scheduledFor
      ? `Scheduled for ${formatInZone(work.scheduledFor, timeZone, "EEE d MMM, HH:mm")}`
      : TASK_WORK_LABELS[work.state];
  const tone = work.state === "NONE" ? "border-slate-300 text-ink-muted" : work.state === "SENT" ? "border-green-300 bg-green-50 text-green-900" : "border-brand-100 bg-brand-50 text-ink";
  const className = `inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${tone}`;
  return (
    <p className="mt-1">
      {work.draftId ? (
        <Link href={`/drafts/${work.draftId}`} className={`${className} underline-offset-2 hover:underline`}>
          <span className="sr-only">Letter: </span>
          {label}
        </Link>
      ) : (
        <span className={className}>
          <span className="sr-only">Letter: </span>
          {label}
        </span>
      )}
    </p>
  );
}

/** What the signed-in person may do with these tasks (DOMAIN.md: the client completes, the coach adds and moves). */
export type TaskAbilities = { complete: boolean; manage: boolean };

function useTaskActions(timeZone: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() });
    router.refresh();
  };
  const reopen = useMutation(trpc.task.reopen.mutationOptions({ onSuccess: refresh, onError: (e) => toast.error(e.message) }));
  // Every change refreshes the page; done and skip offer an undo, which reopens the task.
  const after = <T,>(message: string | ((data: T) => string), undo: boolean) => ({
    onSuccess: async (data: T, { id }: { id: string }) => {
      await refresh();
      toast.success(typeof message === "string" ? message : message(data), undo ? { action: { label: "Undo", onClick: () => reopen.mutate({ id }) } } : undefined);
    },
    onError: (e: { message: string }) => toast.error(e.message),
  });
  const complete = useMutation(trpc.task.complete.mutationOptions(after("Marked done", true)));
  const skip = useMutation(trpc.task.skip.mutationOptions(after("Skipped", true)));
  const snooze = useMutation(
    trpc.task.snooze.mutationOptions(after(({ dueAt }: { dueAt: Date }) => `Snoozed until ${formatInZone(dueAt, timeZone, "EEE d MMM, HH:mm")}`, false)),
  );
  const remove = useMutation(trpc.task.remove.mutationOptions(after("Task removed", false)));
  const move = useMutation(trpc.task.move.mutationOptions(after("Task moved", false)));
  const pending = complete.isPending || skip.isPending || snooze.isPending || remove.isPending || reopen.isPending || move.isPending;
  return { complete, skip, snooze, remove, reopen, move, pending };
}

/** The coach moves a task to a new wall-clock time in the client's zone. */
function MoveTask({ task, timeZone, disabled, onMove }: { task: TaskItem; timeZone: string; disabled: boolean; onMove: (dueAt: Date) => void }) {
  const [editing, setEditing] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const [value, setValue] = useState(() => formatLocalDateTime(task.dueAt, timeZone));
  const close = () => {
    setEditing(false);
    setReturnFocus(true);
  };
  if (!editing) return <TaskButton verb="Move" title={task.title} disabled={disabled} autoFocus={returnFocus} onClick={() => setEditing(true)} />;
  const id = `move-${task.id}`;
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        onMove(parseLocalDateTime(value, timeZone));
        close();
      }}
    >
      <label htmlFor={id} className="sr-only">New due time for {task.title}</label>
      <input id={id} type="datetime-local" required autoFocus value={value} onChange={(e) => setValue(e.target.value)} className="rounded border border-slate-300 px-1 py-0.5 text-xs" />
      <button type="submit" className="rounded bg-brand-600 px-2 py-1 text-xs font-medium text-white">Save</button>
      <button type="button" className="rounded border border-slate-300 px-2 py-1 text-xs" onClick={close}>Cancel</button>
    </form>
  );
}

const SNOOZE_DAYS = [
  { days: 1, label: "A day" },
  { days: 3, label: "3 days" },
  { days: 7, label: "A week" },
];

/** The client pushes a task back: by a day, three days or a week, or to a time of their choosing. */
function SnoozeTask({ task, timeZone, disabled, onSnooze }: { task: TaskItem; timeZone: string; disabled: boolean; onSnooze: (by: { days: number } | { until: Date }) => void }) {
  const [open, setOpen] = useState(false);
  // Focus goes into the choices when they open, and back to "Snooze" when they close.
  const [returnFocus, setReturnFocus] = useState(false);
  // A calendar day after the due time (or after now, for an overdue task), in the client's zone.
  const [value, setValue] = useState(() => formatLocalDateTime(addDays(new TZDate(Math.max(task.dueAt.getTime(), Date.now()), timeZone), 1), timeZone));
  const close = () => {
    setOpen(false);
    setReturnFocus(true);
  };
  if (!open) return <TaskButton verb="Snooze" title={task.title} disabled={disabled} autoFocus={returnFocus} onClick={() => setOpen(true)} />;
  const id = `snooze-${task.id}`;
  const choose = (by: { days: number } | { until: Date }) => {
    onSnooze(by);
    close();
  };
  return (
    <div role="group" aria-label={`Snooze ${task.title}`} className="flex flex-wrap items-center gap-1">
      {SNOOZE_DAYS.map(({ days, label }, index) => (
        <TaskButton key={days} verb={`Snooze ${label.toLowerCase()}`} title={task.title} disabled={disabled} autoFocus={index === 0} onClick={() => choose({ days })} />
      ))}
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          choose({ until: parseLocalDateTime(value, timeZone) });
        }}
      >
        <label htmlFor={id} className="sr-only">Snooze {task.title} until</label>
        <input id={id} type="datetime-local" required value={value} onChange={(e) => setValue(e.target.value)} className="rounded border border-slate-300 px-1 py-0.5 text-xs" />
        <button type="submit" disabled={disabled} className="rounded bg-brand-600 px-2 py-1 text-xs font-medium text-white">Snooze until then</button>
      </form>
      <button type="button" className="rounded border border-slate-300 px-2 py-1 text-xs" onClick={close}>Cancel</button>
    </div>
  );
}

/** A short visible verb; its accessible name says which task it acts on. */
function TaskButton({ verb, title, disabled, onClick, autoFocus = false }: { verb: string; title: string; disabled: boolean; onClick: () => void; autoFocus?: boolean }) {
  return (
    <button
      type="button"
      autoFocus={autoFocus}
      aria-label={`${verb}: ${title}`}
      disabled={disabled}
      onClick={onClick}
      className="rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-50"
    >
      {verb}
    </button>
  );
}

export function TaskList({
  tasks,
  timeZone,
  abilities,
  label,
  emptyText,
}: {
  tasks: TaskItem[];
  timeZone: string;
  abilities: TaskAbilities;
  label: string;
  emptyText?: string;
}) {
  const actions = useTaskActions(timeZone);
  const trpc = useTRPC();
  const router = useRouter();
  const writing = useMutation(
    trpc.draft.createFromTask.mutationOptions({ onSuccess: ({ id }) => router.push(`/drafts/${id}`), onError: (e) => toast.error(e.message) }),
  );
  if (tasks.length === 0) return emptyText ? <p className="text-sm text-ink-muted">{emptyText}</p> : null;
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {tasks.map((task) => {
        const open = task.status === "OPEN";
        return (
          <li key={task.id} aria-label={task.title} className="flex flex-wrap items-start justify-between gap-2 p-3">
            <div className="min-w-0">
              <p className={`font-medium ${open ? "" : "text-ink-muted line-through"}`}>{task.title}</p>
              <p className="text-xs text-ink-muted">
                {CHANNEL_LABELS[task.channel] ?? task.channel} · due{" "}
                <time dateTime={task.dueAt.toISOString()}>{formatInZone(task.dueAt, timeZone, "EEE d MMM, HH:mm")}</time>
                {task.arrivesFrom && task.arrivesBy && (
                  <>
                    {" "}· arrives {formatDay(task.arrivesFrom, "EEE d MMM")}
                    {task.arrivesBy.getTime() !== task.arrivesFrom.getTime() && `–${formatDay(task.arrivesBy, "EEE d MMM")}`}
                  </>
                )}
                {task.interview && ` · ${task.interview.company}`}
                {task.rules.length > 0 && <span className="sr-only"> · rules {task.rules.join(", ")}</span>}
                {!open && ` · ${task.status === "DONE" ? "done" : "skipped"}`}
              </p>
              {task.work && (open || task.work.state !== "NONE") && <TaskWorkState work={task.work} timeZone={timeZone} />}
            </div>
            <div className="flex flex-wrap gap-1">
              {open && abilities.complete && task.recipient && task.kind && templateKindForTask(task.kind) && (
                <TaskButton verb="Write it" title={task.title} disabled={actions.pending || writing.isPending} onClick={() => writing.mutate({ taskId: task.id })} />
              )}
              {open && abilities.complete && (
                <>
                  <TaskButton verb="Done" title={task.title} disabled={actions.pending} onClick={() => actions.complete.mutate({ id: task.id })} />
                  <SnoozeTask task={task} timeZone={timeZone} disabled={actions.pending} onSnooze={(by) => actions.snooze.mutate({ id: task.id, ...by })} />
                  <TaskButton verb="Skip" title={task.title} disabled={actions.pending} onClick={() => actions.skip.mutate({ id: task.id })} />
                </>
              )}
              {!open && abilities.complete && (
                <TaskButton verb="Reopen" title={task.title} disabled={actions.pending} onClick={() => actions.reopen.mutate({ id: task.id })} />
              )}
              {open && abilities.manage && !abilities.complete && (
                <>
                  <MoveTask task={task} timeZone={timeZone} disabled={actions.pending} onMove={(dueAt) => actions.move.mutate({ id: task.id, dueAt })} />
                  <TaskButton verb="Remove" title={task.title} disabled={actions.pending} onClick={() => actions.remove.mutate({ id: task.id })} />
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
