import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));
const { Link, isInAppNavigation } = await import("./link");

const page = { href: "https://app.example/interviews/1", origin: "https://app.example" };
const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

describe("the app's link", () => {
  it("navigates in the app on a plain left click to this site, in this tab", () => {
    expect(isInAppNavigation(plain, { href: "/drafts/2" }, page)).toBe(true);
    expect(isInAppNavigation(plain, { href: "https://app.example/settings" }, page)).toBe(true);
    expect(isInAppNavigation(plain, { href: "#notes" }, page)).toBe(true);
  });

  it("leaves to the browser a link to another site, with a target or a download, or a click already handled", () => {
    expect(isInAppNavigation(plain, { href: "https://elsewhere.example/" }, page)).toBe(false);
    expect(isInAppNavigation(plain, { href: "/export", download: "" }, page)).toBe(false);
    expect(isInAppNavigation(plain, { href: "/help", target: "_blank" }, page)).toBe(false);
    expect(isInAppNavigation(plain, { href: "/help", target: "_self" }, page)).toBe(true);
    expect(isInAppNavigation({ ...plain, defaultPrevented: true }, { href: "/" }, page)).toBe(false);
  });

  it("leaves every middle or modified click to the browser (new tab, new window, download)", () => {
    fc.assert(
      fc.property(fc.record({ button: fc.nat(4), metaKey: fc.boolean(), ctrlKey: fc.boolean(), shiftKey: fc.boolean(), altKey: fc.boolean() }), (click) => {
        const modified = click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey;
        expect(isInAppNavigation({ ...click, defaultPrevented: false }, { href: "/" }, page)).toBe(!modified);
      }),
    );
  });

  it("renders a plain link with what it was given (the browser follows it before hydration)", () => {
    const html = renderToStaticMarkup(
      <Link href="/interviews/1" className="underline" aria-current="page">
        Acme
      </Link>,
    );
    expect(html).toBe('<a href="/interviews/1" class="underline" aria-current="page">Acme</a>');
  });
});
