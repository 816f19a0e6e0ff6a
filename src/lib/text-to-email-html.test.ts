import { describe, expect, it } from "vitest";
import { textToEmailHtml } from "./text-to-email-html";
import { XSS_CORPUS } from "./xss-corpus";

describe("textToEmailHtml", () => {
  it("makes paragraphs at blank lines and line breaks inside them", () => {
    expect(textToEmailHtml("Dear Maria,\n\nThank you.\nBest,\nJane")).toBe(
      '<p style="margin:0 0 16px;line-height:1.5">Dear Maria,</p>\n<p style="margin:0 0 16px;line-height:1.5">Thank you.<br>Best,<br>Jane</p>',
    );
  });

  it.each(XSS_CORPUS)("lets nothing of %s survive unescaped", (payload) => {
    const html = textToEmailHtml(`Hello\n\n${payload}`);
    // The only tags are the ones this function writes.
    expect(html.replace(/<\/?p[^>]*>|<br>/g, "")).not.toMatch(/[<>]/);
    expect(html).not.toMatch(/<(script|img|svg|a|iframe|style)\b/i);
    expect(html).not.toMatch(/ on\w+="/i);
  });
});
