import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { BadInputError, NotFoundError } from "@/server/errors";
import { createErrorReference, toActionErrorMessage, withErrorReference } from "./internal-errors";

const leak = new Error("Invalid `prisma.user.update()` invocation: invalid byte sequence for encoding \"UTF8\": 0x00");
const REFERENCE_MESSAGE = /^Something went wrong \(reference (E-[23456789A-HJKMNP-Z]{8})\)\. Please try again/;

describe("internal errors", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("makes short references that differ", () => {
    const references = new Set(Array.from({ length: 50 }, createErrorReference));
    expect(references.size).toBe(50);
    for (const reference of references) expect(reference).toMatch(/^E-[23456789A-HJKMNP-Z]{8}$/);
  });

  it("gives a server action the service's own message for typed errors and bad input", () => {
    expect(toActionErrorMessage(new NotFoundError("Draft"), "Test")).toBe("Draft was not found.");
    expect(toActionErrorMessage(new BadInputError("Choose a later time."), "Test")).toBe("Choose a later time.");
    const zodError = z.object({ hour: z.number().max(23, "Choose an hour from 0 to 23.") }).safeParse({ hour: 99 }).error!;
    expect(toActionErrorMessage(zodError, "Test")).toBe("Choose an hour from 0 to 23.");
  });

  it("turns anything else into a reference, and logs the error under it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const message = toActionErrorMessage(leak, "Saving a profile");
    const reference = REFERENCE_MESSAGE.exec(message)?.[1];
    expect(reference).toBeDefined();
    expect(message).not.toContain("prisma");
    expect(logged).toHaveBeenCalledWith(`[${reference}] Saving a profile failed:`, leak);
  });

  it("lets Next's redirect through a server action untouched", () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
    expect(() => toActionErrorMessage(redirect, "Test")).toThrow(redirect);
  });

  it("answers a route handler's throw with 500 and a reference only", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = withErrorReference("Calendar feed", async (request: Request) => {
      throw Object.assign(leak, { url: request.url });
    });
    const response = await handler(new Request("http://localhost/api/calendar/x"));
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as { error: string };
    const reference = REFERENCE_MESSAGE.exec(error)?.[1];
    expect(reference).toBeDefined();
    expect(logged).toHaveBeenCalledWith(`[${reference}] Calendar feed failed:`, leak);
  });

  it("passes a route handler's own answers through", async () => {
    const handler = withErrorReference("Test", async () => new Response("Not found", { status: 404 }));
    expect((await handler()).status).toBe(404);
  });
});
