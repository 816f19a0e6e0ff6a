import { describe, expect, it } from "vitest";
import { findLastReadyStatus } from "./pglite-server";

function message(type: string, body: number[]): number[] {
  const length = body.length + 4;
  return [type.charCodeAt(0), (length >> 24) & 255, (length >> 16) & 255, (length >> 8) & 255, length & 255, ...body];
}

describe("findLastReadyStatus", () => {
  it("reads the status of the last ReadyForQuery in a backend stream", () => {
    const stream = [
      ...message("1", []), // ParseComplete
      ...message("C", [...[..."SELECT 1"].map((c) => c.charCodeAt(0)), 0]), // CommandComplete
      ...message("Z", ["T".charCodeAt(0)]),
      ...message("Z", ["I".charCodeAt(0)]),
    ];
    expect(String.fromCharCode(findLastReadyStatus(Uint8Array.from(stream))!)).toBe("I");
  });

  it("reports an open transaction", () => {
    const stream = [...message("C", [0]), ...message("Z", ["T".charCodeAt(0)])];
    expect(String.fromCharCode(findLastReadyStatus(Uint8Array.from(stream))!)).toBe("T");
  });

  it("returns undefined when the stream has no ReadyForQuery (a Parse on its own)", () => {
    expect(findLastReadyStatus(Uint8Array.from(message("1", [])))).toBeUndefined();
  });
});
