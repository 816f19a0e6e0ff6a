import { describe, expect, it } from "vitest";
import { buildClientSender, buildIdempotencyKey } from "./sender-identity";
import { computeSendPresets, resolveSendPreset } from "./send-presets";

const hours = { tonight: "19:00", firstThing: "08:30" };

describe("send presets (R07, R21: tonight and first thing, in the client's zone)", () => {
  it("R07: offers tonight at 19:00 and first thing tomorrow at 08:30 local time", () => {
    const presets = computeSendPresets(new Date("2026-11-23T15:00:00Z"), "America/New_York", hours);
    expect(presets.map((p) => [p.id, p.at.toISOString()])).toEqual([
      ["tonight", "2026-11-24T00:00:00.000Z"],
      ["first-thing", "2026-11-24T13:30:00.000Z"],
    ]);
  });

  it("R07: no tonight once 19:00 has passed in the client's zone, though it is still afternoon in UTC", () => {
    // 00:30 UTC is 19:30 the evening before in New York.
    const presets = computeSendPresets(new Date("2026-11-24T00:30:00Z"), "America/New_York", hours);
    expect(presets.map((p) => p.id)).toEqual(["first-thing"]);
    expect(presets[0]!.at.toISOString()).toBe("2026-11-24T13:30:00.000Z");
    expect(resolveSendPreset("tonight", new Date("2026-11-24T00:30:00Z"), "America/New_York", hours)).toBeNull();
  });

  it("R21: first thing tomorrow follows the daylight-saving change (2026-03-08 in New York)", () => {
    const at = resolveSendPreset("first-thing", new Date("2026-03-07T20:00:00Z"), "America/New_York", hours);
    // 08:30 EDT (UTC-4) on the 8th, although the 7th was EST (UTC-5).
    expect(at?.toISOString()).toBe("2026-03-08T12:30:00.000Z");
  });

  it("uses the practice's own hours", () => {
    const presets = computeSendPresets(new Date("2026-11-23T01:00:00Z"), "Pacific/Auckland", { tonight: "20:15", firstThing: "07:45" });
    expect(presets.map((p) => [p.label, p.at.toISOString()])).toEqual([
      ["Tonight, 20:15", "2026-11-23T07:15:00.000Z"],
      ["First thing tomorrow, 07:45", "2026-11-23T18:45:00.000Z"],
    ]);
  });
});

describe("sender identity (DOMAIN.md Emails)", () => {
  it("sends as the client's name on the product's domain, with replies to the client", () => {
    expect(buildClientSender({ name: "Jane Doe", email: "jane@example.com" }, "followthrough.example")).toEqual({
      from: '"Jane Doe" <notes@followthrough.example>',
      replyTo: "jane@example.com",
    });
  });

  it("cannot smuggle a second address or header through the name", () => {
    const { from } = buildClientSender({ name: 'Eve" <eve@evil.example>,\r\nBcc: x@y', email: "eve@example.com" }, "d.example");
    expect(from).toBe('"Eve eve@evil.example Bcc x@y" <notes@d.example>');
    expect(from.match(/</g)).toHaveLength(1);
  });

  it("makes the idempotency key from the id and the content version", () => {
    expect(buildIdempotencyKey("abc", 3)).toBe("email:abc:v3");
  });
});
