import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findWorkerProblems, resolveServeSettings, type ServeMode } from "./runtime-env";

const DEPLOYMENT = {
  DATABASE_URL: "postgresql://app@db.internal:5432/followthrough",
  AUTH_SECRET: "a".repeat(43),
  APP_URL: "https://coach.example.com",
  RESEND_API_KEY: "re_live_123",
};

describe("resolveServeSettings", () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "followthrough-env-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const resolve = (mode: ServeMode, env: Record<string, string>, port = "3000") => resolveServeSettings({ mode, dataDir: dataDir(), port, env });

  describe("npm run dev", () => {
    it("generates AUTH_SECRET once, keeps it in the data folder, and reuses it", () => {
      const dir = dataDir();
      const first = resolveServeSettings({ mode: "dev", dataDir: dir, port: "3000", env: {} });
      expect(first.env.AUTH_SECRET).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first.env.AUTH_SECRET);
      expect(resolveServeSettings({ mode: "dev", dataDir: dir, port: "3000", env: {} }).env.AUTH_SECRET).toBe(first.env.AUTH_SECRET);
    });

    it("needs no configuration: embedded database, demo data, the dev outbox at the app itself", () => {
      const settings = resolve("dev", {}, "4000");
      expect(settings.problems).toEqual([]);
      expect(settings.warnings).toEqual([]);
      expect(settings).toMatchObject({ embeddedDatabase: true, seedDemo: true });
      expect(settings.env).toMatchObject({
        FOLLOWTHROUGH_OUTBOX: "1",
        RESEND_BASE_URL: "http://127.0.0.1:4000/api/dev-outbox",
        APP_URL: "http://localhost:4000",
        FOLLOWTHROUGH_INLINE_WORKER: "1",
        // The embedded database's connections share one session: no named prepared statements.
        FOLLOWTHROUGH_DATABASE_KIND: "embedded",
      });
    });

    it("leaves the outbox off and Resend's own URL alone when a Resend key is set", () => {
      const settings = resolve("dev", { RESEND_API_KEY: "re_123", AUTH_SECRET: "set", APP_URL: "https://app.example" });
      expect(settings.env.FOLLOWTHROUGH_OUTBOX).toBe("0");
      expect(settings.env.RESEND_BASE_URL).toBeUndefined();
      expect(settings.env.AUTH_SECRET).toBeUndefined();
      expect(settings.env.APP_URL).toBeUndefined();
    });

    it("runs the email worker inside the server only for the embedded database, unless told", () => {
      expect(resolve("dev", {}).env.FOLLOWTHROUGH_INLINE_WORKER).toBe("1");
      expect(resolve("dev", { DATABASE_URL: DEPLOYMENT.DATABASE_URL }).env.FOLLOWTHROUGH_INLINE_WORKER).toBe("0");
      expect(resolve("dev", { DATABASE_URL: DEPLOYMENT.DATABASE_URL, FOLLOWTHROUGH_INLINE_WORKER: "1" }).env.FOLLOWTHROUGH_INLINE_WORKER).toBe("1");
    });
  });

  describe("npm start", () => {
    it("refuses to start with nothing set, one line per missing setting", () => {
      const { problems } = resolve("start", {});
      expect(problems).toHaveLength(4);
      expect(problems.map((line) => line.split(" ")[0])).toEqual(["DATABASE_URL", "AUTH_SECRET", "APP_URL", "RESEND_API_KEY"]);
    });

    it("starts as a deployment with the four settings, with no development tool on", () => {
      const settings = resolve("start", DEPLOYMENT);
      expect(settings.problems).toEqual([]);
      expect(settings.warnings).toEqual([]);
      expect(settings).toMatchObject({ embeddedDatabase: false, seedDemo: false, bindHost: "0.0.0.0" });
      expect(settings.env).toMatchObject({ FOLLOWTHROUGH_OUTBOX: "0", FOLLOWTHROUGH_INLINE_WORKER: "0", FOLLOWTHROUGH_DATABASE_KIND: "postgresql" });
      expect(settings.env.RESEND_BASE_URL).toBeUndefined();
      expect(settings.env.AUTH_SECRET).toBeUndefined();
    });

    it("does not open the dev outbox just because RESEND_API_KEY is missing", () => {
      const settings = resolve("start", { ...DEPLOYMENT, RESEND_API_KEY: "" });
      expect(settings.env.FOLLOWTHROUGH_OUTBOX).toBe("0");
      expect(settings.problems).toEqual([expect.stringMatching(/^RESEND_API_KEY is not set/)]);
    });

    it("refuses a malformed FOLLOWTHROUGH_SIGN_UP with one line, and takes the three forms", () => {
      expect(resolve("start", { ...DEPLOYMENT, FOLLOWTHROUGH_SIGN_UP: "coaches.example, not a domain" }).problems).toEqual([
        'FOLLOWTHROUGH_SIGN_UP is not "anyone", "invite-only" or a comma-separated list of email domains: "not a domain".',
      ]);
      for (const value of ["anyone", "invite-only", "coaches.example, uni.edu", ""]) {
        expect(resolve("start", { ...DEPLOYMENT, FOLLOWTHROUGH_SIGN_UP: value }).problems).toEqual([]);
      }
    });

    it("refuses a short secret and an APP_URL that is not an http(s) address", () => {
      const { problems } = resolve("start", { ...DEPLOYMENT, AUTH_SECRET: "short", APP_URL: "coach.example.com" });
      expect(problems).toEqual([expect.stringMatching(/^AUTH_SECRET is too short/), expect.stringMatching(/^APP_URL is not an http\(s\) address/)]);
    });

    it("turns development tools on only when asked, warns about each, and listens on loopback only", () => {
      const settings = resolve("start", {
        AUTH_SECRET: DEPLOYMENT.AUTH_SECRET,
        APP_URL: "http://127.0.0.1:3100",
        FOLLOWTHROUGH_EMBEDDED_DB: "1",
        FOLLOWTHROUGH_OUTBOX: "1",
        FOLLOWTHROUGH_TEST_CLOCK: "1",
        FOLLOWTHROUGH_SEED_DEMO: "1",
      });
      expect(settings.problems).toEqual([]);
      expect(settings).toMatchObject({ embeddedDatabase: true, seedDemo: true, bindHost: "127.0.0.1" });
      expect(settings.env.FOLLOWTHROUGH_OUTBOX).toBe("1");
      expect(settings.warnings.join("\n")).toMatch(/embedded database[\s\S]*dev outbox[\s\S]*test clock[\s\S]*demo data[\s\S]*127\.0\.0\.1/);
    });

    it("writes the test clock's setting either way, and never turns it on beside a Resend key", () => {
      expect(resolve("start", DEPLOYMENT).env.FOLLOWTHROUGH_TEST_CLOCK).toBe("0");
      const withKey = resolve("start", { ...DEPLOYMENT, FOLLOWTHROUGH_TEST_CLOCK: "1" });
      expect(withKey.env.FOLLOWTHROUGH_TEST_CLOCK).toBe("0");
      expect(withKey.bindHost).toBe("0.0.0.0");
      expect(resolve("start", { ...DEPLOYMENT, FOLLOWTHROUGH_HOST: "10.0.0.4", HOSTNAME: "pod-7f9c" }).bindHost).toBe("10.0.0.4");
    });

    it("keeps the embedded database's demo off unless asked", () => {
      expect(resolve("start", { ...DEPLOYMENT, DATABASE_URL: "", FOLLOWTHROUGH_EMBEDDED_DB: "1" }).seedDemo).toBe(false);
    });
  });
});

describe("findWorkerProblems", () => {
  it("asks for the same settings as the web server, one line each", () => {
    expect(findWorkerProblems({})).toHaveLength(4);
    expect(findWorkerProblems(DEPLOYMENT)).toEqual([]);
    expect(findWorkerProblems({ ...DEPLOYMENT, RESEND_API_KEY: undefined, FOLLOWTHROUGH_OUTBOX: "1", RESEND_BASE_URL: "http://127.0.0.1:3000/api/dev-outbox" })).toEqual([]);
    expect(findWorkerProblems({ ...DEPLOYMENT, RESEND_API_KEY: undefined, FOLLOWTHROUGH_OUTBOX: "1" })).toEqual([expect.stringMatching(/^RESEND_BASE_URL is not set/)]);
    expect(findWorkerProblems({ ...DEPLOYMENT, AUTH_SECRET: "short" })).toEqual([expect.stringMatching(/^AUTH_SECRET is too short/)]);
  });
});
