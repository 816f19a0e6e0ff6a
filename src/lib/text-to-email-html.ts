const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The one place where user text becomes HTML: paragraphs at blank lines, line breaks
 * inside them, and every character escaped. Nothing in the text can become markup,
 * a link or a script.
 */
export function textToEmailHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs
    .map((p) => `<p style="margin:0 0 16px;line-height:1.5">${p.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("\n");
}
