import { idInput } from "@/lib/validation/fields";

export const clientIdInput = idInput;
