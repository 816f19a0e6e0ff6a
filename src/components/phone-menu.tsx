"use client";

import { X } from "lucide-react";
import { Dialog } from "radix-ui";
import type { DialogOnDemandProps } from "@/components/dialog-on-demand";
import { NavLinks, type NavItem } from "@/components/nav-links";

/**
 * The phone's menu sheet (Radix Dialog: focus moves in and is kept there, Escape closes it). Loaded when the "Menu"
 * button is first wanted (src/components/main-nav.tsx), which gives it the open state and its Content's props.
 */
export function PhoneMenu({ items, pathname, who, signOutForm, open, onOpenChange, contentProps }: DialogOnDemandProps & { items: NavItem[]; pathname: string; who: string; signOutForm: string }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 md:hidden" />
        <Dialog.Content
          {...contentProps}
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
              onNavigate={() => onOpenChange(false)}
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
  );
}
