import { render } from "@react-email/components";
import type { ReactElement } from "react";

/** Every email has an HTML part and a plain-text part. */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
