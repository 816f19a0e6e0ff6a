import type { PersonInput } from "@/lib/validation/interview-fields";

/**
 * A person taken off the interview form, kept until the form is left, so that Undo brings them back as
 * they were typed and where they were. `key` tells two removals apart (a toast per removal).
 */
export type RemovedPerson = { key: number; index: number; person: PersonInput };

const TYPED_FIELDS = ["name", "title", "email", "phone", "recallNote"] as const;

/** Whether anything was typed on a person's row. The role alone is not: it starts on a default. */
export function hasTypedDetails(person: PersonInput): boolean {
  return TYPED_FIELDS.some((field) => (person[field] ?? "").trim() !== "");
}

/** A person saved on the interview (they have an id): saving without them removes their open tasks. */
export function wasSaved(removed: RemovedPerson): boolean {
  return Boolean(removed.person.id);
}

/** Where a removed person goes back: their old place, or the end when the list has got shorter since. */
export function restoreIndex(removed: RemovedPerson, peopleNow: number): number {
  return Math.min(removed.index, peopleNow);
}

/** How a removed person is named: by their name, or by their place on the form when it was left empty. */
export function nameOfRemoved(removed: RemovedPerson): string {
  return removed.person.name.trim() || `person ${removed.index + 1}`;
}

/** What the removal's toast says. */
export function describeRemoval(removed: RemovedPerson): string {
  return `Removed ${nameOfRemoved(removed)}`;
}

/** What saving does to a saved person left out, said before it happens (the planner drops their open tasks on save). */
export function describeSaveWithout(removed: RemovedPerson): string {
  return `Saving takes ${nameOfRemoved(removed)} off this interview, and any open task planned for them, such as a thank-you, goes too.`;
}
