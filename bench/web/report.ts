// Pure helpers of `npm run bench:web`: what a page's first load fetches, ratios to the floor,
// the issue's targets and the printed table. Kept free of I/O so they can be unit-tested.

/** A URL driven by autocannon: mean throughput and 97.5th percentile latency. */
export type LoadResult = { requestsPerSecond: number; p97_5Ms: number; non2xx: number; errors: number; timeouts: number };

/** The owner's dashboard: one request, timed, or stopped after `timeoutSeconds`. */
export type SingleRequest = { ms: number; htmlBytes: number; status: number } | { timedOut: true; timeoutSeconds: number };

export type WebMeasurements = {
  floorPage: LoadResult;
  clientDashboard: LoadResult;
  coachDashboard: LoadResult;
  ownerDashboard: SingleRequest;
  interviewPage: LoadResult;
  floorTrpc: LoadResult;
  interviewList: LoadResult;
  firstLoadJs: { appBytes: number; floorBytes: number };
};

export type ReportRow = { what: string; measured: string; share: string; latencyRatio: string; target: string; met: string };

/**
 * The JavaScript a page's HTML makes the browser fetch on first load: every `<script src>` and
 * every `<link rel="preload" as="script">` (Next.js preloads its runtime that way), each once.
 */
export function extractScriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = readAttribute(tag, "src");
    if (src) urls.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (readAttribute(tag, "as") === "script" && /preload/i.test(readAttribute(tag, "rel") ?? "")) {
      const href = readAttribute(tag, "href");
      if (href) urls.add(href);
    }
  }
  return [...urls].map(decodeEntities);
}

function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeEntities(url: string): string {
  return url.replace(/&amp;/g, "&");
}

export const TARGETS = {
  page: { minShare: 0.5, maxLatencyRatio: 2 },
  coach: { minShare: 0.35, maxLatencyRatio: 3 },
  interviewList: { minShare: 0.7, maxLatencyRatio: 1.5 },
  owner: { maxMs: 1000, maxHtmlBytes: 200_000 },
  firstLoadJsRatio: 1.2,
} as const;

/** Throughput as a share of the floor's, and p97.5 as a multiple of the floor's. */
export function compareToFloor(measured: LoadResult, floor: LoadResult): { share: number; latencyRatio: number } {
  return { share: measured.requestsPerSecond / floor.requestsPerSecond, latencyRatio: measured.p97_5Ms / floor.p97_5Ms };
}

function meetsRatioTarget(measured: LoadResult, floor: LoadResult, target: { minShare: number; maxLatencyRatio: number }): boolean {
  const { share, latencyRatio } = compareToFloor(measured, floor);
  return share >= target.minShare && latencyRatio <= target.maxLatencyRatio && measured.non2xx === 0 && measured.errors === 0;
}

export function formatRate(perSecond: number): string {
  return `${perSecond >= 10 ? Math.round(perSecond) : perSecond.toFixed(1)} req/s`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function formatKb(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const times = (ratio: number) => `${ratio.toFixed(1)}×`;
const yesNo = (met: boolean) => (met ? "yes" : "no");

function describeLoad(result: LoadResult): string {
  const failures = result.non2xx + result.errors;
  return `${formatRate(result.requestsPerSecond)}, p97.5 ${formatMs(result.p97_5Ms)}${failures ? ` (${failures} failed)` : ""}`;
}

/** The rows of the table printed by the run and quoted in docs/PERFORMANCE.md. */
export function buildReportRows(m: WebMeasurements): ReportRow[] {
  const against = (what: string, measured: LoadResult, floor: LoadResult, target: { minShare: number; maxLatencyRatio: number }): ReportRow => {
    const { share, latencyRatio } = compareToFloor(measured, floor);
    return {
      what,
      measured: describeLoad(measured),
      share: percent(share),
      latencyRatio: times(latencyRatio),
      target: `≥ ${percent(target.minShare)}, ≤ ${target.maxLatencyRatio}×`,
      met: yesNo(meetsRatioTarget(measured, floor, target)),
    };
  };
  const owner = m.ownerDashboard;
  const ownerMet = !("timedOut" in owner) && owner.status === 200 && owner.ms <= TARGETS.owner.maxMs && owner.htmlBytes <= TARGETS.owner.maxHtmlBytes;
  const jsRatio = m.firstLoadJs.appBytes / m.firstLoadJs.floorBytes;
  return [
    { what: "floor page (raw SQL)", measured: describeLoad(m.floorPage), share: "100%", latencyRatio: "1×", target: "", met: "" },
    against("client dashboard `/`", m.clientDashboard, m.floorPage, TARGETS.page),
    against("coach dashboard, 200 clients", m.coachDashboard, m.floorPage, TARGETS.coach),
    {
      what: "owner's dashboard, 10,000 clients (one request)",
      measured: "timedOut" in owner ? `over ${owner.timeoutSeconds} s` : `${formatMs(owner.ms)}, ${formatKb(owner.htmlBytes)} of HTML${owner.status === 200 ? "" : ` (status ${owner.status})`}`,
      share: "—",
      latencyRatio: "—",
      target: `≤ ${formatMs(TARGETS.owner.maxMs)}, ≤ ${formatKb(TARGETS.owner.maxHtmlBytes)}`,
      met: yesNo(ownerMet),
    },
    against("interview page", m.interviewPage, m.floorPage, TARGETS.page),
    { what: "floor tRPC (raw SQL, 50 rows)", measured: describeLoad(m.floorTrpc), share: "100%", latencyRatio: "1×", target: "", met: "" },
    against("`interview.list` (50 rows)", m.interviewList, m.floorTrpc, TARGETS.interviewList),
    {
      what: "first-load JS of `/` (gzipped)",
      measured: `${formatKb(m.firstLoadJs.appBytes)} against the floor page's ${formatKb(m.firstLoadJs.floorBytes)} (${jsRatio.toFixed(2)}×)`,
      share: "—",
      latencyRatio: "—",
      target: `≤ ${TARGETS.firstLoadJsRatio}×`,
      met: yesNo(jsRatio <= TARGETS.firstLoadJsRatio),
    },
  ];
}

export function formatMarkdownTable(rows: ReportRow[]): string {
  const lines = [
    "| what | measured | throughput (share of the floor) | p97.5 (× the floor's) | target | met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.what} | ${r.measured} | ${r.share} | ${r.latencyRatio} | ${r.target} | ${r.met} |`),
  ];
  return lines.join("\n");
}
