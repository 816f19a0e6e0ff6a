import type { Metadata } from "next";
import { PrintButton } from "@/features/drafts/letter-actions";
import { requireActor } from "@/server/auth/session";
import { orNotFound, readRecordId } from "@/server/or-not-found";
import { caller } from "@/trpc/server";

export const metadata: Metadata = { title: "Print letter" };

/** The letter alone, in a serif face on a page, for printing or a handwritten copy. */
export default async function PrintDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const id = await readRecordId(params);
  await requireActor(`/drafts/${id}/print`);
  const draft = await orNotFound(caller.draft.get({ id }));
  const letter = draft.versions[0]!;
  return (
    <div className="space-y-4">
      <PrintButton />
      <article aria-label="Letter" className="mx-auto max-w-[42rem] bg-white p-10 font-serif text-lg leading-relaxed shadow print:p-0 print:shadow-none">
        {letter.body.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i} className="mb-5 whitespace-pre-line">{paragraph}</p>
        ))}
      </article>
    </div>
  );
}
