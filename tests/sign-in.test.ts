import { beforeEach, describe, expect, it } from "vitest";
import { createAuthAdapter } from "@/server/auth/adapter";
import { buildSignInPageUrl, sendNoAccountNotice, sendSignInLink } from "@/server/auth/send-sign-in-link";
import { describeSignInLink, hashSignInToken } from "@/server/auth/sign-in-link";
import { isAllowedToSignIn } from "@/server/auth/sign-in-policy";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";

const NOW = new Date("2026-11-22T12:00:00Z");
const SECRET = "test-secret";

describe("sign-in links", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  async function issueLink(email: string, expires: Date) {
    const token = `token-${Math.random().toString(36).slice(2)}`;
    await createAuthAdapter(db).createVerificationToken!({ identifier: email, token: hashSignInToken(token, SECRET), expires });
    return token;
  }

  it("tells a valid link from an expired, a used and an unknown one", async () => {
    const email = "jane.doe@example.com";
    const valid = await issueLink(email, new Date(NOW.getTime() + 60_000));
    const expired = await issueLink(email, new Date(NOW.getTime() - 60_000));
    const used = await issueLink(email, new Date(NOW.getTime() + 60_000));
    await createAuthAdapter(db).useVerificationToken!({ identifier: email, token: hashSignInToken(used, SECRET) });

    expect(await describeSignInLink(db, { email, token: valid }, NOW, SECRET)).toBe("valid");
    expect(await describeSignInLink(db, { email, token: expired }, NOW, SECRET)).toBe("expired");
    expect(await describeSignInLink(db, { email, token: used }, NOW, SECRET)).toBe("used");
    expect(await describeSignInLink(db, { email, token: "never-issued" }, NOW, SECRET)).toBe("invalid");
    // A used link shown with another address is not "used" by that address.
    expect(await describeSignInLink(db, { email: "sam.rivera@example.com", token: used }, NOW, SECRET)).toBe("invalid");
  });

  it("lets users and invited addresses sign in, and no one else", async () => {
    expect(await isAllowedToSignIn(db, "Jane.Doe@example.com", NOW)).toBe(true);
    expect(await isAllowedToSignIn(db, "stranger@example.com", NOW)).toBe(false);
    await callerFor(db, ids.coach, () => NOW).invitation.inviteClient({ email: "stranger@example.com" });
    expect(await isAllowedToSignIn(db, "stranger@example.com", NOW)).toBe(true);
    // Not after the invitation has expired.
    expect(await isAllowedToSignIn(db, "stranger@example.com", new Date(NOW.getTime() + 8 * 86_400_000))).toBe(false);
  });

  it("emails a link to the sign-in page, not straight to Auth.js, through the one mail sender", async () => {
    const authUrl = "http://localhost:3999/api/auth/callback/email?callbackUrl=http%3A%2F%2Flocalhost%3A3999%2Finvite%2Fabc&token=t0k3n&email=jane.doe%40example.com";
    await sendSignInLink({ identifier: "jane.doe@example.com", url: authUrl });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: "jane.doe@example.com" } } });
    expect(message.subject).toBe("Your Followthrough sign-in link");
    const link = buildSignInPageUrl(authUrl);
    expect(link).toBe("http://localhost:3999/sign-in/verify?token=t0k3n&email=jane.doe%40example.com&callbackUrl=%2Finvite%2Fabc");
    expect(message.html).toContain(link.replace(/&/g, "&amp;"));
    expect(message.text).toContain(link);
  });

  it("builds the link on APP_URL whatever host Auth.js was handed, and keeps only the callback's path", () => {
    for (const host of ["evil.example", "localhost.evil.example:3999", "127.0.0.1:1"]) {
      const forged = `https://${host}/api/auth/callback/email?callbackUrl=${encodeURIComponent(`https://${host}/settings?x=1`)}&token=t&email=jane.doe%40example.com`;
      const link = new URL(buildSignInPageUrl(forged));
      expect(link.origin).toBe("http://localhost:3999");
      expect(link.searchParams.get("callbackUrl")).toBe("/settings?x=1");
    }
  });

  it("tells an unknown address there is no account, without a link", async () => {
    await sendNoAccountNotice("stranger@example.com");
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: "stranger@example.com" } } });
    expect(message.text).toContain("no account or invitation");
    expect(message.text).not.toMatch(/sign-in\/verify/);
  });
});
