"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { useRefreshAfter } from "@/features/record/use-refreshing-mutation";
import { formatZoneName } from "@/lib/format-in-zone";
import { parseLocalDateTime } from "@/lib/time-zones";
import { useTRPC } from "@/trpc/react";

/** The coach (or the client) adds a task of their own, due at a wall-clock time in the client's zone. */
export function AddTaskForm({ interviewId, timeZone }: { interviewId: string; timeZone: string }) {
  const trpc = useTRPC();
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const add = useMutation(trpc.task.add.mutationOptions(useRefreshAfter("Task added", () => setTitle(""))));
  return (
    <form
      className="grid gap-2 sm:grid-cols-[1fr_auto_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (!due) return;
        add.mutate({ interviewId, title, dueAt: parseLocalDateTime(due, timeZone) });
      }}
    >
      <div>
        <label htmlFor="task-title" className="block text-sm font-medium">New task</label>
        <input id="task-title" required value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass} />
      </div>
      <div>
        <label htmlFor="task-due" className="block text-sm font-medium">Due ({formatZoneName(timeZone)})</label>
        <input id="task-due" type="datetime-local" required value={due} onChange={(e) => setDue(e.target.value)} className={inputClass} />
      </div>
      <SubmitButton pending={add.isPending} label="Add task" pendingLabel="Adding…" />
    </form>
  );
}
