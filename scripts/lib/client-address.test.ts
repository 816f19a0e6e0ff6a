import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeForwardingHeaders, resolveClientAddress } from "./client-address.mjs";

describe("resolveClientAddress", () => {
  it("takes the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress(undefined, "::1", 0)).toBe("::1");
  });

  it("behind N trusted proxies, takes the N-th address from the right", () => {
    expect(resolveClientAddress("203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    // The client wrote 127.0.0.1 itself; the proxy appended the address it really saw.
    expect(resolveClientAddress("127.0.0.1, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1, 203.0.113.7, 10.0.0.9", "10.0.0.2", 2)).toBe("203.0.113.7");
    expect(resolveClientAddress(["1.1.1.1, 203.0.113.7"], "10.0.0.2", 1)).toBe("203.0.113.7");
  });

  it("falls back to the socket when the proxies wrote fewer entries than trusted", () => {
    expect(resolveClientAddress("", "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("203.0.113.7", "10.0.0.2", 2)).toBe("10.0.0.2");
  });

  it("never lets the client choose its address: whatever it prepends, the answer is the same", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }).filter((s) => !s.includes(",")), { maxLength: 5 }), fc.integer({ min: 0, max: 3 }), (forged, hops) => {
        const appended = ["203.0.113.7", "10.0.0.9", "10.0.0.8"].slice(0, hops);
        const header = [...forged, ...appended].join(", ");
        const honest = appended.join(", ");
        expect(resolveClientAddress(header, "10.0.0.2", hops)).toBe(resolveClientAddress(honest, "10.0.0.2", hops));
      }),
    );
  });
});

describe("normalizeForwardingHeaders", () => {
  it("drops every forwarding header the client sent and writes the decided address", () => {
    const request = {
      headers: { host: "app.example", "x-forwarded-for": "127.0.0.1", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "127.0.0.1", forwarded: "for=127.0.0.1;host=evil.example" } as Record<string, string>,
      socket: { remoteAddress: "203.0.113.7" },
    };
    normalizeForwardingHeaders(request as never, 0);
    expect(request.headers).toEqual({ host: "app.example", "x-forwarded-for": "203.0.113.7" });
  });
});
