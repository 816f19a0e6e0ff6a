"use client";

import { Link } from "@/components/link";
import { useState } from "react";
import { Tabs } from "@/components/tabs";
import { FoldedSection } from "@/components/folded-section";
import { TaskList, type TaskAbilities, type TaskItem } from "@/features/tasks/task-list";
import { toDbDate, type CivilDate } from "@/lib/civil-date";
import { formatDay, formatInZone } from "@/lib/format-in-zone";
import { NEXT_UP_SIZE, groupByDay, groupByInterview } from "./group-tasks";

/** On their own dashboard the client completes their tasks (DOMAIN.md); adding and moving is the coach's. */
export const ABILITIES: TaskAbilities = { complete: true, manage: true };

type Interview = { id: string; company: string; jobTitle: string };
type DashboardTask = TaskItem & { interview: Interview };

const interviewName = (interview: Interview) => `${interview.company}, ${interview.jobTitle}`;
/** Inside a group named after its interview, a task need not repeat the company. */
const withoutInterview = (tasks: DashboardTask[]): TaskItem[] => tasks.map((task) => ({ ...task, interview: undefined }));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "Next up": the few things to do now (overdue, then due today), grouped under their interview.
 * The rest are one click away, in "Your week".
 */
export function NextUp({ tasks, later, timeZone }: { tasks: DashboardTask[]; later: DashboardTask[]; timeZone: string }) {
  const shown = tasks.slice(0, NEXT_UP_SIZE);
  const more = tasks.length - shown.length;
  return (
    <section aria-labelledby="next-up-title" className="space-y-3">
      <h2 id="next-up-title" className="text-xl font-semibold">Next up</h2>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-ink-muted">
          Nothing to do right now.
          {later[0] && (
            <>
              {" "}Next: {later[0].title} ({interviewName(later[0].interview)}),{" "}
              <time dateTime={later[0].dueAt.toISOString()}>{formatInZone(later[0].dueAt, timeZone, "EEE d MMM, HH:mm")}</time>.
            </>
          )}
        </p>
      ) : (
        groupByInterview(shown).map(({ interview, tasks: ofInterview }) => (
          <section key={interview.id} aria-labelledby={`next-${interview.id}`}>
            <h3 id={`next-${interview.id}`} className="mb-1 font-semibold">
              <Link href={`/interviews/${interview.id}`} className="text-brand-700 hover:underline">
                {interviewName(interview)}
              </Link>
            </h3>
            <TaskList tasks={withoutInterview(ofInterview)} timeZone={timeZone} abilities={ABILITIES} label={`Next up for ${interviewName(interview)}`} />
          </section>
        ))
      )}
      {more > 0 && <p className="text-sm text-ink-muted">And {plural(more, "more task")} due today or overdue, in your week below.</p>}
    </section>
  );
}

/** One interview's open tasks of the week, folded: its heading says how many are overdue, due today and later. */
function InterviewSections({ tasks, overdue, dueToday, timeZone }: { tasks: DashboardTask[]; overdue: Set<string>; dueToday: Set<string>; timeZone: string }) {
  return (
    <div className="space-y-2">
      {groupByInterview(tasks).map(({ interview, tasks: ofInterview }) => {
        const late = ofInterview.filter((t) => overdue.has(t.id)).length;
        const today = ofInterview.filter((t) => dueToday.has(t.id)).length;
        const rest = ofInterview.length - late - today;
        const summary = [late && `${late} overdue`, today && `${today} today`, rest && `${rest} later this week`].filter(Boolean).join(" · ");
        return (
          <FoldedSection key={interview.id} level={3} title={interviewName(interview)} summary={summary}>
            <TaskList tasks={withoutInterview(ofInterview)} timeZone={timeZone} abilities={ABILITIES} label={`Tasks for ${interviewName(interview)}`} />
            <Link href={`/interviews/${interview.id}`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
              Open {interviewName(interview)}
            </Link>
          </FoldedSection>
        );
      })}
    </div>
  );
}

/** Overdue, today and the next seven days, one calendar day (in the client's zone) after another. */
function DayList({ overdue, upcoming, today, timeZone }: { overdue: DashboardTask[]; upcoming: DashboardTask[]; today: CivilDate; timeZone: string }) {
  const days = groupByDay(upcoming, timeZone, today, 8);
  const dayTitle = (day: CivilDate, index: number) => (index === 0 ? "Today" : index === 1 ? "Tomorrow" : formatDay(toDbDate(day), "EEEE d MMMM"));
  return (
    <div className="space-y-4">
      {overdue.length > 0 && (
        <section aria-labelledby="day-overdue">
          <h3 id="day-overdue" className="mb-1 font-semibold">Overdue</h3>
          <TaskList tasks={overdue} timeZone={timeZone} abilities={ABILITIES} label="Overdue tasks" />
        </section>
      )}
      {days.map(({ day, tasks }, index) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`} className="mb-1 font-semibold">
            {dayTitle(day, index)} <span className="text-sm font-normal text-ink-muted">({tasks.length})</span>
          </h3>
          <TaskList tasks={tasks} timeZone={timeZone} abilities={ABILITIES} label={`Tasks for ${dayTitle(day, index)}`} emptyText="Nothing planned." />
        </section>
      ))}
    </div>
  );
}

const TAB_CLASS =
  "min-h-11 rounded-md px-3 py-1.5 text-sm font-medium text-ink-muted hover:text-ink data-[state=active]:bg-white data-[state=active]:text-ink data-[state=active]:shadow-sm";

/** The whole week, two ways: by interview (folded sections) or day by day. */
export function WeekTabs({
  overdue,
  dueToday,
  thisWeek,
  today,
  timeZone,
}: {
  overdue: DashboardTask[];
  dueToday: DashboardTask[];
  thisWeek: DashboardTask[];
  today: CivilDate;
  timeZone: string;
}) {
  const all = [...overdue, ...dueToday, ...thisWeek];
  const [shown, setShown] = useState("interviews");
  return (
    <Tabs
      label="Show your week"
      value={shown}
      onValueChange={setShown}
      listClassName="mb-3 inline-flex gap-1 rounded-lg bg-slate-100 p-1"
      triggerClassName={TAB_CLASS}
      panelClassName="focus-visible:outline-2"
      tabs={[
        {
          value: "interviews",
          label: "By interview",
          content: <InterviewSections tasks={all} overdue={new Set(overdue.map((t) => t.id))} dueToday={new Set(dueToday.map((t) => t.id))} timeZone={timeZone} />,
        },
        { value: "days", label: "By day", content: <DayList overdue={overdue} upcoming={[...dueToday, ...thisWeek]} today={today} timeZone={timeZone} /> },
      ]}
    />
  );
}

