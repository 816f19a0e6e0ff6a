"use client";

import type { ReactNode } from "react";
import { Link } from "@/components/link";

/** One entry of the menu; a `badge` (a count that styles itself, say) is shown beside the label and read with it. */
export type NavItem = { href: string; label: string; badge?: ReactNode };

/** The page the address is on: "/" only itself, any other item its own pages too (/templates/abc is under Templates). */
function isCurrent(href: string, pathname: string) {
  return pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
}

/** The menu's links, the current page marked with aria-current="page": the wide screen's row and the phone's sheet. */
export function NavLinks({ items, pathname, onNavigate, className, linkClassName }: { items: NavItem[]; pathname: string; onNavigate?: () => void; className: string; linkClassName: string }) {
  return (
    <ul className={className}>
      {items.map((item) => {
        const current = isCurrent(item.href, pathname);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              onClick={onNavigate}
              className={`${linkClassName} ${current ? "bg-brand-50 text-brand-700 underline decoration-2 underline-offset-4" : "text-ink hover:bg-brand-50 hover:text-brand-700"}`}
            >
              {item.label}
              {item.badge}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
