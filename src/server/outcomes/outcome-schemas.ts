import "server-only";
import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/** The whole view (a coach's clients, the owner's practice, a client's own), or one client of it. */
export const outcomesInput = z.object({ clientId: recordId.nullish() }).strict();

export const OUTCOME_CLIENTS_PAGE_SIZE = 25;

/** A page of the on-time table, by number: the list is sorted by name and read a page at a time. */
export const outcomeClientsInput = z
  .object({ page: z.number({ error: "The page must be a number." }).int("The page must be a whole number.").min(1, "Pages start at 1.").max(10_000, "There are not that many pages.").default(1) })
  .strict();
