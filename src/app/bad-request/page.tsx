import type { Metadata } from "next";
import { ErrorMessage } from "@/components/error-message";

export const metadata: Metadata = { title: "This address isn't right" };

/**
 * A malformed address (a broken %-escape, say): src/proxy.ts answers it with this page and status 400,
 * in place of the framework's bare "400 Bad Request".
 */
export default function BadRequestPage() {
  return (
    <ErrorMessage title="This address isn't right">
      <p>The link you followed is damaged: part of it can&apos;t be read. It may have been cut short or changed when it was copied.</p>
      <p className="text-sm text-ink-muted">Try the link again from where you found it, or go to your dashboard.</p>
    </ErrorMessage>
  );
}
