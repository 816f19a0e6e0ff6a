import { describe, expect, it } from "vitest";
import { toSafeCallbackUrl } from "./safe-callback-url";

describe("toSafeCallbackUrl", () => {
  it("keeps a local path with its query", () => {
    expect(toSafeCallbackUrl("/invite/abc?x=1")).toBe("/invite/abc?x=1");
  });

  it("keeps only the path of an absolute URL, whatever its host", () => {
    expect(toSafeCallbackUrl("http://localhost:3000/invite/abc")).toBe("/invite/abc");
    expect(toSafeCallbackUrl("https://evil.example/steal")).toBe("/steal");
  });

  it("refuses protocol-relative and empty values", () => {
    expect(toSafeCallbackUrl("//evil.example/x")).toBe("/x");
    expect(toSafeCallbackUrl("")).toBe("/");
    expect(toSafeCallbackUrl(undefined)).toBe("/");
    expect(toSafeCallbackUrl("javascript:alert(1)")).toBe("/");
  });
});
