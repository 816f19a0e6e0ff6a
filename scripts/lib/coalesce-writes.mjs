// Used by scripts/web-server.mjs. Plain JavaScript, as the server is (it runs under node itself).

/**
 * Next.js streams a page in many small pieces, and Node writes each with a system call of its own, each with its share
 * of the TCP work: 13% of the server's time on the interview page went to `writev` (a CPU profile under load). Pieces
 * written in the same tick of the event loop now go out together: the response is corked at the first write of a tick
 * and uncorked when the tick ends. No piece waits for a later one, so a streamed page arrives as early as before;
 * `end()` flushes whatever is corked.
 * @param {{ write: (...args: any[]) => boolean; cork: () => void; uncork: () => void }} response
 */
export function coalesceWrites(response) {
  const write = response.write;
  let corked = false;
  response.write = function writeCoalesced(...args) {
    if (!corked) {
      corked = true;
      response.cork();
      process.nextTick(() => {
        corked = false;
        response.uncork();
      });
    }
    return write.apply(this, args);
  };
}
