"use client";

import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string; replace?: boolean; scroll?: boolean };

/** The parts of a click and of the page that decide whether the app navigates itself or leaves it to the browser. */
type ClickFacts = { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean };

/**
 * A plain left click on a link to this site, in this tab, is the app's to navigate; a middle click, a modified
 * click (new tab, new window, download), a link with a target or a download, or one to another site is the browser's.
 */
export function isInAppNavigation(click: ClickFacts, link: { href: string; target?: string; download?: unknown }, page: { href: string; origin: string }): boolean {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  if ((link.target && link.target !== "_self") || link.download !== undefined) return false;
  return new URL(link.href, page.href).origin === page.origin;
}

/**
 * The app's link: an `<a>` whose plain clicks navigate within the app (the router's push, as Next.js's Link does),
 * without Next.js's Link. That Link prefetches (which every page here, rendered per request for its CSP nonce, gains
 * nothing from: a link clicked while its prefetch was in flight could even leave <main> blank, vercel/next.js#98684)
 * and keeps per-link state for it (an intersection observer, the link's pending status), which cost about 1.3 ms of
 * each page's 20 ms on the server (issue 14, docs/PERFORMANCE.md). Before hydration, or with a modifier key, the
 * browser follows the link itself.
 */
export function Link({ href, replace = false, scroll = true, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isInAppNavigation(event, { href, target: rest.target, download: rest.download }, window.location)) return;
    event.preventDefault();
    if (replace) router.replace(href, { scroll });
    else router.push(href, { scroll });
  };
  return <a href={href} onClick={navigate} {...rest} />;
}
