"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@/components/link";
import { useRouter } from "next/navigation";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { createContext, useContext, useState, type ReactNode } from "react";
import { toast } from "@/components/toast";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { CHANNEL_LABELS } from "@/lib/task-labels";
import { templateKindForTask } from "@/lib/task-templates";
import { TASK_WORK_LABELS, type TaskWork } from "@/lib/task-work";
import { formatLocalDateTime, parseLocalDateTime } from "@/lib/time-zones";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConfirmButton } from "@/components/confirm-button";
import { describedBy } from "@/components/form-field";
import { RuleReasons } from "./rule-reasons";

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

type TaskPatch = Partial<Pick<TaskItem, "status" | "dueAt">>;

/**
 * Done, Snooze and Skip show at once (TanStack Query's onMutate puts a patch over the task)
 * and roll back if the server refuses; the toast then offers an undo, which is a server
 * mutation of its own (reopen, or undo the snooze). Every change refreshes the page's data.
 */
function useTaskActions(timeZone: string) {
  const trpc = useTRPC();
  const router = useRouter();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [patches, setPatches] = useState<Record<string, TaskPatch>>({});
  const setPatch = (id: string, patch: TaskPatch | undefined) =>
    setPatches((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== id));
      return patch ? { ...rest, [id]: patch } : rest;
    });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() });
    router.refresh();
  };
  // The patch shows until the refreshed data arrives; a refusal puts the task back as it was.
  const optimisticPatch = (id: string, patch: TaskPatch) => {
    const previous = patches[id];
    setPatch(id, { ...previous, ...patch });
    return { previous };
  };
  const rollBack = (error: { message: string }, id: string, context: { previous?: TaskPatch } | undefined) => {
    setPatch(id, context?.previous);
    toast.error(error.message);
  };
  const settle = async (id: string) => {
    await refresh();
    setPatch(id, undefined);
  };
  const optimistic = <V extends { id: string }>(patchFor: (input: V) => TaskPatch) => ({
    onMutate: (input: V) => optimisticPatch(input.id, patchFor(input)),
    onError: (error: { message: string }, input: V, context: { previous?: TaskPatch } | undefined) => rollBack(error, input.id, context),
    onSettled: (_data: unknown, _error: unknown, input: V) => settle(input.id),
  });
  const plain = <T,>(message: string | ((data: T) => string)) => ({
    onSuccess: async (data: T) => {
      await refresh();
      toast.success(typeof message === "string" ? message : message(data));
    },
    onError: (e: { message: string }) => toast.error(e.message),
  });
  const when = (dueAt: Date) => formatInZone(dueAt, timeZone, "EEE d MMM, HH:mm");

  const reopen = useMutation(trpc.task.reopen.mutationOptions({ ...optimistic(() => ({ status: "OPEN" })), onSuccess: () => toast.success("Task reopened") }));
  const undoSnooze = useMutation(
    trpc.task.undoSnooze.mutationOptions({ ...optimistic(({ dueAt }) => ({ dueAt: new Date(dueAt) })), onSuccess: ({ dueAt }) => toast.success(`Back to ${when(dueAt)}`) }),
  );
  const undo = (run: () => void) => ({ action: { label: "Undo", onClick: run } });
  const complete = useMutation(
    trpc.task.complete.mutationOptions({ ...optimistic(() => ({ status: "DONE" })), onSuccess: (_d, { id }) => toast.success("Marked done", undo(() => reopen.mutate({ id }))) }),
  );
  const skip = useMutation(
    trpc.task.skip.mutationOptions({ ...optimistic(() => ({ status: "SKIPPED" })), onSuccess: (_d, { id }) => toast.success("Skipped", undo(() => reopen.mutate({ id }))) }),
  );
  // The snooze carries the task's time before, for the optimistic patch and for the toast's undo.
  const snooze = useMutation({
    mutationFn: ({ task, by }: { task: { id: string; dueAt: Date }; by: { days: number } | { until: Date } }) => client.task.snooze.mutate({ id: task.id, ...by }),
    onMutate: ({ task, by }) => {
      // A snooze by days counts from the due time, or from now when overdue, as the server does.
      const from = Math.max(task.dueAt.getTime(), Date.now());
      const dueAt = "until" in by ? by.until : new Date(addDays(new TZDate(from, timeZone), by.days).getTime());
      return optimisticPatch(task.id, { dueAt });
    },
    onError: (error, { task }, context) => rollBack(error, task.id, context),
    onSettled: (_data, _error, { task }) => settle(task.id),
    onSuccess: ({ id, dueAt }, { task }) => toast.success(`Snoozed until ${when(dueAt)}`, undo(() => undoSnooze.mutate({ id, dueAt: task.dueAt, snoozedTo: dueAt }))),
  });
  const remove = useMutation(trpc.task.remove.mutationOptions(plain("Task removed")));
  const move = useMutation(trpc.task.move.mutationOptions(plain("Task moved")));
  const writing = useMutation(
    trpc.draft.createFromTask.mutationOptions({ onSuccess: ({ id }) => router.push(`/drafts/${id}`), onError: (e) => toast.error(e.message) }),
  );
  const pending = complete.isPending || skip.isPending || snooze.isPending || remove.isPending || reopen.isPending || move.isPending || undoSnooze.isPending;
  return { complete, skip, snooze, remove, reopen, move, writing, pending, patches, timeZone };
}

