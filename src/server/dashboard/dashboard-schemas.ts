import "server-only";
import { z } from "zod";
import { text } from "@/lib/validation/fields";

/** How the coach's client list can be ordered; each has a stable order, ties broken by id. */
export const CLIENT_SORTS = ["name", "overdue", "decision", "activity"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

/** Which clients the list keeps: all, those with overdue tasks, with cold leads (R14), or either. */
export const CLIENT_FILTERS = ["all", "overdue", "cold", "attention"] as const;
export type ClientFilter = (typeof CLIENT_FILTERS)[number];

export const CLIENT_PAGE_SIZE = 25;

export const coachDashboardInput = z
  .object({
    search: text({ max: 100 }).default(""),
    sort: z.enum(CLIENT_SORTS, { error: "Choose a sort order from the list." }).default("name"),
    filter: z.enum(CLIENT_FILTERS, { error: "Choose a filter from the list." }).default("all"),
    limit: z.number({ error: "The page size must be a number." }).int().min(1).max(50).default(CLIENT_PAGE_SIZE),
    // The opaque position after the last client of the previous page (see encodeClientCursor).
    cursor: z.string({ error: "This page link is not valid." }).max(2000, "This page link is not valid.").nullish(),
    // useInfiniteQuery sends the direction it pages in; the list only pages forward.
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();

export type CoachDashboardInput = z.input<typeof coachDashboardInput>;
/** The list's view as the edge parsed it: every default filled in. */
export type CoachDashboardView = z.output<typeof coachDashboardInput>;
/** The first page, sorted by name, unfiltered. */
export const DEFAULT_COACH_VIEW: CoachDashboardView = coachDashboardInput.parse({});
