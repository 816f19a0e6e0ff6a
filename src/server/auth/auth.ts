import "server-only";

import NextAuth from "next-auth";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { createAuthAdapter } from "./adapter";
import { sendSignInLink } from "./send-sign-in-link";
import { getAuthSecret, SIGN_IN_LINK_MINUTES } from "./sign-in-link";
import { isAllowedToSignIn } from "./sign-in-policy";

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const secret = getAuthSecret();
  return {
    secret,
    adapter: createAuthAdapter(db),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
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
