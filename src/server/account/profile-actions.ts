"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { toActionErrorMessage } from "@/server/internal-errors";
import { saveProfile } from "./manage-profile";

export type ProfileActionResult = { ok: true; replanned: number } | { ok: false; error: string };

export async function saveProfileAction(input: unknown): Promise<ProfileActionResult> {
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
  let replanned: number;
  try {
    ({ replanned } = await saveProfile(db, actor, input, getNow()));
  } catch (error) {
    return { ok: false, error: toActionErrorMessage(error, "Saving a profile") };
  }
  // Every page shows times in the person's zone.
  revalidatePath("/", "layout");
  return { ok: true, replanned };
}
