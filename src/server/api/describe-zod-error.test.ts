import { describe, expect, it } from "vitest";
import { listInterviewsInput } from "@/server/interviews/schemas";
import { describeZodError } from "./trpc";

describe("describeZodError", () => {
  it("names each bad field with zod's message", () => {
    const result = listInterviewsInput.safeParse({ limit: 0, stage: "LUNCH" });
    expect(result.success).toBe(false);
    const text = describeZodError(result.error!);
    expect(text).toMatch(/^limit: Too small/);
    expect(text).toMatch(/; stage: Invalid option/);
  });

  it("describes an input-wide problem without a path", () => {
    const result = listInterviewsInput.safeParse("not an object");
    expect(describeZodError(result.error!)).toMatch(/^Invalid input: expected object/);
  });
});
