import "server-only";

/**
 * Names for prepared statements, one per distinct SQL text, for @prisma/adapter-pg's `statementNameGenerator`.
 * With a name, node-postgres parses a statement once per connection and PostgreSQL keeps it, so a page's reads
 * skip the parse and, after five runs, usually the planning too (plan_cache_mode auto): the interview page's
 * one read with all its relations spent 3.5 ms of PostgreSQL's time parsing and planning, 0.6 ms running
 * (issue 14, docs/PERFORMANCE.md). Prisma's former Rust engine cached statements the same way.
 *
 * A name never changes its text (node-postgres refuses a name reused for other SQL), so names are never
 * evicted; instead only the first `limit` distinct texts get one, and later ones run unnamed as before. That
 * bounds what each connection keeps when some statements vary in text (an `IN` list's length).
 *
 * Only on a PostgreSQL server: the embedded database shares one session among its connections, where the same
 * name prepared by two of them would collide; so would a pooler that moves sessions between clients (PgBouncer in
 * transaction mode), which is why FOLLOWTHROUGH_NAMED_STATEMENTS=0 turns them off. The first `limit` texts win, so
 * texts that vary (an `IN` list's length) could take names before the frequent statements arrive: a restart starts
 * afresh. Nothing here may run `DEALLOCATE` or `DISCARD ALL`, which node-postgres would not know about.
 */
export function createStatementNamer(limit = 500): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // An empty name is node-postgres's unnamed statement.
    if (names.size >= limit) return "";
    const name = `ft_${names.size}`;
    names.set(sql, name);
    return name;
  };
}

/** Named prepared statements: on a PostgreSQL server (as `npm start` says it), unless turned off (FOLLOWTHROUGH_NAMED_STATEMENTS=0). */
export function wantsNamedStatements(env: Record<string, string | undefined>): boolean {
  return env.FOLLOWTHROUGH_DATABASE_KIND === "postgresql" && env.FOLLOWTHROUGH_NAMED_STATEMENTS !== "0";
}