const TaskActionsContext = createContext<ReturnType<typeof useTaskActions> | null>(null);

/**
 * The task actions of one page, shared by all its task lists: a task shown twice (in "Next up" and in the week) is
 * patched in both at once, and while one change is on its way every list's buttons wait. One set of mutations per
 * page, not one per list.
 */
export function TaskActionsProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <TaskActionsContext.Provider value={useTaskActions(timeZone)}>{children}</TaskActionsContext.Provider>;
}

function useSharedTaskActions() {
  const actions = useContext(TaskActionsContext);
  if (!actions) throw new Error("A TaskList must be inside a TaskActionsProvider (the page's task actions).");
  return actions;
}

/** The coach moves a task to a new wall-clock time in the client's zone. */
function MoveTask({ task, timeZone, disabled, onMove }: { task: TaskItem; timeZone: string; disabled: boolean; onMove: (dueAt: Date) => void }) {
  const [editing, setEditing] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  // Filled in when the form opens, not on every render of a closed one (a page renders many).
  const [value, setValue] = useState("");
  const close = () => {
    setEditing(false);
    setReturnFocus(true);
  };
  const start = () => {
    setValue(formatLocalDateTime(task.dueAt, timeZone));
    setEditing(true);
  };
  if (!editing) return <TaskButton verb="Move" title={task.title} disabled={disabled} autoFocus={returnFocus} onClick={start} />;
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
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setOpen(false);
    setReturnFocus(true);
  };
  // The field starts a calendar day after the due time (or after now, for an overdue task), in the client's zone:
  // worked out when the choices open, not on every render of every closed task.
  const start = () => {
    setValue(formatLocalDateTime(addDays(new TZDate(Math.max(task.dueAt.getTime(), Date.now()), timeZone), 1), timeZone));
    setError(undefined);
    setOpen(true);
  };
  if (!open) return <TaskButton verb="Snooze" title={task.title} disabled={disabled} autoFocus={returnFocus} onClick={start} />;
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
          const until = parseLocalDateTime(value, timeZone);
          // A time already past is refused here, next to the field, as the server would refuse it.
          if (until.getTime() <= Date.now()) setError("Choose a time after now.");
          else choose({ until });
        }}
      >
        <label htmlFor={id} className="sr-only">Snooze {task.title} until</label>
        <input
          id={id}
          type="datetime-local"
          required
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
          className="rounded border border-slate-300 px-1 py-0.5 text-xs"
          {...describedBy(id, error)}
        />
        {error && (
          <span id={`${id}-error`} className="text-xs text-red-700">
            {error}
          </span>
        )}
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
  const actions = useSharedTaskActions();
  const { writing } = actions;
  // The provider's zone times the toasts and the snooze; a list drawn in another zone would disagree with them.
  if (actions.timeZone !== timeZone) throw new Error("A TaskList's time zone must be its TaskActionsProvider's.");
  if (tasks.length === 0) return emptyText ? <p className="text-sm text-ink-muted">{emptyText}</p> : null;
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {tasks.map((stored) => {
        const task = { ...stored, ...actions.patches[stored.id] };
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
                {!open && ` · ${task.status === "DONE" ? "done" : "skipped"}`}
              </p>
              {task.work && (open || task.work.state !== "NONE") && <TaskWorkState work={task.work} timeZone={timeZone} />}
              <RuleReasons rules={task.rules} title={task.title} forClient={abilities.complete} />
            </div>
            <div className="flex flex-wrap gap-1">
              {open && abilities.complete && task.recipient && task.kind && templateKindForTask(task.kind) && (
                <TaskButton verb="Write it" title={task.title} disabled={actions.pending || writing.isPending} onClick={() => writing.mutate({ taskId: task.id })} />
              )}
              {open && abilities.complete && (
                <>
                  <TaskButton verb="Done" title={task.title} disabled={actions.pending} onClick={() => actions.complete.mutate({ id: task.id })} />
                  <SnoozeTask task={task} timeZone={timeZone} disabled={actions.pending} onSnooze={(by) => actions.snooze.mutate({ task, by })} />
                  <TaskButton verb="Skip" title={task.title} disabled={actions.pending} onClick={() => actions.skip.mutate({ id: task.id })} />
                </>
              )}
              {!open && abilities.complete && (
                <TaskButton verb="Reopen" title={task.title} disabled={actions.pending} onClick={() => actions.reopen.mutate({ id: task.id })} />
              )}
              {open && abilities.manage && !abilities.complete && (
                <>
                  <MoveTask task={task} timeZone={timeZone} disabled={actions.pending} onMove={(dueAt) => actions.move.mutate({ id: task.id, dueAt })} />
                  <ConfirmButton
                    ariaLabel={`Remove: ${task.title}`}
                    disabled={actions.pending}
                    className="min-h-11 rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-50 sm:min-h-0"
                    title="Remove this task?"
                    description={`"${task.title}" leaves the plan for good. A planned task is kept as skipped, so re-planning does not bring it back.`}
                    confirmLabel="Remove task"
                    onConfirm={() => actions.remove.mutate({ id: task.id })}
                  >
                    Remove
                  </ConfirmButton>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
