"use server";

import "server-only";
import { defineFormAction, type FormActionState } from "@/server/actions/form-action";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { describeRefusedUnsubscribeLink, unsubscribeFromDigest, unsubscribeInput } from "./unsubscribe-link";

/** The unsubscribe page's button: no sign-in, the signed link is the proof. */
export const unsubscribeAction = defineFormAction({
  where: "Unsubscribing from the digest",
  schema: unsubscribeInput,
  invalidMessage: describeRefusedUnsubscribeLink("invalid"),
  run: async (link): Promise<FormActionState> => {
    await unsubscribeFromDigest(db, link, getNow());
    return { ok: true };
  },
});
