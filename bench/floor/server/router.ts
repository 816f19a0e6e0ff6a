import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { listInterviewsBySql, readSessionUserId } from "./db";

const t = initTRPC.context<{ sessionToken: string | undefined }>().create({ transformer: superjson });

// The floor's `interview.list`: the same rows as the app's, read by hand-written SQL.
export const floorRouter = t.router({
  interview: t.router({
    list: t.procedure.query(async ({ ctx }) => {
      const userId = await readSessionUserId(ctx.sessionToken);
      if (!userId) throw new TRPCError({ code: "UNAUTHORIZED" });
      return listInterviewsBySql(userId);
    }),
  }),
});

export type FloorRouter = typeof floorRouter;
