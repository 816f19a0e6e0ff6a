import "server-only";

import NextAuth from "next-auth";
import { getNow } from "@/server/clock";
import { buildAppUrl } from "@/server/config";
import { db } from "@/server/db/client";
import { createAuthAdapter } from "./adapter";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, usesSecureCookies } from "./session-cookie";
import { sendSignInLink } from "./send-sign-in-link";
import { getAuthSecret, SIGN_IN_LINK_MINUTES } from "./sign-in-link";
import { isAllowedToSignIn } from "./sign-in-policy";

// Auth.js builds every URL (its own redirects, the link it mails) from AUTH_URL when set, and
// from the request's Host and X-Forwarded-* headers otherwise. Pin it to APP_URL, so no
// header a client sends can choose where a sign-in link points.
process.env.AUTH_URL = buildAppUrl("/api/auth");

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const secret = getAuthSecret();
  return {
    secret,
    adapter: createAuthAdapter(db),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    useSecureCookies: usesSecureCookies(),
    // The host is AUTH_URL's (above), not the request's: nothing here is taken from headers.
    trustHost: true,
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        // Set explicitly so the sign-in page can compute the same token hash.
        secret,
        options: {},
        sendVerificationRequest: ({ identifier, url }) => sendSignInLink({ identifier, url }),
      },
    ],
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      // Also guards Auth.js's own POST endpoint, which can be called without our form.
      async signIn({ user, email }) {
        if (!email?.verificationRequest) return true;
        return user.email ? isAllowedToSignIn(db, user.email, getNow()) : false;
      },
      session({ session, user }) {
        // Only the id travels in the session; role and memberships are read from the database per request.
        return { ...session, user: { id: user.id, email: user.email, name: user.name } };
      },
    },
  };
});
