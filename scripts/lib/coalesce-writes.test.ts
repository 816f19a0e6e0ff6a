import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { coalesceWrites } from "./coalesce-writes.mjs";

/** A stream that records each system-call-like batch it is handed: one entry per _write or _writev. */
function recordingStream() {
  const batches: string[][] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      batches.push([chunk.toString()]);
      done();
    },
    writev(chunks, done) {
      batches.push(chunks.map(({ chunk }) => String(chunk)));
      done();
    },
  });
  return { stream, batches };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("coalesceWrites (the production server's responses)", () => {
  it("hands the pieces written in one tick to the socket together, in order, and later ticks' pieces in batches of their own", async () => {
    const { stream, batches } = recordingStream();
    coalesceWrites(stream);
    for (let i = 0; i < 50; i++) stream.write(`piece ${i};`);
    await nextTurn();
    stream.write("late a;");
    stream.write("late b;");
    await nextTurn();
    expect(batches).toHaveLength(2);
    expect(batches[0]).toEqual(Array.from({ length: 50 }, (_, i) => `piece ${i};`));
    expect(batches[1]).toEqual(["late a;", "late b;"]);
  });

  it("holds nothing past the end: what end() follows is written, and the stream finishes", async () => {
    const { stream, batches } = recordingStream();
    coalesceWrites(stream);
    stream.write("head;");
    const finished = new Promise((resolve) => stream.on("finish", resolve));
    stream.end("tail;");
    await finished;
    expect(batches.flat()).toEqual(["head;", "tail;"]);
  });

  it("without it, each piece is a write of its own (what the server did before)", async () => {
    const { stream, batches } = recordingStream();
    stream.cork();
    stream.uncork();
    for (let i = 0; i < 3; i++) stream.write(`piece ${i};`);
    await nextTurn();
    expect(batches.length).toBeGreaterThan(1);
  });
});
