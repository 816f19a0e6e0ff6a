"use client";

import { Menu } from "lucide-react";
import { usePathname } from "next/navigation";
import { useDialogOnDemand } from "@/components/dialog-on-demand";
import { loadOnDemand } from "@/components/load-on-demand";
import { NavLinks, type NavItem } from "@/components/nav-links";

export type { NavItem };

// Every page has this header, and most visits never open the phone's menu: its dialog is not in the first load.
const PhoneMenu = loadOnDemand(() => import("@/components/phone-menu").then((module) => module.PhoneMenu));

/**
 * The main menu: a row of links on wide screens (768 px and up), and on a phone a "Menu" button opening a sheet (Radix Dialog:
 * focus moves in and is kept there, Escape closes it and gives focus back), loaded when first wanted. The current page is
 * marked with aria-current="page". Sign-out submits the header's form (`signOutForm`), which works without JavaScript.
 */
export function MainNav({ items, who, signOutForm }: { items: NavItem[]; who: string; signOutForm: string }) {
  const pathname = usePathname();
  const menu = useDialogOnDemand(PhoneMenu.preload);
  return (
    <>
      <nav aria-label="Main" className="hidden items-center gap-2 whitespace-nowrap text-sm font-medium md:flex">
        <NavLinks items={items} pathname={pathname} className="flex flex-wrap gap-1" linkClassName="block rounded px-2 py-1" />
        <span className="hidden text-ink-muted 2xl:inline">{who}</span>
        <button type="submit" form={signOutForm} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
          Sign out
        </button>
      </nav>
      <button {...menu.triggerProps} className="flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 md:hidden">
        <Menu aria-hidden className="size-5" />
        Menu
      </button>
      {menu.wanted && (
        <PhoneMenu
          items={items}
          pathname={pathname}
          who={who}
          signOutForm={signOutForm}
          open={menu.open}
          onOpenChange={menu.setOpen}
          contentProps={menu.contentProps}
        />
      )}
    </>
  );
}
