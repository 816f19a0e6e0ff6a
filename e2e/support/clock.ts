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
