import "server-only";
import { z } from "zod";
import { recordId as id } from "@/lib/validation/fields";

/** A coach of the practice: to remove, or to receive clients or the practice. */
export const practiceCoachInput = z.object({ practiceId: id, coachId: id }).strict();

/** Every client of one coach of the practice goes to another coach of it. */
export const reassignClientsInput = z.object({ practiceId: id, fromCoachId: id, toCoachId: id }).strict();

export const transferOwnershipInput = z.object({ practiceId: id, newOwnerId: id }).strict();

/** A client ends their link with one of their coaches. */
export const disconnectCoachInput = z.object({ coachId: id }).strict();
