import type { Metadata } from "next";
import { UnsubscribeForm } from "@/features/digests/unsubscribe-form";

export const metadata: Metadata = { title: "Unsubscribe" };

/** Linked from every digest; works without signing in. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ u?: string; s?: string }> }) {
  const { u = "", s = "" } = await searchParams;
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">Unsubscribe from the weekly digest</h1>
      <UnsubscribeForm userId={u} signature={s} />
    </div>
  );
}
