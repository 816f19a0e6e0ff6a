import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * README "One data path": pages read through tRPC (src/trpc/server.tsx: `caller` for what the page renders,
 * `trpc` + HydrateClient for what a client component reads). So a page imports neither the database nor a
 * service from src/server; only the modules below, none of which reads data.
 */
const ALLOWED_SERVER_MODULES: Record<string, string> = {
  "@/server/auth/session": "the actor, to send a signed-out visitor to sign-in (read once per request, shared with tRPC)",
  "@/server/or-not-found": "a procedure's NOT_FOUND, or an id that cannot be one, becomes the 404 page",
  "@/server/dev-tools/dev-tool-access": "whether the dev outbox answers this request",
  "@/server/clock": "the one clock",
  "@/server/access/policy": "pure checks on the actor already loaded",
  "@/server/digests/unsubscribe-link": "checks an unsubscribe link's signature (HMAC): no data is read",
};
/** Mutations have rules of their own: a page may hand a server action to a form. */
const isServerAction = (module: string) => /^@\/server\/.+-actions$/.test(module);
/** Input schemas and the constants they are built from read nothing. */
const isSchemaModule = (module: string) => /^@\/server\/.+\/schemas$/.test(module);
/** Dev tools are not the app: their pages read the outbox directly, behind isOutboxAvailable. */
const DEV_TOOL_PAGES = /^src\/app\/dev\//;

const appDir = path.join(import.meta.dirname, "..", "app");

function listPages(): string[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => path.posix.join("src/app", file.split(path.sep).join("/")))
    .sort();
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((match) => match[1]!);
}

/** What breaks the rule in one page: each import and why. */
function findDataPathViolations(page: string, source: string): string[] {
  if (DEV_TOOL_PAGES.test(page)) return [];
  return importsOf(source).flatMap((module) => {
    if (module === "@/server/db/client" || module.startsWith("@/generated/prisma")) return [`${page} imports the database (${module})`];
    if (!module.startsWith("@/server/")) return [];
    if (module in ALLOWED_SERVER_MODULES || isServerAction(module) || isSchemaModule(module)) return [];
    return [`${page} imports ${module}: read it through tRPC (src/trpc/server.tsx) instead`];
  });
}

describe("one data path: pages read through tRPC", () => {
  it("finds the app's pages", () => {
    const pages = listPages();
    expect(pages).toContain("src/app/(home)/page.tsx");
    expect(pages).toContain("src/app/drafts/[id]/page.tsx");
    expect(pages.length).toBeGreaterThan(20);
  });

  it("no page imports the database or a server read service", () => {
    const violations = listPages().flatMap((page) => findDataPathViolations(page, readFileSync(path.join(appDir, "..", "..", page), "utf8")));
    expect(violations).toEqual([]);
  });

  it("catches a page that reads the database or a service itself", () => {
    const source = [
      'import { db } from "@/server/db/client";',
      'import { getDraft } from "@/server/drafts/manage-drafts";',
      'import { requireActor } from "@/server/auth/session";',
      'import { saveProfileAction } from "@/server/account/profile-actions";',
      'import { caller } from "@/trpc/server";',
      'const lazy = await import("@/server/templates/manage-templates");',
    ].join("\n");
    expect(findDataPathViolations("src/app/drafts/[id]/page.tsx", source)).toEqual([
      "src/app/drafts/[id]/page.tsx imports the database (@/server/db/client)",
      "src/app/drafts/[id]/page.tsx imports @/server/drafts/manage-drafts: read it through tRPC (src/trpc/server.tsx) instead",
      "src/app/drafts/[id]/page.tsx imports @/server/templates/manage-templates: read it through tRPC (src/trpc/server.tsx) instead",
    ]);
    expect(findDataPathViolations("src/app/dev/outbox/page.tsx", source)).toEqual([]);
  });
});
