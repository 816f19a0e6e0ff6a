"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useFieldArray, useForm, type FieldErrors } from "react-hook-form";
import { toast } from "@/components/toast";
import type { z } from "zod";
import { describedBy, FormField, inputClass } from "@/components/form-field";
import { OUTCOME_LABELS, PERSON_ROLE_LABELS, STAGE_LABELS } from "@/lib/interview-labels";
import { formatZoneName } from "@/lib/format-in-zone";
import { COMMON_TIME_ZONES } from "@/lib/time-zones";
import { INTERVIEW_OUTCOMES, INTERVIEW_STAGES, interviewFields, PERSON_ROLES } from "@/lib/validation/interview-fields";
import { useTRPC } from "@/trpc/react";
import { describeRemoval, describeSaveWithout, hasTypedDetails, nameOfRemoved, restoreIndex, wasSaved, type RemovedPerson } from "./removed-people";

type FormInput = z.input<typeof interviewFields>;
type FormOutput = z.output<typeof interviewFields>;

const emptyPerson = { role: "INTERVIEWER", name: "", title: "", email: "", phone: "", recallNote: "" } as const;
const toastIdOf = (removed: RemovedPerson) => `removed-person-${removed.key}`;

export function InterviewForm({ interviewId, defaultValues }: { interviewId?: string; defaultValues: FormInput }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(interviewFields), defaultValues });
  const people = useFieldArray({ control: form.control, name: "people" });
  const errors = form.formState.errors;
  const [removed, setRemoved] = useState<RemovedPerson[]>([]);
  const removals = useRef(0);
  const addPersonButton = useRef<HTMLButtonElement>(null);
  const removalToasts = useRef(new Set<string>());
  // An Undo outlives the form in the page's toasts: once the form is gone (saved, or left), it has nothing to undo.
  useEffect(() => {
    const toasts = removalToasts.current;
    return () => toasts.forEach((id) => toast.dismiss(id));
  }, []);

  // A person's row goes at once: an empty one for good, one with details with an Undo that brings them back as typed.
  const removePerson = (index: number) => {
    const entry: RemovedPerson = { key: ++removals.current, index, person: { ...form.getValues(`people.${index}`) } };
    people.remove(index);
    addPersonButton.current?.focus();
    if (!hasTypedDetails(entry.person)) return;
    setRemoved((list) => [...list, entry]);
    removalToasts.current.add(toastIdOf(entry));
    toast(describeRemoval(entry), {
      id: toastIdOf(entry),
      description: wasSaved(entry) ? "Until you save, nothing changes on the interview." : undefined,
      duration: 10_000,
      // Two removals make two toasts: each Undo says whom it brings back.
      action: { label: <>Undo<span className="sr-only"> removing {nameOfRemoved(entry)}</span></>, onClick: () => restorePerson(entry) },
    });
  };
  const restorePerson = (entry: RemovedPerson) => {
    setRemoved((list) => list.filter((other) => other.key !== entry.key));
    const index = restoreIndex(entry, form.getValues("people").length);
    people.insert(index, entry.person, { focusName: `people.${index}.name` });
    toast.dismiss(toastIdOf(entry));
  };
  const savedPeopleRemoved = removed.filter(wasSaved);

  const onSaved = async ({ id }: { id: string }) => {
    await queryClient.invalidateQueries({ queryKey: trpc.interview.pathKey() });
    toast.success(interviewId ? "Interview saved" : "Interview logged");
    router.push(`/interviews/${id}`);
    router.refresh();
  };
  const onError = (error: { message: string; data?: { fieldErrors?: Record<string, string[] | undefined> | null } | null }) => {
    setServerError(error.message);
    toast.error("The interview was not saved");
  };
  const create = useMutation(trpc.interview.create.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.interview.update.mutationOptions({ onSuccess: onSaved, onError }));
  const pending = create.isPending || update.isPending;

  const submit = form.handleSubmit((values) => {
    setServerError(null);
    if (interviewId) update.mutate({ ...values, id: interviewId });
    else create.mutate(values);
  });

  const personError = (index: number, field: keyof typeof emptyPerson) =>
    (errors.people?.[index] as FieldErrors<typeof emptyPerson> | undefined)?.[field]?.message as string | undefined;

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-busy={pending}>
      {serverError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
          {serverError}
        </p>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The interview</legend>
        <FormField id="company" label="Company" error={errors.company?.message}>
          <input id="company" className={inputClass} {...form.register("company")} {...describedBy("company", errors.company?.message)} />
        </FormField>
        <FormField id="jobTitle" label="Role" error={errors.jobTitle?.message}>
          <input id="jobTitle" className={inputClass} {...form.register("jobTitle")} {...describedBy("jobTitle", errors.jobTitle?.message)} />
        </FormField>
        <FormField id="stage" label="Stage" error={errors.stage?.message}>
          <select id="stage" className={inputClass} {...form.register("stage")} {...describedBy("stage", errors.stage?.message)}>
            {INTERVIEW_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="location" label="Location or video link (optional)" error={errors.location?.message}>
          <input id="location" className={inputClass} {...form.register("location")} />
        </FormField>
        <FormField id="startsAtLocal" label="Date and time" error={errors.startsAtLocal?.message}>
          <input
            id="startsAtLocal"
            type="datetime-local"
            className={inputClass}
            {...form.register("startsAtLocal")}
            {...describedBy("startsAtLocal", errors.startsAtLocal?.message)}
          />
        </FormField>
        <FormField id="timeZone" label="Time zone" error={errors.timeZone?.message}>
          <select id="timeZone" className={inputClass} {...form.register("timeZone")}>
            {[...new Set([defaultValues.timeZone, ...COMMON_TIME_ZONES])].map((zone) => (
              <option key={zone} value={zone}>
                {formatZoneName(zone)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="durationMinutes" label="Length in minutes" error={errors.durationMinutes?.message}>
          <input
            id="durationMinutes"
            type="number"
            min={5}
            max={600}
            className={inputClass}
            {...form.register("durationMinutes", { valueAsNumber: true })}
            {...describedBy("durationMinutes", errors.durationMinutes?.message)}
          />
        </FormField>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">What happens next</legend>
        <FormField id="timelineKind" label="What did they say about the next step?">
          <select id="timelineKind" className={inputClass} {...form.register("timelineKind")}>
            <option value="NONE">Nothing definite, or &quot;we&apos;ll be in touch&quot;</option>
            <option value="DECISION">A decision by a date</option>
            <option value="NEXT_ROUND">A next round on a date</option>
          </select>
        </FormField>
        <FormField id="timelineDate" label="Date of the decision or next round" error={errors.timelineDate?.message}>
          <input
            id="timelineDate"
            type="date"
            className={inputClass}
            {...form.register("timelineDate")}
            {...describedBy("timelineDate", errors.timelineDate?.message)}
          />
        </FormField>
        <FormField id="callOn" label="They asked me to call on (optional)" error={errors.callOn?.message}>
          <input id="callOn" type="date" className={inputClass} {...form.register("callOn")} />
        </FormField>
        <FormField id="outcome" label="Outcome so far">
          <select id="outcome" className={inputClass} {...form.register("outcome")}>
            {INTERVIEW_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="nextStep" label="The next step, in their words (optional)" error={errors.nextStep?.message}>
          <input id="nextStep" className={inputClass} {...form.register("nextStep")} />
        </FormField>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" {...form.register("questionsInvited")} /> The hiring manager invited questions
        </label>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">People</legend>
        <p className="text-sm text-ink-muted">
          Everyone you met: interviewers, panel members, the recruiter, assistants. Each interviewer gets a personal thank-you.
        </p>
        {people.fields.map((field, index) => {
          const n = index + 1;
          return (
            <fieldset key={field.id} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2">
              <legend className="px-1 text-sm font-semibold">Person {n}</legend>
              <FormField id={`people-${index}-name`} label={`Name of person ${n}`} error={personError(index, "name")}>
                <input
                  id={`people-${index}-name`}
                  className={inputClass}
                  {...form.register(`people.${index}.name`)}
                  {...describedBy(`people-${index}-name`, personError(index, "name"))}
                />
              </FormField>
              <FormField id={`people-${index}-role`} label={`Role of person ${n}`}>
                <select id={`people-${index}-role`} className={inputClass} {...form.register(`people.${index}.role`)}>
                  {PERSON_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {PERSON_ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField id={`people-${index}-title`} label={`Job title of person ${n}`} error={personError(index, "title")}>
                <input id={`people-${index}-title`} className={inputClass} {...form.register(`people.${index}.title`)} />
              </FormField>
              <FormField id={`people-${index}-email`} label={`Email of person ${n}`} error={personError(index, "email")}>
                <input
                  id={`people-${index}-email`}
                  type="email"
                  className={inputClass}
                  {...form.register(`people.${index}.email`)}
                  {...describedBy(`people-${index}-email`, personError(index, "email"))}
                />
              </FormField>
              <FormField id={`people-${index}-phone`} label={`Phone of person ${n}`} error={personError(index, "phone")}>
                <input id={`people-${index}-phone`} type="tel" className={inputClass} {...form.register(`people.${index}.phone`)} />
              </FormField>
              <FormField
                id={`people-${index}-recallNote`}
                label={`Something person ${n} asked or said`}
                error={personError(index, "recallNote")}
              >
                <input id={`people-${index}-recallNote`} className={inputClass} {...form.register(`people.${index}.recallNote`)} />
              </FormField>
              <div className="sm:col-span-2">
                <button
                  type="button"
                  onClick={() => removePerson(index)}
                  className="min-h-11 rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 sm:min-h-0"
                >
                  Remove person {n}
                </button>
              </div>
            </fieldset>
          );
        })}
        {savedPeopleRemoved.length > 0 && (
          <ul aria-label="Removed when you save" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
            {savedPeopleRemoved.map((entry) => (
              <li key={entry.key} className="flex flex-wrap items-center justify-between gap-2">
                <span>{describeSaveWithout(entry)}</span>
                <button
                  type="button"
                  onClick={() => restorePerson(entry)}
                  className="min-h-11 rounded border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 sm:min-h-0"
                >
                  Put back {nameOfRemoved(entry)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <button
          ref={addPersonButton}
          type="button"
          onClick={() => people.append({ ...emptyPerson })}
          className="rounded-md border border-brand-500 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          Add a person
        </button>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Saving…" : interviewId ? "Save changes" : "Save interview"}
        </button>
        {pending && (
          <span role="status" className="self-center text-sm text-ink-muted">
            Saving the interview…
          </span>
        )}
      </div>
    </form>
  );
}
