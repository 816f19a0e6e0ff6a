import "server-only";
import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

export const NOTIFICATION_PAGE_SIZE = 20;

/** A page of the actor's notifications; the cursor is the last id of the page before. */
export const listNotificationsInput = z
  .object({
    cursor: recordId.nullish(),
    limit: z.number({ error: "The page size must be a number." }).int().min(1).max(50).default(NOTIFICATION_PAGE_SIZE),
    // useInfiniteQuery sends the direction it pages in; the list only pages forward.
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
