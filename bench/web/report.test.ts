import { describe, expect, it } from "vitest";
import { buildReportRows, compareToFloor, extractScriptUrls, formatMarkdownTable, type LoadResult, type WebMeasurements } from "./report";

const load = (requestsPerSecond: number, p97_5Ms: number, failures = 0): LoadResult => ({ requestsPerSecond, p97_5Ms, non2xx: failures, errors: 0, timeouts: 0 });

const measurements = (overrides: Partial<WebMeasurements> = {}): WebMeasurements => ({
  floorPage: load(100, 100),
  clientDashboard: load(50, 200),
  coachDashboard: load(35, 300),
  ownerDashboard: { ms: 900, htmlBytes: 150_000, status: 200 },
  interviewPage: load(50, 150),
  floorTrpc: load(200, 50),
  interviewList: load(140, 75),
  firstLoadJs: { appBytes: 120_000, floorBytes: 100_000 },
  ...overrides,
});

const metColumn = (m: WebMeasurements) => Object.fromEntries(buildReportRows(m).map((row) => [row.what, row.met]));

describe("extractScriptUrls", () => {
  it("lists each script and each script preload once, and leaves stylesheets and other preloads out", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
      '<link rel="stylesheet" href="/_next/static/css/app.css"/>',
      '<link rel="preload" href="/font.woff2" as="font"/>',
      '<script src="/_next/static/chunks/webpack-1.js" async=""></script>',
      "<script src='/_next/static/chunks/main-2.js?dpl=a&amp;b=1' async></script>",
      "<script>self.__next_f.push([1,\"\"])</script>",
    ].join("");
    expect(extractScriptUrls(html)).toEqual(["/_next/static/chunks/webpack-1.js", "/_next/static/chunks/main-2.js?dpl=a&b=1"]);
  });
});

describe("compareToFloor", () => {
  it("gives throughput as a share of the floor's and p97.5 as a multiple of it", () => {
    expect(compareToFloor(load(25, 500), load(100, 100))).toEqual({ share: 0.25, latencyRatio: 5 });
  });
});

describe("buildReportRows", () => {
  it("meets every target at the issue's limits", () => {
    const met = metColumn(measurements());
    expect(Object.values(met).filter((value) => value === "no")).toEqual([]);
  });

  it("misses a target just past its limit, on throughput or on latency", () => {
    const met = metColumn(
      measurements({ clientDashboard: load(49, 100), interviewPage: load(100, 201), coachDashboard: load(34, 301), interviewList: load(139, 75) }),
    );
    expect(met["client dashboard `/`"]).toBe("no");
    expect(met["interview page"]).toBe("no");
    expect(met["coach dashboard, 200 clients"]).toBe("no");
    expect(met["`interview.list` (50 rows)"]).toBe("no");
  });

  it("does not count failed requests as met, however fast they were", () => {
    expect(metColumn(measurements({ clientDashboard: load(500, 10, 3) }))["client dashboard `/`"]).toBe("no");
  });

  it("reports an owner's dashboard that did not answer in time as over the timeout, not met", () => {
    const rows = buildReportRows(measurements({ ownerDashboard: { timedOut: true, timeoutSeconds: 120 } }));
    const owner = rows.find((row) => row.what.startsWith("owner"))!;
    expect(owner.measured).toBe("over 120 s");
    expect(owner.met).toBe("no");
  });

  it("holds the owner's dashboard to 1 s and 200 kB, and first-load JS to 1.2 times the floor's", () => {
    expect(metColumn(measurements({ ownerDashboard: { ms: 900, htmlBytes: 200_001, status: 200 } }))["owner's dashboard, 10,000 clients (one request)"]).toBe("no");
    expect(metColumn(measurements({ ownerDashboard: { ms: 1001, htmlBytes: 1000, status: 200 } }))["owner's dashboard, 10,000 clients (one request)"]).toBe("no");
    expect(metColumn(measurements({ firstLoadJs: { appBytes: 120_001, floorBytes: 100_000 } }))["first-load JS of `/` (gzipped)"]).toBe("no");
  });

  it("prints one table line per row", () => {
    const table = formatMarkdownTable(buildReportRows(measurements()));
    expect(table.split("\n")).toHaveLength(2 + 8);
    expect(table).toContain("| client dashboard `/` | 50 req/s, p97.5 200 ms | 50% | 2.0× | ≥ 50%, ≤ 2× | yes |");
  });
});
