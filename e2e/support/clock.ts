import { expect, test, type APIRequestContext } from "@playwright/test";

/** Sets the server's test clock (`null`: back to real time). */
export async function setServerClock(request: APIRequestContext, now: string | null) {
  expect((await request.post("/api/test/clock", { data: { now } })).ok()).toBe(true);
}

/** Every test of the file starts at `now` on the server's clock, and leaves it at real time. */
export function fixServerClockForEachTest(now: string) {
  test.beforeEach(async ({ request }) => setServerClock(request, now));
  test.afterEach(async ({ request }) => setServerClock(request, null));
}

/**
 * Waits until every email the server's clock has made due has gone out. A check that something
 * was NOT sent comes after this: the jump itself queued whatever was due, so once nothing is
 * left waiting, anything wrongly sent is already in the outbox.
 */
export async function waitUntilDueEmailsSent(request: APIRequestContext) {
  await expect
    .poll(async () => ((await (await request.get("/api/test/clock")).json()) as { emailsDue: number }).emailsDue, { timeout: 20_000 })
    .toBe(0);
}
