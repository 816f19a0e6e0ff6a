import { addDays, toCivilDate, type CivilDate } from "@/lib/civil-date";

type Interview = { id: string; company: string; jobTitle: string };
type DatedTask = { dueAt: Date; interview?: Interview };

/** How many tasks "Next up" shows: the few to do now; the rest wait in the sections below. */
export const NEXT_UP_SIZE = 5;

export type InterviewGroup<T> = { interview: Interview; tasks: T[] };

/** Tasks by interview, interviews in the order of their first task (so the most pressing interview comes first). */
export function groupByInterview<T extends DatedTask>(tasks: readonly T[]): InterviewGroup<T>[] {
  const groups = new Map<string, InterviewGroup<T>>();
  for (const task of tasks) {
    if (!task.interview) continue;
    const group = groups.get(task.interview.id) ?? { interview: task.interview, tasks: [] };
    group.tasks.push(task);
    groups.set(task.interview.id, group);
  }
  return [...groups.values()];
}

export type DayGroup<T> = { day: CivilDate; tasks: T[] };

/** The `days` calendar days from `from` in the client's zone, each with its tasks (a day with none is kept: the week reads as a week). */
export function groupByDay<T extends DatedTask>(tasks: readonly T[], timeZone: string, from: CivilDate, days: number): DayGroup<T>[] {
  const groups = Array.from({ length: days }, (_, i): DayGroup<T> => ({ day: addDays(from, i), tasks: [] }));
  const byDay = new Map(groups.map((group) => [group.day, group]));
  for (const task of tasks) byDay.get(toCivilDate(task.dueAt, timeZone))?.tasks.push(task);
  return groups;
}
