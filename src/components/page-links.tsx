import { Link } from "@/components/link";

/**
 * "First page" and "Next page" links of a list paged with a cursor in the address (`?after=`), so each page is a
 * plain link: it works by keyboard and without JavaScript, and a refresh after a change keeps the page.
 */
export function PageLinks({ path, params = {}, cursor, nextCursor, label }: {
  path: string;
  params?: Record<string, string | undefined>;
  cursor: string | null | undefined;
  nextCursor: string | null;
  label: string;
}) {
  if (!cursor && !nextCursor) return null;
  const href = (after?: string) => {
    const query = new URLSearchParams(Object.entries({ ...params, after }).filter((e): e is [string, string] => Boolean(e[1])));
    return query.size > 0 ? `${path}?${query}` : path;
  };
  const linkClass = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-brand-700 hover:bg-slate-50";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap gap-3">
      {cursor && <Link href={href()} className={linkClass}>First page</Link>}
      {nextCursor && <Link href={href(nextCursor)} className={linkClass}>Next page</Link>}
    </nav>
  );
}
