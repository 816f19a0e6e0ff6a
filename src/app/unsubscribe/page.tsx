import type { Metadata } from "next";
import { Link } from "@/components/link";
import { UnsubscribeForm } from "@/features/digests/unsubscribe-form";
import { getNow } from "@/server/clock";
import { checkUnsubscribeLink, describeRefusedUnsubscribeLink } from "@/server/digests/unsubscribe-link";

export const metadata: Metadata = { title: "Unsubscribe" };

/** Linked from every digest; works without signing in. A link that is forged or past its expiry says so at once. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ u?: string; e?: string; s?: string }> }) {
  const { u = "", e = "", s = "" } = await searchParams;
  const state = checkUnsubscribeLink({ u, e, s }, getNow());
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">Unsubscribe from the weekly digest</h1>
      {state === "valid" ? (
        <UnsubscribeForm userId={u} expiresAt={e} signature={s} />
      ) : (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <p role="alert" className="text-red-800">
            {describeRefusedUnsubscribeLink(state)}
          </p>
          <p>
            <Link href="/settings" className="underline">
              Open your digest settings
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
