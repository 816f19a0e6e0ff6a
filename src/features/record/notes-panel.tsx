"use client";

import { ConfirmButton } from "@/components/confirm-button";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { inputClass } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { formatInZone } from "@/lib/format-in-zone";
import { useTRPC } from "@/trpc/react";
import { useRefreshAfter } from "./use-refreshing-mutation";

type Note = { id: string; body: string; visibility: "SHARED" | "PRIVATE"; createdAt: Date; author: { id: string; name: string | null; role: string } };

export function NotesPanel({
  interviewId,
  notes,
  canWrite,
  isClient,
  timeZone,
  actorId,
}: {
  interviewId: string;
  notes: Note[];
  canWrite: boolean;
  isClient: boolean;
  timeZone: string;
  actorId: string;
}) {
  const trpc = useTRPC();
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<"SHARED" | "PRIVATE">("SHARED");
  const add = useMutation(trpc.record.addNote.mutationOptions(useRefreshAfter("Note saved", () => setBody(""))));
  const remove = useMutation(trpc.record.deleteNote.mutationOptions(useRefreshAfter("Note deleted")));
  const [editing, setEditing] = useState<{ id: string; body: string; visibility: "SHARED" | "PRIVATE" } | null>(null);
  const update = useMutation(trpc.record.updateNote.mutationOptions(useRefreshAfter("Note updated", () => setEditing(null))));
  return (
    <div className="space-y-3">
      {notes.length === 0 ? (
        <p className="text-sm text-ink-muted">
          {isClient ? "Write down what was said, where you fit, their likely objections and any answer you would like to repair." : "No shared notes yet."}
        </p>
      ) : (
        <ul aria-label="Notes" className="space-y-2">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-slate-200 bg-white p-3">
              {editing?.id === note.id ? (
                <form
                  className="space-y-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    update.mutate(editing);
                  }}
                >
                  <label htmlFor={`edit-${note.id}`} className="sr-only">Edit the note</label>
                  <textarea id={`edit-${note.id}`} rows={3} value={editing.body} onChange={(e) => setEditing({ ...editing, body: e.target.value })} className={inputClass} />
                  <div className="flex gap-2">
                    <SubmitButton pending={update.isPending} label="Save" pendingLabel="Saving…" />
                    <button type="button" onClick={() => setEditing(null)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">Cancel</button>
                  </div>
                </form>
              ) : (
                <p className="whitespace-pre-wrap">{note.body}</p>
              )}
              <p className="mt-1 text-xs text-ink-muted">
                {note.author.name ?? "Someone"} · {formatInZone(note.createdAt, timeZone, "d MMM, HH:mm")} ·{" "}
                {note.visibility === "PRIVATE" ? "private: only you see it" : "shared"}
              </p>
              {note.author.id === actorId && editing?.id !== note.id && (
                <span className="mt-1 flex gap-3 text-xs">
                  <button type="button" onClick={() => setEditing({ id: note.id, body: note.body, visibility: note.visibility })} className="underline" aria-label={`Edit the note of ${formatInZone(note.createdAt, timeZone, "d MMM, HH:mm")}`}>
                    Edit
                  </button>
                  <ConfirmButton
                    disabled={remove.isPending}
                    ariaLabel={`Delete the note of ${formatInZone(note.createdAt, timeZone, "d MMM, HH:mm")}`}
                    title="Delete this note?"
                    description="The note is deleted for good, for everyone who could read it."
                    confirmLabel="Delete note"
                    onConfirm={() => remove.mutate({ id: note.id })}
                  >
                    Delete
                  </ConfirmButton>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ interviewId, body, visibility });
          }}
        >
          <label htmlFor="note-body" className="block text-sm font-medium">{isClient ? "Add a debrief note" : "Add a note for your client"}</label>
          <textarea id="note-body" required rows={3} value={body} onChange={(e) => setBody(e.target.value)} className={inputClass} />
          {isClient && (
            <fieldset className="flex gap-4 text-sm">
              <legend className="sr-only">Who sees this note</legend>
              <label className="flex items-center gap-1">
                <input type="radio" name="visibility" checked={visibility === "SHARED"} onChange={() => setVisibility("SHARED")} /> Shared with my coach
              </label>
              <label className="flex items-center gap-1">
                <input type="radio" name="visibility" checked={visibility === "PRIVATE"} onChange={() => setVisibility("PRIVATE")} /> Private
              </label>
            </fieldset>
          )}
          <SubmitButton pending={add.isPending} label="Save note" pendingLabel="Saving…" />
        </form>
      )}
    </div>
  );
}
