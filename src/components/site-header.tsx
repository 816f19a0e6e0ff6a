import Link from "next/link";
import { ReviewCountBadge } from "@/features/review/waiting-reviews";
import { signOutAction } from "@/server/auth/sign-in-actions";

type SiteHeaderProps = {
  /** Who is signed in, or null. */
  actor: { name: string | null; email: string } | null;
  /** The coach's menu rather than the client's: decided by policy.ts in the layout (hasCoachDashboard). */
  coachMenu: boolean;
  /** Whether this request may see the dev outbox (src/server/dev-tools). */
  showOutbox: boolean;
};

/** The menu. The layout reads the actor, the menu it gets, and the outbox's availability on the server and passes them in. */
export function SiteHeader({ actor, coachMenu, showOutbox }: SiteHeaderProps) {
  const items =
    actor && coachMenu
      ? [
          { href: "/", label: "Clients" },
          { href: "/review", label: "Review", badge: <ReviewCountBadge /> },
          { href: "/templates", label: "Templates" },
          { href: "/invitations", label: "Invitations" },
        ]
      : actor
        ? [
            { href: "/", label: "Interviews" },
            { href: "/interviews/new", label: "Log an interview" },
            { href: "/references", label: "References" },
          ]
        : [];
  if (actor) items.push({ href: "/settings", label: "Settings" });
  if (showOutbox) items.push({ href: "/dev/outbox", label: "Dev outbox" });

  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          Followthrough
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-2 text-sm font-medium">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded px-2 py-1 text-ink hover:bg-brand-50 hover:text-brand-700">
                  {item.label}
                  {"badge" in item && item.badge}
                </Link>
              </li>
            ))}
          </ul>
          {actor ? (
            <form action={signOutAction} className="flex items-center gap-2">
              <span className="hidden text-ink-muted sm:inline">{actor.name ?? actor.email}</span>
              <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
                Sign out
              </button>
            </form>
          ) : (
            <Link href="/sign-in" className="rounded bg-brand-600 px-3 py-1 text-white hover:bg-brand-700">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
