import { Link } from "@/components/link";

/** A page's title, with its main action beside it on wide screens and below it on phones. */
export function PageHeader({ title, action }: { title: string; action?: { href: string; label: string } }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {action && (
        <Link href={action.href} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          {action.label}
        </Link>
      )}
    </div>
  );
}
