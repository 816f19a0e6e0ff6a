import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildRuntimeEnv } from "./runtime-env";

describe("buildRuntimeEnv", () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "followthrough-env-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("generates AUTH_SECRET once, keeps it in the data folder, and reuses it", () => {
    const dir = dataDir();
    const first = buildRuntimeEnv({ dataDir: dir, port: "3000", env: {} });
    expect(first.AUTH_SECRET).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first.AUTH_SECRET);
    expect(buildRuntimeEnv({ dataDir: dir, port: "3000", env: {} }).AUTH_SECRET).toBe(first.AUTH_SECRET);
  });

  it("turns the dev outbox on with no Resend key, pointing the SDK at the app itself", () => {
    const env = buildRuntimeEnv({ dataDir: dataDir(), port: "4000", env: {} });
    expect(env).toMatchObject({
      FOLLOWTHROUGH_OUTBOX: "1",
      RESEND_BASE_URL: "http://127.0.0.1:4000/api/dev-outbox",
      APP_URL: "http://localhost:4000",
    });
  });

  it("leaves the outbox off and Resend's own URL alone when a Resend key is set", () => {
    const env = buildRuntimeEnv({ dataDir: dataDir(), port: "3000", env: { RESEND_API_KEY: "re_123", AUTH_SECRET: "set", APP_URL: "https://app.example" } });
    expect(env.FOLLOWTHROUGH_OUTBOX).toBe("0");
    expect(env.RESEND_BASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.APP_URL).toBeUndefined();
  });

  it("runs the email worker inside the server only for the embedded database, unless told", () => {
    expect(buildRuntimeEnv({ dataDir: dataDir(), port: "3000", embedded: true, env: {} }).FOLLOWTHROUGH_INLINE_WORKER).toBe("1");
    expect(buildRuntimeEnv({ dataDir: dataDir(), port: "3000", embedded: false, env: {} }).FOLLOWTHROUGH_INLINE_WORKER).toBe("0");
    expect(buildRuntimeEnv({ dataDir: dataDir(), port: "3000", embedded: false, env: { FOLLOWTHROUGH_INLINE_WORKER: "1" } }).FOLLOWTHROUGH_INLINE_WORKER).toBe("1");
  });
});
