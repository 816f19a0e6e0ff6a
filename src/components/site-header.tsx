import { Link } from "@/components/link";
import { MainNav, type NavItem } from "@/components/main-nav";
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

/** The id of the sign-out form, so the phone menu's item can submit it from inside the menu. */
const SIGN_OUT_FORM = "sign-out-form";

/**
 * The menu items, in one list: add a page here as one line (a `badge` shows a count beside its label).
 * The layout reads the actor, the menu it gets, and the outbox's availability on the server and passes them in.
 */
function navItemsFor({ actor, coachMenu, showOutbox }: SiteHeaderProps): NavItem[] {
  if (!actor) return [];
  const items: NavItem[] = coachMenu
    ? [
        { href: "/", label: "Clients" },
        { href: "/review", label: "Review", badge: <ReviewCountBadge /> },
        { href: "/templates", label: "Templates" },
        { href: "/invitations", label: "Invitations" },
        { href: "/practice", label: "Practice" },
      ]
    : [
        { href: "/", label: "Interviews" },
        { href: "/interviews/new", label: "Log an interview" },
        { href: "/references", label: "References" },
      ];
  items.push({ href: "/outcomes", label: coachMenu ? "Outcomes" : "Your progress" });
  items.push({ href: "/settings", label: "Settings" });
  if (showOutbox) items.push({ href: "/dev/outbox", label: "Dev outbox" });
  return items;
}

/** The site's header: the name, the menu (a list on wide screens, a menu button on a phone) and signing out. */
export function SiteHeader(props: SiteHeaderProps) {
  const { actor } = props;
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-3 px-4 py-2 sm:px-6 sm:py-3">
        <Link href="/" className="flex min-h-11 items-center text-lg font-semibold text-brand-700 sm:min-h-0">
          Followthrough
        </Link>
        {actor ? (
          <>
            <MainNav items={navItemsFor(props)} who={actor.name ?? actor.email} signOutForm={SIGN_OUT_FORM} />
            <form id={SIGN_OUT_FORM} action={signOutAction} className="hidden" />
          </>
        ) : (
          <Link href="/sign-in" className="flex min-h-11 items-center rounded bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700 sm:min-h-0">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
