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
    expect(resolveClientAddress("203.0.113.7", "fd00::2", 1)).toBe("203.0.113.7");
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
  const appUrl = new URL("https://coach.example.com");
  const serve = (remoteAddress: string, headers: Record<string, string>, proxies = 0) => {
    const request = { headers: { ...headers }, socket: { remoteAddress } };
    normalizeForwardingHeaders(request as never, proxies, appUrl);
    return request.headers;
  };

  it("drops every forwarding header the client sent, writes the decided address, and APP_URL's host", () => {
    const forged = { host: "app.example", "x-forwarded-for": "127.0.0.1", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", "x-real-ip": "127.0.0.1", forwarded: "for=127.0.0.1;host=evil.example", "x-followthrough-local": "1" };
    expect(serve("203.0.113.7", forged)).toEqual({ host: "app.example", "x-forwarded-for": "203.0.113.7", "x-forwarded-host": "coach.example.com", "x-forwarded-proto": "https" });
  });

  it("marks as local only a loopback request that came through no proxy", () => {
    expect(serve("127.0.0.1", { host: "localhost" })["x-followthrough-local"]).toBe("1");
    expect(serve("::1", { host: "localhost" })["x-followthrough-local"]).toBe("1");
    // nginx on the same host: loopback, but forwarding for someone.
    expect(serve("127.0.0.1", { host: "localhost", "x-forwarded-for": "203.0.113.7" })["x-followthrough-local"]).toBeUndefined();
    expect(serve("127.0.0.1", { host: "localhost", forwarded: "for=203.0.113.7" }, 1)["x-followthrough-local"]).toBeUndefined();
    expect(serve("203.0.113.7", { host: "localhost" })["x-followthrough-local"]).toBeUndefined();
  });

  it("believes X-Forwarded-For only from a proxy on a private address", () => {
    expect(serve("10.0.0.2", { "x-forwarded-for": "198.51.100.4" }, 1)["x-forwarded-for"]).toBe("198.51.100.4");
    expect(serve("203.0.113.7", { "x-forwarded-for": "198.51.100.4" }, 1)["x-forwarded-for"]).toBe("203.0.113.7");
  });
});
