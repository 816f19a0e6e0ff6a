import "server-only";
import { z } from "zod";
import { loadActor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { AppError, RateLimitedError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limits/rate-limits";
import { loadClientExport, renderExportJson, renderExportZip } from "./client-export";
import { buildPracticeExportZip } from "./practice-export";

/** What `/api/export/<kind>` is asked for: your own data as JSON or a zip of CSV files, or your practice's. */
export const exportRequest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mine"), format: z.enum(["json", "zip"], { error: "Choose json or zip." }) }),
  z.object({ kind: z.literal("practice") }),
]);
export type ExportRequest = z.infer<typeof exportRequest>;

const STATUS: Record<AppError["code"], number> = { NOT_FOUND: 404, BAD_INPUT: 400, CONFLICT: 409, UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 };

/** A download of its own, named after the day (in UTC) it was made; never cached by anyone in between. */
function download(body: string | Uint8Array, filename: string, contentType: string): Response {
  return new Response(typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}

/** What a refused export says: the service's message and its status; a rate limit says when to come back. */
function refuse(error: AppError): Response {
  const headers = error instanceof RateLimitedError ? { "retry-after": String(Math.ceil(error.retryAfterMs / 1000)) } : undefined;
  return Response.json({ error: error.message }, { status: STATUS[error.code], headers });
}

/**
 * An export for the signed-in person: signed out is 401; the export is counted against their
 * rate limit before anything is read; what they may not export is 404 (policy.ts decides).
 */
export async function answerExport(db: Db, userId: string | null, request: ExportRequest, now: Date): Promise<Response> {
  const actor = userId ? await loadActor(db, userId) : null;
  if (!actor) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  try {
    await consumeRateLimit(db, "exportsPerUser", actor.id);
    const day = now.toISOString().slice(0, 10);
    if (request.kind === "practice") {
      return download(await buildPracticeExportZip(db, actor, now), `followthrough-practice-${day}.zip`, "application/zip");
    }
    const data = await loadClientExport(db, actor);
    return request.format === "json"
      ? download(renderExportJson(data, now), `followthrough-data-${day}.json`, "application/json; charset=utf-8")
      : download(renderExportZip(data, now), `followthrough-data-${day}.zip`, "application/zip");
  } catch (error) {
    if (error instanceof AppError) return refuse(error);
    throw error;
  }
}
