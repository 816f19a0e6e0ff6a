import { Link } from "@/components/link";
import { ScrollRegion } from "@/components/scroll-region";
import { DRAFT_STATUS_LABELS } from "@/lib/draft-labels";
import { PERSON_ROLE_LABELS } from "@/lib/interview-labels";

type Person = {
  id: string;
  name: string;
  role: keyof typeof PERSON_ROLE_LABELS;
  title: string | null;
  email: string | null;
  phone: string | null;
  recallNote: string | null;
  emailBouncedAt: Date | null;
};
type Draft = { id: string; recipientPersonId: string | null; status: keyof typeof DRAFT_STATUS_LABELS; versions: { subject: string }[] };

const LABEL = "People at the interview";

/**
 * The people met at an interview, with what to recall about each and where their thank-you stands.
 * A phone gets one card per person, with nothing cut off and no sideways scroll; a wide screen gets a
 * table. The layout not in use is `display: none`, so a screen reader meets the people once.
 */
export function InterviewPeople({ people, drafts }: { people: Person[]; drafts: Draft[] }) {
  if (people.length === 0) return <p className="text-ink-muted">No one recorded yet.</p>;
  const draftsTo = (person: Person) => drafts.filter((d) => d.recipientPersonId === person.id);
  return (
    <>
      <ul aria-label={LABEL} className="space-y-3 md:hidden">
        {people.map((person) => (
          <li key={person.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">{person.name}</h3>
            <dl className="mt-2 grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              <dt className="text-ink-muted">Role</dt>
              <dd>{PERSON_ROLE_LABELS[person.role]}</dd>
              {person.title && (
                <>
                  <dt className="text-ink-muted">Title</dt>
                  <dd>{person.title}</dd>
                </>
              )}
              {person.email && (
                <>
                  <dt className="text-ink-muted">Email</dt>
                  <dd className="[overflow-wrap:anywhere]">
                    {person.email} <BouncedBadge person={person} />
                  </dd>
                </>
              )}
              {person.phone && (
                <>
                  <dt className="text-ink-muted">Phone</dt>
                  <dd>{person.phone}</dd>
                </>
              )}
              <dt className="text-ink-muted">To recall</dt>
              <dd className="[overflow-wrap:anywhere]">{person.recallNote || <span className="text-ink-muted">Nothing noted</span>}</dd>
              <dt className="text-ink-muted">Thank-you</dt>
              <dd>
                <ThankYouState drafts={draftsTo(person)} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>

      <div className="hidden md:block">
        <ScrollRegion label={LABEL} className="rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{LABEL}</caption>
            <thead className="bg-slate-50 text-ink-muted">
              <tr>
                <th scope="col" className="px-3 py-2">Name</th>
                <th scope="col" className="px-3 py-2">Role</th>
                <th scope="col" className="px-3 py-2">Title</th>
                <th scope="col" className="px-3 py-2">Contact</th>
                <th scope="col" className="px-3 py-2">To recall</th>
                <th scope="col" className="px-3 py-2">Thank-you</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row" className="px-3 py-2 font-medium">{person.name}</th>
                  <td className="px-3 py-2">{PERSON_ROLE_LABELS[person.role]}</td>
                  <td className="px-3 py-2">{person.title}</td>
                  <td className="px-3 py-2">
                    {[person.email, person.phone].filter(Boolean).join(" · ")} <BouncedBadge person={person} />
                  </td>
                  <td className="px-3 py-2">{person.recallNote}</td>
                  <td className="px-3 py-2">
                    <ThankYouState drafts={draftsTo(person)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </>
  );
}

function BouncedBadge({ person }: { person: Person }) {
  if (!person.emailBouncedAt) return null;
  return <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">Email bounced: check the address</span>;
}

/** Each draft to the person, linked, with its state; the drafts themselves are started under "Letters and emails". */
function ThankYouState({ drafts }: { drafts: Draft[] }) {
  if (drafts.length === 0) return <span className="text-ink-muted">No draft yet</span>;
  return (
    <ul className="space-y-1">
      {drafts.map((d) => (
        <li key={d.id}>
          <Link href={`/drafts/${d.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center">
            {d.versions[0]?.subject ?? "Draft"}
          </Link>{" "}
          <span className="text-ink-muted">· {DRAFT_STATUS_LABELS[d.status]}</span>
        </li>
      ))}
    </ul>
  );
}
