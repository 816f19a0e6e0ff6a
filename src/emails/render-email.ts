import { render, toPlainText } from "@react-email/components";
import type { ReactElement } from "react";

/** Every email has an HTML part and a plain-text part. */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  // One render: the text part is made from the HTML (what render's plainText option does, without a second render).
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
