"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { toActionErrorMessage } from "@/server/internal-errors";
import { saveDigestSettings } from "./digest-settings";
import { unsubscribeFromDigest } from "./unsubscribe-link";

export type DigestActionResult = { ok: true } | { ok: false; error: string };


export async function saveDigestSettingsAction(input: unknown): Promise<DigestActionResult> {
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
  try {
    await saveDigestSettings(db, actor, input);
  } catch (error) {
    return { ok: false, error: toActionErrorMessage(error, "Saving digest settings") };
  }
  revalidatePath("/settings");
  return { ok: true };
}

/** The unsubscribe page's button: no sign-in, the signed link is the proof. */
export async function unsubscribeAction(_previous: DigestActionResult | null, formData: FormData): Promise<DigestActionResult> {
  try {
    await unsubscribeFromDigest(db, { u: formData.get("u"), e: formData.get("e"), s: formData.get("s") }, getNow());
  } catch (error) {
    return { ok: false, error: toActionErrorMessage(error, "Unsubscribing from the digest") };
  }
  return { ok: true };
}
