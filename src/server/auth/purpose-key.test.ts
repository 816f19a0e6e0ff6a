import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { derivePurposeKey } from "./purpose-key";

const SECRET = "fixed-secret-for-the-test";

describe("derivePurposeKey", () => {
  it("is RFC 5869 HKDF-SHA256 of AUTH_SECRET with the purpose's label, not the secret itself", () => {
    // HKDF by hand: extract with an all-zero salt, then one block of expand.
    const prk = createHmac("sha256", Buffer.alloc(32)).update(SECRET).digest();
    const okm = createHmac("sha256", prk).update(Buffer.concat([Buffer.from("followthrough unsubscribe v1"), Buffer.from([1])])).digest();
    const key = derivePurposeKey("unsubscribe", SECRET);
    expect(key.toString("hex")).toBe(okm.toString("hex"));
    expect(key.includes(Buffer.from(SECRET))).toBe(false);
  });

  it("changes with the secret: a new AUTH_SECRET retires every link signed with the old one", () => {
    expect(derivePurposeKey("unsubscribe", SECRET).equals(derivePurposeKey("unsubscribe", `${SECRET}-rotated`))).toBe(false);
  });
});
