import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";

/**
 * README "One data path": every tRPC query is read by a page (through `caller` or a prefetch) or a client
 * component (useQuery). A query only tests call is not part of the app, and is removed.
 */
type Procedure = { _def: { type: "query" | "mutation" | "subscription" } };
const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures);

const srcDir = path.join(import.meta.dirname, "..", "src");
/** The app's own code: pages, components and features, not the routers that define the queries nor tests. */
const appSources = readdirSync(srcDir, { recursive: true, encoding: "utf8" })
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .filter((file) => !file.split(path.sep).join("/").startsWith("server/api/"))
  .map((file) => readFileSync(path.join(srcDir, file), "utf8"))
  .join("\n");

describe("every tRPC query is read by the app", () => {
  const queries = procedures.filter(([, procedure]) => procedure._def.type === "query").map(([name]) => name);

  it("finds the queries", () => {
    expect(queries).toContain("draft.get");
    expect(queries).toContain("me.settings");
  });

  it.each(queries)("%s is read by a page or a client component", (name) => {
    // `caller.draft.get(…)` in a page, `trpc.draft.get.queryOptions(…)` in a page's prefetch or a client component.
    const [router, procedure] = name.split(".");
    expect(appSources).toMatch(new RegExp(`\\b(caller|trpc)\\.${router}\\.${procedure}\\b`));
  });
});
