import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, SCHEMA_PATH, readMigrations } from "./migrations";

const require = createRequire(import.meta.url);

type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
};

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<SchemaEngineModule> | undefined;

/**
 * Prisma's native schema engine cannot be downloaded on these machines, so the wasm
 * build is loaded by hand (Node 20 cannot import .wasm modules). The module keeps one
 * wasm instance globally, so it is instantiated once per process.
 */
function loadEngineModule(): Promise<SchemaEngineModule> {
  engineModule ??= (async () => {
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports as never);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return engineModule;
}

/** A schema engine whose database and shadow database are a throwaway in-memory PGlite. */
async function withSchemaEngine<T>(schemaText: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const bg = await loadEngineModule();
  const pglite = await PGlite.create();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] } as never, () => undefined, adapter);
  try {
    return await fn(engine as unknown as SchemaEngine);
  } finally {
    await pglite.close();
  }
}

/**
 * Returns the SQL that would bring a database built from prisma/migrations up to
 * prisma/schema.prisma, or "" when they agree.
 */
export async function diffSchemaAgainstMigrations(
  schemaText = readFileSync(SCHEMA_PATH, "utf8"),
  migrationsDir = MIGRATIONS_DIR,
): Promise<string> {
  const migrations = readMigrations(migrationsDir);
  const from =
    migrations.length === 0
      ? { tag: "empty" }
      : {
          tag: "migrations",
          baseDir: migrationsDir,
          lockfile: {
            path: "migration_lock.toml",
            content: readLockfile(migrationsDir),
          },
          shadowDbInitScript: "",
          migrationDirectories: migrations.map((migration) => ({
            path: migration.name,
            migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
          })),
        };
  const result = await withSchemaEngine(schemaText, (engine) =>
    engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
    }),
  );
  const sql = result.stdout ?? "";
  return result.exitCode === 2 ? sql : "";
}

function readLockfile(migrationsDir: string): string | null {
  try {
    return readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8");
  } catch {
    return null;
  }
}
