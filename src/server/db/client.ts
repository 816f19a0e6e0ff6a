import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { createStatementNamer, wantsNamedStatements } from "./statement-names";

export type Db = PrismaClient;
/** The client or an open transaction: what a function needs that may run inside either. */
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/**
 * How long a transaction may wait for a connection, and run. Prisma's defaults (2 s and 5 s)
 * failed the demo seed and ordinary saves on a busy 2-core machine, where a transaction that
 * is merely slow is still a correct one: a write lost to a timer is worse than a slow answer.
 * Long work is already split into short transactions (re-plans run in batches), so these only
 * bound a transaction that is stuck.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * `namedStatements`: prepared statements kept per connection (statement-names.ts). Only for a PostgreSQL
 * server, never the embedded database, whose connections share one session.
 */
export function createPrismaClient(connectionString: string, options: { max?: number; namedStatements?: boolean } = {}): PrismaClient {
  // JIT off for the app's sessions: its statements are short, and PostgreSQL's JIT, which kicks in on
  // cost estimates alone, spent 4 of 4.5 seconds compiling a coach dashboard query that runs in 0.2 s
  // (docs/PERFORMANCE.md, "Dashboards"). A startup option, so it costs no round trip.
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max: options.max ?? 10, options: "-c jit=off" },
      options.namedStatements ? { statementNameGenerator: createStatementNamer() } : undefined,
    ),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

const globalForDb = globalThis as unknown as { followthroughDb?: PrismaClient };

function getDb(): PrismaClient {
  if (!globalForDb.followthroughDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide the embedded database, or set DATABASE_URL to a PostgreSQL database.",
      );
    }
    // Kept on globalThis so that dev-server hot reloads do not open a new pool each time.
    // `npm start` and `npm run dev` say which database this is (scripts/lib/runtime-env.ts); anything else
    // (a bare `next start`, a script, the worker) runs unnamed statements, which work on both. A pooler that hands
    // a connection's session to other clients (PgBouncer in transaction mode) needs FOLLOWTHROUGH_NAMED_STATEMENTS=0.
    globalForDb.followthroughDb = createPrismaClient(url, { namedStatements: wantsNamedStatements(process.env) });
  }
  return globalForDb.followthroughDb;
}

/**
 * The app's Prisma client. It connects on first use, so importing it (as `next build`
 * does while collecting pages) needs no database.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
