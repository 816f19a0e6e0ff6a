import { getSessionUserId } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { describeZodIssues, withErrorReference } from "@/server/internal-errors";
import { answerExport, exportRequest } from "@/server/export/export-response";

/** Downloads: `/api/export/mine?format=json|zip` (your own data), `/api/export/practice` (an owner's practice). */
export const GET = withErrorReference("Export", async (request: Request, { params }: { params: Promise<{ kind: string }> }) => {
  const { kind } = await params;
  const parsed = exportRequest.safeParse({ kind, format: new URL(request.url).searchParams.get("format") ?? undefined });
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] === "kind")
      ? Response.json({ error: "Not found" }, { status: 404 })
      : Response.json({ error: describeZodIssues(parsed.error) }, { status: 400 });
  }
  return answerExport(db, await getSessionUserId(), parsed.data, getNow());
});
