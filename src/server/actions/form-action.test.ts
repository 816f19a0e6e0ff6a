import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError } from "@/server/errors";
import { defineFormAction } from "./form-action";

const schema = z.object({ email: z.email("Enter a valid email address."), note: z.string().max(5, "Keep the note short.").optional() });

function formOf(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

describe("defineFormAction, the one wrapper of server actions", () => {
  it("parses the form at the edge: the action runs with typed input, and an empty field is an absent one", async () => {
    const run = vi.fn(async (input: z.output<typeof schema>) => ({ ok: true, seen: input }));
    const action = defineFormAction({ where: "Testing", schema, run });
    expect(await action(null, formOf([["email", "a@example.com"], ["note", ""]]))).toEqual({ ok: true, seen: { email: "a@example.com" } });
  });

  it("refuses bad input without running, with the schema's message or the action's own, and gives back what was typed", async () => {
    const run = vi.fn(async () => ({ ok: true }));
    const keep = (fields: Record<string, FormDataEntryValue>) => ({ email: String(fields.email ?? "") });
    expect(await defineFormAction({ where: "Testing", schema, run, keep })(null, formOf([["email", "nope"]]))).toEqual({ error: "Enter a valid email address.", email: "nope" });
    expect(await defineFormAction({ where: "Testing", schema, run, invalidMessage: "This link is not valid." })(null, formOf([]))).toEqual({ error: "This link is not valid." });
    expect(run).not.toHaveBeenCalled();
  });

  it("shows a service's typed error as its message", async () => {
    const action = defineFormAction({ where: "Testing", schema, run: async () => { throw new ConflictError("This invitation was withdrawn."); } });
    expect(await action(null, formOf([["email", "a@example.com"]]))).toEqual({ error: "This invitation was withdrawn." });
  });

  it("shows only a reference for anything else, and logs the error under it", async () => {
    const leak = new Error("Invalid `prisma.user.update()` invocation in /app/src/x.ts:1:1");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = defineFormAction({ where: "Testing", schema, run: async () => { throw leak; } });
    const { error } = await action(null, formOf([["email", "a@example.com"]]));
    const calls = [...logged.mock.calls];
    logged.mockRestore();
    const reference = /^Something went wrong \(reference (E-[A-Z0-9]{8})\)/.exec(error ?? "")?.[1];
    expect(reference).toBeDefined();
    expect(error).not.toContain("prisma");
    expect(calls).toEqual([[`[${reference}] Testing failed:`, leak]]);
  });

  it("lets Next's redirect() through", async () => {
    const action = defineFormAction({ where: "Testing", schema, run: async () => redirect("/done") });
    await expect(action(null, formOf([["email", "a@example.com"]]))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/done;") });
  });
});
