import { renderToStaticMarkup } from "react-dom/server";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { loadOnDemand } from "./load-on-demand";

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A module that loads only when the test lets it, counting how often it was asked for. */
function heldModule() {
  const held = { asked: 0, release: () => {} };
  const loaded = new Promise<void>((resolve) => (held.release = resolve));
  const load = async () => {
    held.asked += 1;
    await loaded;
    return Greeting;
  };
  return { held, load };
}

async function htmlOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("loadOnDemand", () => {
  it("loads nothing until it first renders, shows nothing until the module has come, then the component with its props", async () => {
    const { held, load } = heldModule();
    const Later = loadOnDemand(load);
    expect(held.asked).toBe(0);

    expect(renderToStaticMarkup(<Later name="Ada" />)).toBe("");
    expect(held.asked).toBe(1);

    const rendering = prerender(<Later name="Ada" />);
    held.release();
    expect(await htmlOf((await rendering).prelude)).toContain("Hello, <!-- -->Ada");
    // Rendered again, it does not load again.
    expect(renderToStaticMarkup(<Later name="Grace" />)).toBe("<p>Hello, Grace</p>");
    expect(held.asked).toBe(1);
  });

  it("preloads the same module, so a press finds it loaded", async () => {
    const { held, load } = heldModule();
    const Later = loadOnDemand(load);
    const preloading = Later.preload();
    expect(Later.preload()).toBe(preloading);
    held.release();
    expect(await preloading).toBe(Greeting);
    const { prelude } = await prerender(<Later name="Ada" />);
    expect(await htmlOf(prelude)).toContain("Hello, <!-- -->Ada");
    expect(held.asked).toBe(1);
  });
});
