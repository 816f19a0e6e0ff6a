import "server-only";

import type { z } from "zod";
import { toActionErrorMessage } from "@/server/internal-errors";

/** What every form action answers: nothing on success (it redirects or shows its own state), or a message. */
export type FormActionState = { error?: string; ok?: boolean };

type FormActionOptions<Schema extends z.ZodType, State extends FormActionState> = {
  /** For the server log, when an unexpected error gets a reference: "Accepting an invitation". */
  where: string;
  /** The form's fields, checked here at the edge: `run` gets typed input only. */
  schema: Schema;
  /** Said instead of the schema's own messages when the fields are not what the page sends (a link edited by hand). */
  invalidMessage?: string;
  /** Fields given back with an error, so the form shows what was typed (React resets a form after its action). */
  keep?: (fields: Record<string, FormDataEntryValue>) => Omit<State, "error" | "ok">;
  run: (input: z.output<Schema>) => Promise<State>;
};

/**
 * The one wrapper of server actions (README, "Mutations: tRPC or a server action"). It reads
 * the form (a field's first value; an empty field is an absent one, as a browser sends it), parses it with the
 * action's schema, and maps every failure the same way: an AppError or bad input becomes its
 * own message, anything else a reference (src/server/internal-errors.ts) with the error in the
 * log. Next's redirect() passes through. Usable with useActionState, so the form works before
 * the page's JavaScript has loaded.
 */
export function defineFormAction<Schema extends z.ZodType, State extends FormActionState>(options: FormActionOptions<Schema, State>) {
  return async (_previous: State | null, form: FormData): Promise<State> => {
    const fields: Record<string, FormDataEntryValue> = {};
    for (const name of new Set(form.keys())) {
      const value = form.get(name)!;
      if (value !== "") fields[name] = value;
    }
    const failed = (error: string) => ({ ...options.keep?.(fields), error }) as State;
    const parsed = options.schema.safeParse(fields);
    if (!parsed.success) return failed(options.invalidMessage ?? parsed.error.issues[0]?.message ?? "Check the form and try again.");
    try {
      return await options.run(parsed.data);
    } catch (error) {
      return failed(toActionErrorMessage(error, options.where));
    }
  };
}
