"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { saveProfile } from "./manage-profile";

export type ProfileActionResult = { ok: true; replanned: number } | { ok: false; error: string };

export async function saveProfileAction(input: unknown): Promise<ProfileActionResult> {
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
  let replanned: number;
  try {
    ({ replanned } = await saveProfile(db, actor, input, getNow()));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    if (error instanceof ZodError) return { ok: false, error: error.issues.map((i) => i.message).join(" ") };
    throw error;
  }
  // Every page shows times in the person's zone.
  revalidatePath("/", "layout");
  return { ok: true, replanned };
}
