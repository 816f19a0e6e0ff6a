import type { Metadata } from "next";
import { ErrorMessage } from "@/components/error-message";

export const metadata: Metadata = { title: "Not found" };

/** A page that does not exist, or that this person may not see: the same answer for both, so it reveals nothing. */
export default function NotFound() {
  return (
    <ErrorMessage title="We couldn't find that page">
      <p>There is nothing at this address, or it isn&apos;t shared with you.</p>
      <p className="text-sm text-ink-muted">If you followed a link, it may be old or cut short. Your dashboard has everything that is yours.</p>
    </ErrorMessage>
  );
}
