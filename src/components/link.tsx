import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: Next.js's, without prefetching unless a caller asks for it. Every page here renders per request
 * (each gets its own CSP nonce), so a prefetch buys only the route's loading skeleton, which the navigation streams
 * first anyway; and a link clicked while its viewport prefetch is still in flight could leave <main> blank, or the
 * click unanswered, until the whole page arrived (seen in the browser tests on the phone menu and the client table;
 * vercel/next.js#98684). It also spares the server a render per visible link: a page of 25 clients made 50 requests.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
