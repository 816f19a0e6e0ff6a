import { describe, expect, it } from "vitest";
import { getConfig } from "./config";

const base = { APP_URL: "https://app.example", NODE_ENV: "production" } as NodeJS.ProcessEnv;

describe("getConfig", () => {
  it("answers the same settings object while the environment says the same, and a new one as soon as it changes", () => {
    const first = getConfig({ ...base });
    expect(getConfig({ ...base })).toBe(first);
    const changed = getConfig({ ...base, FOLLOWTHROUGH_SIGN_UP: "anyone" });
    expect(changed).not.toBe(first);
    expect([first.signUp, changed.signUp]).toEqual([{ kind: "invite-only" }, { kind: "anyone" }]);
    expect(getConfig({ ...base, APP_URL: "https://other.example/" }).appUrl).toBe("https://other.example");
  });

  it("refuses a bad setting every time, never answering an earlier good one", () => {
    getConfig({ ...base });
    expect(() => getConfig({ ...base, APP_URL: "not a url" })).toThrow(/Invalid configuration: APP_URL/);
    expect(() => getConfig({ ...base, APP_URL: "not a url" })).toThrow(/Invalid configuration: APP_URL/);
  });
});
