import { createServer, type Server } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";

/**
 * PGlite has a single backend session. pglite-socket's own queue hands that session
 * to another connection between any two protocol messages unless an explicit
 * transaction is open, so two clients using the extended protocol (Parse/Bind/Execute)
 * can overwrite each other's unnamed statement (pglite issue 1046, open for pglite-socket
 * 0.2.17, the latest release). This queue instead gives the session
 * to one connection until PostgreSQL reports it idle again (ReadyForQuery 'I'), which
 * is exactly when a real server would be free to serve someone else.
 */
type Job = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

/** Returns the transaction status of the last ReadyForQuery in a backend stream, if any. */
export function findLastReadyStatus(stream: Uint8Array): number | undefined {
  let status: number | undefined;
  let offset = 0;
  while (offset + 5 <= stream.length) {
    const type = stream[offset]!;
    const length =
      (stream[offset + 1]! << 24) | (stream[offset + 2]! << 16) | (stream[offset + 3]! << 8) | stream[offset + 4]!;
    if (type === READY_FOR_QUERY && length === 5 && offset + 5 < stream.length) status = stream[offset + 5];
    offset += 1 + length;
  }
  return status;
}

/**
 * What PGLiteSocketHandler (public) calls on its queue. The handler is typed with its own
 * queue class, QueryQueueManager, which pglite-socket does not export: handing it a queue
 * of ours goes beyond the public API. So package.json pins pglite-socket exactly, and
 * scripts/db/pglite-server.test.ts checks that the handler still calls these methods as
 * this file expects, so an upgrade that changes them fails the tests.
 */
type HandlerQueue = PGLiteSocketHandlerOptions["queryQueue"];
export type SessionQueueContract = Pick<HandlerQueue, "enqueue" | "clearQueueForHandler" | "clearTransactionIfNeeded">;

/** A pglite-socket handler for one connection, fed by `queue`; it closes the socket when detached. */
export function createSocketHandler(queue: SessionQueueContract): PGLiteSocketHandler {
  // QueryQueueManager has private fields, which make TypeScript compare it by name rather
  // than by shape; the methods the handler calls are the contract above.
  return new PGLiteSocketHandler({ queryQueue: queue as HandlerQueue, closeOnDetach: true });
}

class SessionQueue implements SessionQueueContract {
  private jobs: Job[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.jobs.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  clearQueueForHandler(handlerId: number): void {
    this.jobs = this.jobs.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error("Connection closed"));
      return false;
    });
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    // The client went away mid-session: undo whatever it left open, then free the session.
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    void this.drain();
  }

  private takeNext(): Job | undefined {
    if (this.owner === null) return this.jobs.shift();
    const index = this.jobs.findIndex((job) => job.handlerId === this.owner);
    return index === -1 ? undefined : this.jobs.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.takeNext(); job; job = this.takeNext()) {
        let response: Uint8Array;
        try {
          // Not execProtocolRawStream: in PGlite 0.5.14 it never returns for a result of
          // about 16 kB or more that holds multi-byte UTF-8 text (tests/pglite-server.test.ts).
          response = await this.db.runExclusive(() => this.db.execProtocolRaw(job.message));
        } catch (error) {
          job.reject(error);
          continue;
        }
        if (response.length > 0) job.onData(response);
        const status = findLastReadyStatus(response);
        if (status === undefined) this.owner = job.handlerId;
        else this.owner = status === IDLE ? null : job.handlerId;
        job.resolve(response.length);
      }
    } finally {
      this.running = false;
    }
  }
}

/** The connection string of an embedded database served on `port` of this machine. */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export type EmbeddedDatabase = {
  db: PGlite;
  url: string;
  port: number;
  stop: () => Promise<void>;
};

/**
 * Starts PGlite (in memory when dataDir is undefined) and serves it on a loopback port,
 * so the app, pg-boss and the scripts reach it with `pg` exactly as they reach PostgreSQL.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const queue = new SessionQueue(db);
  const sockets = new Set<PGLiteSocketHandler>();
  const server: Server = createServer((socket) => {
    const handler = createSocketHandler(queue);
    sockets.add(handler);
    socket.on("close", () => sockets.delete(handler));
    void handler.attach(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("PGlite server has no TCP address");
  const port = address.port;
  return {
    db,
    port,
    url: embeddedDatabaseUrl(port),
    stop: async () => {
      for (const handler of sockets) await handler.detach(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
