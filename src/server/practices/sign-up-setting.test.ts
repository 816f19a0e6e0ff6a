import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSignUpSetting } from "@/server/config";
import { isSignUpAllowed } from "./sign-up-setting";

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom("com", "org", "example", "edu")).map(([labels, tld]) => [...labels, tld].join("."));
const local = fc.stringMatching(/^[a-z0-9._+-]{1,20}$/);
/** The same text with its letters' case flipped at random. */
const anyCase = (text: string) => fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((flips) => [...text].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join(""));

describe("who may start a practice (FOLLOWTHROUGH_SIGN_UP)", () => {
  it("parses the three settings, defaults to invite-only in production and anyone elsewhere, and refuses a malformed list", () => {
    expect(parseSignUpSetting(undefined, "production")).toEqual({ kind: "invite-only" });
    expect(parseSignUpSetting("", "development")).toEqual({ kind: "anyone" });
    expect(parseSignUpSetting(" Anyone ", "production")).toEqual({ kind: "anyone" });
    expect(parseSignUpSetting("invite-only", "development")).toEqual({ kind: "invite-only" });
    expect(parseSignUpSetting("Coaches.Example, @uni.edu", "production")).toEqual({ kind: "domains", domains: ["coaches.example", "uni.edu"] });
    expect(parseSignUpSetting("everyone", "production")).toEqual({ error: expect.stringMatching(/^FOLLOWTHROUGH_SIGN_UP is not/) });
    expect(parseSignUpSetting("coaches.example, not a domain", "production")).toHaveProperty("error");
    expect(parseSignUpSetting(",", "production")).toHaveProperty("error");
  });

  it("an allowed domain admits its addresses and its subdomains', whatever their case", () => {
    const allowedAddress = fc
      .tuple(domain, local, fc.array(label, { maxLength: 2 }))
      .chain(([allowed, user, sub]) => fc.tuple(fc.constant(allowed), anyCase(`${user}@${[...sub, allowed].join(".")}`)));
    fc.assert(
      fc.property(allowedAddress, ([allowed, written]) => {
        const setting = parseSignUpSetting(allowed.toUpperCase(), "production");
        expect(setting).toEqual({ kind: "domains", domains: [allowed] });
        expect(isSignUpAllowed(setting as { kind: "domains"; domains: string[] }, written)).toBe(true);
      }),
    );
  });

  it("refuses every other domain, look-alikes and suffix matches included", () => {
    fc.assert(
      fc.property(domain, domain, local, (allowed, other, user) => {
        const setting = { kind: "domains" as const, domains: [allowed] };
        const isSameOrSub = other === allowed || other.endsWith(`.${allowed}`);
        // "badcoaches.example" ends with "coaches.example" but is another domain.
        expect(isSignUpAllowed(setting, `${user}@${other}`)).toBe(isSameOrSub);
        expect(isSignUpAllowed(setting, `${user}@x${allowed}`)).toBe(false);
        // The domain is what follows the last "@": an allowed domain before it proves nothing.
        expect(isSignUpAllowed(setting, `${user}@${allowed}@${other}`)).toBe(isSameOrSub);
      }),
    );
  });

  it("anyone admits every address and invite-only none", () => {
    fc.assert(
      fc.property(local, domain, (user, host) => {
        expect(isSignUpAllowed({ kind: "anyone" }, `${user}@${host}`)).toBe(true);
        expect(isSignUpAllowed({ kind: "invite-only" }, `${user}@${host}`)).toBe(false);
      }),
    );
  });
});
