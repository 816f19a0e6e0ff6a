import { afterAll, beforeEach, inject } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient, TRANSACTION_OPTIONS, type Db } from "@/server/db/client";

/** Runs one statement on its own connection and returns its rows. */
export async function queryOnce<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Empties every application table, keeping the migration history. */
export async function truncateAllTables(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length > 0) {
      await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
    }
  } finally {
    await client.end();
  }
}

/** A Prisma client on the test database, with empty tables before each test of the file. */
export function useTestDatabase(): { db: Db; url: string } {
  const url = inject("databaseUrl");
  // Named prepared statements as `npm start` uses them on PostgreSQL; the embedded database cannot keep them.
  const db = createPrismaClient(url, { max: 2, namedStatements: inject("databaseKind") === "postgres" });
  beforeEach(async () => {
    await truncateAllTables(url);
  });
  afterAll(async () => {
    await db.$disconnect();
  });
  return { db, url };
}

/** A Prisma client that counts the SQL statements it sends: for "a fixed number of queries" tests. */
export function createQueryCountingClient(url: string): { db: Db; queries: () => number; reset: () => void; disconnect: () => Promise<void> } {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }), transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
  let count = 0;
  client.$on("query", () => {
    count += 1;
  });
  return { db: client, queries: () => count, reset: () => void (count = 0), disconnect: () => client.$disconnect() };
}
