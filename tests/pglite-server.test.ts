import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/db/pglite-server";

describe("embedded PGlite server", () => {
  let embedded: EmbeddedDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    embedded = await startEmbeddedDatabase();
    pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it("keeps parameterised queries from several connections apart", async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => pool.query<{ n: number; s: string }>("SELECT $1::int + 1 AS n, $2::text AS s", [i, `s${i}`])),
    );
    results.forEach((result, i) => expect(result.rows[0]).toEqual({ n: i + 1, s: `s${i}` }));
  });

  it("keeps a transaction to its own connection while others query", async () => {
    const inTransaction = (async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("UPDATE counter SET n = n + 100 WHERE id = 1");
        await new Promise((resolve) => setTimeout(resolve, 50));
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    })();
    const outside = Promise.all(Array.from({ length: 20 }, () => pool.query("UPDATE counter SET n = n + 1 WHERE id = 1")));
    await Promise.all([inTransaction, outside]);
    // The rolled-back +100 must not have swallowed any of the 20 updates made outside it.
    expect((await pool.query("SELECT n FROM counter WHERE id = 1")).rows[0]).toEqual({ n: 20 });
  });

  it("returns a large multi-byte text value (PGlite's streaming call hangs on it)", async () => {
    const body = "é\u200c\u00a0x".repeat(10_000); // 60 kB of UTF-8, like react-email's preview padding
    await pool.query("CREATE TABLE IF NOT EXISTS big_text (id int PRIMARY KEY, body text)");
    await pool.query("INSERT INTO big_text VALUES (1, $1)", [body]);
    const { rows } = await pool.query<{ body: string }>("SELECT body FROM big_text WHERE id = $1", [1]);
    expect(rows[0]!.body).toBe(body);
  });

  it("rolls back what a client left open when it disconnects", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query("UPDATE counter SET n = 999 WHERE id = 1");
    await client.end();
    expect((await pool.query("SELECT n FROM counter WHERE id = 1")).rows[0]).toEqual({ n: 20 });
  });
});
