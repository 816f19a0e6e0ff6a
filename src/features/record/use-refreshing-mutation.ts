"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";

/** Options for a mutation that changes what the current page shows: toast, then re-render the page. */
export function useRefreshAfter(success: string, onDone?: () => void) {
  const router = useRouter();
  return {
    onSuccess: () => {
      toast.success(success);
      onDone?.();
      router.refresh();
    },
    onError: (error: { message: string }) => {
      toast.error(error.message);
    },
  };
}
