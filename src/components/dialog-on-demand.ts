"use client";

import { useId, useRef, useState } from "react";

/**
 * A dialog whose code loads when first wanted, not with the page: Radix's Dialog (focus trap, dismissable layer,
 * scroll lock) is some 15 kB gzipped that most visits never open. The trigger is a plain button rendered at once,
 * with the semantics Radix's own trigger gives (aria-haspopup, aria-expanded, aria-controls, data-state). Hovering,
 * focusing or pressing it starts loading the dialog's module (`load`); a click mounts the dialog, open, and from then on
 * it stays mounted. The dialog's content passes `onCloseAutoFocus` to Radix's Content so focus goes back to the button,
 * as Radix's own trigger would have it. `onOpen` runs on each press, before the dialog opens.
 */
export function useDialogOnDemand(load: () => Promise<unknown>, onOpen?: () => void) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentId = useId();
  // A failed preload is not reported here: the click's own load of the same module shows the error.
  const preload = () => void load().catch(() => {});
  return {
    open,
    setOpen,
    /** True from the first press on: render the dialog (a `loadOnDemand` component) only then. */
    wanted,
    triggerProps: {
      ref: triggerRef,
      type: "button" as const,
      "aria-haspopup": "dialog" as const,
      "aria-expanded": open,
      "aria-controls": open ? contentId : undefined,
      "data-state": open ? "open" : "closed",
      onPointerEnter: preload,
      onPointerDown: preload,
      onFocus: preload,
      onClick: () => {
        onOpen?.();
        setWanted(true);
        setOpen(true);
      },
    },
    /** For Radix's Content: its id (the button's aria-controls), and focus back on the button when it closes. */
    contentProps: {
      id: contentId,
      onCloseAutoFocus: (event: Event) => {
        event.preventDefault();
        triggerRef.current?.focus();
      },
    },
  };
}

/** What a dialog loaded on demand is given: controlled open state, and `contentProps` for its Radix Content. */
export type DialogOnDemandProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  contentProps: ReturnType<typeof useDialogOnDemand>["contentProps"];
};
