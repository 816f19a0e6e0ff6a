import "server-only";
import { z } from "zod";
import { idInput, recordId } from "@/lib/validation/fields";
import { pageInput } from "@/server/pagination/keyset";

export const clientIdInput = idInput;

export const CLIENT_PLAN_PAGE_SIZE = 10;
/** A page of a client's plan: ten interviews with their tasks (see src/server/pagination/keyset.ts). */
export const clientPlanInput = z.object({ id: recordId, ...pageInput(CLIENT_PLAN_PAGE_SIZE, 20) }).strict();
