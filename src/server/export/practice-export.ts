import "server-only";
import { strToU8, zipSync } from "fflate";
import type { Actor } from "@/server/access/actor";
import { exportableAssignmentsWhere, exportablePracticesOf } from "@/server/access/policy";
import { getCoachDashboard, type ClientHealth } from "@/server/dashboard/coach-dashboard";
import { DEFAULT_COACH_VIEW } from "@/server/dashboard/dashboard-schemas";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { toCsv } from "./to-csv";

/** Rows per statement when reading the client list: 10,000 clients take 20 statements, not one per client. */
const CLIENT_PAGE = 500;

const CLIENT_COLUMNS = ["name", "email", "timeZone", "interviewCount", "overdueCount", "coldLeads", "nextDecision", "lastActivity"] as const;

/**
 * Every client of the practices the owner owns, with the coach dashboard's own health figures
 * (the same statement, a page at a time, sorted by name). The dashboard also lists clients the
 * owner coaches in other practices; those are not this practice's to export, so they stay out.
 */
async function loadClientHealth(db: Db, actor: Actor, now: Date): Promise<ClientHealth[]> {
  const assigned = await db.coachClient.findMany({ where: exportableAssignmentsWhere(actor), select: { clientId: true }, distinct: ["clientId"] });
  const inOwnedPractices = new Set(assigned.map((a) => a.clientId));
  const clients: ClientHealth[] = [];
  let cursor: string | undefined;
  do {
    const page = await getCoachDashboard(db, actor, now, { ...DEFAULT_COACH_VIEW, sort: "name", limit: CLIENT_PAGE, cursor });
    clients.push(...page.clients.filter((client) => inOwnedPractices.has(client.id)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return clients;
}

/**
 * The owner's export: each practice they own with its templates (every version, archived ones
 * too) as JSON, and a CSV of their clients with their health. Anyone who owns no practice
 * finds no such export (NOT_FOUND).
 */
export async function buildPracticeExportZip(db: Db, actor: Actor, now: Date): Promise<Uint8Array> {
  const owned = exportablePracticesOf(actor);
  if (owned.length === 0) throw new NotFoundError("Practice export");
  const practices = await db.practice.findMany({
    where: { id: { in: owned.map((p) => p.practiceId) }, ownerId: actor.id },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      templates: {
        orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          name: true,
          archivedAt: true,
          createdAt: true,
          updatedAt: true,
          versions: { orderBy: { version: "asc" }, select: { version: true, subject: true, body: true, createdAt: true } },
        },
      },
    },
  });
  const clients = await loadClientHealth(db, actor, now);
  return zipSync(
    {
      "templates.json": strToU8(JSON.stringify({ exportedAt: now.toISOString(), practices }, null, 2)),
      "clients.csv": strToU8(toCsv(CLIENT_COLUMNS, clients)),
    },
    { level: 6, mtime: now },
  );
}
