import "server-only";
import { idInput } from "@/lib/validation/fields";

export const clientIdInput = idInput;
