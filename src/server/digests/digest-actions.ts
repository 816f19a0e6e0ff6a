"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { saveDigestSettings } from "./digest-settings";
import { unsubscribeFromDigest } from "./unsubscribe-link";

export type DigestActionResult = { ok: true } | { ok: false; error: string };

function toResult(error: unknown): DigestActionResult {
  if (error instanceof AppError) return { ok: false, error: error.message };
  if (error instanceof ZodError) return { ok: false, error: error.issues.map((i) => i.message).join(" ") };
  throw error;
}

export async function saveDigestSettingsAction(input: unknown): Promise<DigestActionResult> {
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
  try {
    await saveDigestSettings(db, actor, input);
  } catch (error) {
    return toResult(error);
  }
  revalidatePath("/settings");
  return { ok: true };
}

/** The unsubscribe page's button: no sign-in, the signed link is the proof. */
export async function unsubscribeAction(_previous: DigestActionResult | null, formData: FormData): Promise<DigestActionResult> {
  try {
    await unsubscribeFromDigest(db, { u: formData.get("u"), e: formData.get("e"), s: formData.get("s") }, getNow());
  } catch (error) {
    return toResult(error);
  }
  return { ok: true };
}
