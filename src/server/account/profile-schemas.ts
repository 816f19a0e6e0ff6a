import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones";

/** A person's own name and time zone: every date they see, and their plan, follow the zone. */
export const profileInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(120, "Use at most 120 characters"),
    timeZone: timeZoneSchema,
  })
  .strict();
export type ProfileInput = z.infer<typeof profileInput>;
