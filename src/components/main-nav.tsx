"use client";

import { Menu, X } from "lucide-react";
import { Link } from "@/components/link";
import { usePathname } from "next/navigation";
import { Dialog } from "radix-ui";
import { useState, type ReactNode } from "react";

/** One entry of the menu; a `badge` (a count that styles itself, say) is shown beside the label and read with it. */
export type NavItem = { href: string; label: string; badge?: ReactNode };

/** The page the address is on: "/" only itself, any other item its own pages too (/templates/abc is under Templates). */
function isCurrent(href: string, pathname: string) {
  return pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
}

function NavLinks({ items, pathname, onNavigate, className, linkClassName }: { items: NavItem[]; pathname: string; onNavigate?: () => void; className: string; linkClassName: string }) {
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

/**
 * The main menu: a row of links on wide screens (768 px and up), and on a phone a "Menu" button opening a sheet (Radix Dialog:
 * focus moves in and is kept there, Escape closes it and gives focus back). The current page is marked
 * with aria-current="page". Sign-out submits the header's form (`signOutForm`), which works without JavaScript.
 */
export function MainNav({ items, who, signOutForm }: { items: NavItem[]; who: string; signOutForm: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <>
      <nav aria-label="Main" className="hidden items-center gap-2 whitespace-nowrap text-sm font-medium md:flex">
        <NavLinks items={items} pathname={pathname} className="flex flex-wrap gap-1" linkClassName="block rounded px-2 py-1" />
        <span className="hidden text-ink-muted 2xl:inline">{who}</span>
        <button type="submit" form={signOutForm} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
          Sign out
        </button>
      </nav>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger className="flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 md:hidden">
          <Menu aria-hidden className="size-5" />
          Menu
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 md:hidden" />
          <Dialog.Content
            aria-describedby={undefined}
            className="fixed inset-x-0 top-0 z-50 max-h-dvh overflow-y-auto rounded-b-lg bg-white p-4 shadow-lg focus:outline-none md:hidden"
          >
            <div className="mb-2 flex items-center justify-between">
              <Dialog.Title className="text-lg font-semibold">Menu</Dialog.Title>
              <Dialog.Close aria-label="Close menu" className="flex size-11 items-center justify-center rounded-md hover:bg-slate-100">
                <X aria-hidden className="size-5" />
              </Dialog.Close>
            </div>
            <nav aria-label="Main">
              <NavLinks
                items={items}
                pathname={pathname}
                onNavigate={() => setOpen(false)}
                className="divide-y divide-slate-100 text-base font-medium"
                linkClassName="flex min-h-11 items-center rounded px-3"
              />
            </nav>
            <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-200 pt-3 text-sm">
              <span className="min-w-0 truncate text-ink-muted">{who}</span>
              <button type="submit" form={signOutForm} className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-50">
                Sign out
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
