import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { connect, createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSocketHandler, findLastReadyStatus, type SessionQueueContract } from "./pglite-server";

function message(type: string, body: number[]): number[] {
  const length = body.length + 4;
  return [type.charCodeAt(0), (length >> 24) & 255, (length >> 16) & 255, (length >> 8) & 255, length & 255, ...body];
}

describe("findLastReadyStatus", () => {
  it("reads the status of the last ReadyForQuery in a backend stream", () => {
    const stream = [
      ...message("1", []), // ParseComplete
      ...message("C", [...[..."SELECT 1"].map((c) => c.charCodeAt(0)), 0]), // CommandComplete
      ...message("Z", ["T".charCodeAt(0)]),
      ...message("Z", ["I".charCodeAt(0)]),
    ];
    expect(String.fromCharCode(findLastReadyStatus(Uint8Array.from(stream))!)).toBe("I");
  });

  it("reports an open transaction", () => {
    const stream = [...message("C", [0]), ...message("Z", ["T".charCodeAt(0)])];
    expect(String.fromCharCode(findLastReadyStatus(Uint8Array.from(stream))!)).toBe("T");
  });

  it("returns undefined when the stream has no ReadyForQuery (a Parse on its own)", () => {
    expect(findLastReadyStatus(Uint8Array.from(message("1", [])))).toBeUndefined();
  });
});

/**
 * pglite-socket's handler is public, but the queue it calls is not (see SessionQueueContract).
 * These tests pin what the embedded server relies on, so an upgrade that changes it fails here.
 */
describe("what the embedded server relies on in pglite-socket", () => {
  it("is pinned to the exact version these tests were written for", () => {
    const require = createRequire(import.meta.url);
    const pinned = (require("../../package.json") as { dependencies: Record<string, string> }).dependencies["@electric-sql/pglite-socket"];
    // The package's exports leave out package.json: read it beside its entry point.
    const entry = require.resolve("@electric-sql/pglite-socket");
    const installed = (JSON.parse(readFileSync(path.join(path.dirname(entry), "../package.json"), "utf8")) as { version: string }).version;
    // An upgrade: re-read the handler's source, then update this version and the tests below.
    expect(pinned).toBe("0.2.17");
    expect(installed).toBe(pinned);
  });

  it("hands each whole message of a connection to the queue under the handler's id, writes back what the queue answers, and clears the queue when the client leaves", async () => {
    const calls: string[] = [];
    let clientLeft!: () => void;
    const left = new Promise<void>((resolve) => (clientLeft = resolve));
    const queue: SessionQueueContract = {
      async enqueue(handlerId, message, onData) {
        calls.push(`enqueue ${handlerId} ${Buffer.from(message).toString("hex")}`);
        onData(Uint8Array.from(message.slice(0, 1))); // answer with the message's type byte
        return 1;
      },
      clearQueueForHandler(handlerId) {
        calls.push(`clearQueueForHandler ${handlerId}`);
      },
      async clearTransactionIfNeeded(handlerId) {
        calls.push(`clearTransactionIfNeeded ${handlerId}`);
        clientLeft();
      },
    };
    let handlerId = 0;
    const server = createServer((socket) => {
      const handler = createSocketHandler(queue);
      handlerId = handler.handlerId;
      void handler.attach(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const client = connect((server.address() as AddressInfo).port, "127.0.0.1");
    try {
      const query = Uint8Array.from(message("Q", [...Buffer.from("SELECT 1"), 0]));
      const sync = Uint8Array.from(message("S", []));
      const answers = new Promise<string>((resolve) => {
        let received = "";
        client.on("data", (chunk: Buffer) => {
          received += chunk.toString("latin1");
          if (received.length === 2) resolve(received);
        });
      });
      await new Promise((resolve) => client.once("connect", resolve));
      // A message in pieces (which may or may not arrive apart), the last piece together with another message.
      client.write(query.slice(0, 3));
      client.write(query.slice(3, 7));
      client.write(Buffer.concat([query.slice(7), sync]));
      expect(await answers).toBe("QS");
      client.end();
      await left;
      expect(calls).toEqual([
        `enqueue ${handlerId} ${Buffer.from(query).toString("hex")}`,
        `enqueue ${handlerId} ${Buffer.from(sync).toString("hex")}`,
        `clearQueueForHandler ${handlerId}`,
        `clearTransactionIfNeeded ${handlerId}`,
      ]);
    } finally {
      client.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
