import { describe, expect, it, vi } from "vitest";

// A stand-in for sonner that records what reaches it, and whose module loads only when the test lets it:
// so a toast asked for before sonner has loaded can be seen waiting, then arriving.
const sonner = {
  loads: 0,
  calls: [] as unknown[][],
  release: () => {},
};

/** A fresh copy of the wrapper (nothing loaded yet), with a fresh sonner held back until `sonner.release()`. */
async function freshToast() {
  vi.resetModules();
  sonner.loads = 0;
  sonner.calls = [];
  const loaded = new Promise<void>((resolve) => (sonner.release = resolve));
  vi.doMock("sonner", async () => {
    sonner.loads += 1;
    await loaded;
    const record = (kind: string) => (...args: unknown[]) => {
      sonner.calls.push([kind, ...args]);
      return "sonner's own id";
    };
    return { toast: Object.assign(record("toast"), { success: record("success"), error: record("error"), info: record("info"), dismiss: record("dismiss") }) };
  });
  return import("./toast");
}

describe("toast, which loads sonner on the first call", () => {
  it("delivers toasts asked for before sonner has loaded, in order, with their options, once it loads", async () => {
    const { toast, loadSonner } = await freshToast();
    const undo = { label: "Undo", onClick: () => {} };
    const first = toast.success("Marked done", { action: undo });
    const second = toast("Removed Alex", { id: "removed-person-1", description: "Until you save, nothing changes.", duration: 10_000, action: undo });
    toast.error("Not saved");
    toast.info("Copy it with your keyboard.");
    toast.dismiss("removed-person-1");
    expect(sonner.calls).toEqual([]);

    sonner.release();
    await loadSonner();
    expect(sonner.loads).toBe(1);
    expect(second).toBe("removed-person-1");
    expect(sonner.calls).toEqual([
      ["success", "Marked done", { action: undo, id: first }],
      ["toast", "Removed Alex", { id: "removed-person-1", description: "Until you save, nothing changes.", duration: 10_000, action: undo }],
      ["error", "Not saved", { id: expect.any(String) }],
      ["info", "Copy it with your keyboard.", { id: expect.any(String) }],
      ["dismiss", "removed-person-1"],
    ]);
  });

  it("gives each toast its own id at once, so it can be dismissed before sonner has loaded", async () => {
    const { toast, loadSonner } = await freshToast();
    const ids = [toast.success("One"), toast.success("Two"), toast("Three")];
    expect(new Set(ids).size).toBe(3);
    toast.dismiss(ids[1]);
    sonner.release();
    await loadSonner();
    expect(sonner.calls).toEqual([
      ["success", "One", { id: ids[0] }],
      ["success", "Two", { id: ids[1] }],
      ["toast", "Three", { id: ids[2] }],
      ["dismiss", ids[1]],
    ]);
  });

  it("keeps the order of calls made after sonner has loaded", async () => {
    const { toast, loadSonner } = await freshToast();
    sonner.release();
    toast.success("Saved");
    await loadSonner();
    toast.error("Refused");
    toast.dismiss();
    toast.info("Selected");
    await loadSonner();
    expect(sonner.calls.map((call) => call.slice(0, 2))).toEqual([["success", "Saved"], ["error", "Refused"], ["dismiss", undefined], ["info", "Selected"]]);
    expect(sonner.loads).toBe(1);
  });

  it("loads nothing to dismiss when no toast was asked for: there is none", async () => {
    const { toast, loadSonner } = await freshToast();
    toast.dismiss("removed-person-2");
    toast.dismiss();
    toast.success("Saved");
    sonner.release();
    await loadSonner();
    expect(sonner.calls).toEqual([["success", "Saved", { id: expect.any(String) }]]);
  });
});
