import "server-only";
import { z } from "zod";
import { text, timeZoneSchema } from "@/lib/validation/fields";

/** A person's own name and time zone: every date they see, and their plan, follow the zone. */
export const profileInput = z
  .object({
    name: text({ max: 120, required: "Enter your name" }),
    timeZone: timeZoneSchema,
  })
  .strict();
export type ProfileInput = z.infer<typeof profileInput>;
