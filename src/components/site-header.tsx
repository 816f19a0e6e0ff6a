import Link from "next/link";

const NAV_ITEMS = [{ href: "/", label: "Interviews" }] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          Followthrough
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm font-medium">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-2 py-1 text-ink hover:bg-brand-50 hover:text-brand-700">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
