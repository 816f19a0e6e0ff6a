import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/server/db/client";

/** Prisma's adapter, plus a record of used links so the sign-in page can say "already used". */
export function createAuthAdapter(db: Db): Adapter {
  const base = PrismaAdapter(db);
  return {
    ...base,
    async useVerificationToken(params) {
      const token = await base.useVerificationToken!(params);
      if (token) {
        await db.signInLinkUse.upsert({
          where: { tokenHash: params.token },
          create: { tokenHash: params.token, identifier: params.identifier },
          update: {},
        });
      }
      return token;
    },
  };
}
