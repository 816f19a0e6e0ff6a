import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { Toaster } from "@/components/toaster";
import { hasCoachDashboard } from "@/server/access/policy";
import { getCurrentActor } from "@/server/auth/session";
import { isOutboxAvailable } from "@/server/dev-tools/dev-tool-access";
import { TRPCReactProvider } from "@/trpc/react";
import { HydrateClient, getQueryClient, trpc } from "@/trpc/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Followthrough", template: "%s · Followthrough" },
  description: "Plan and send the follow-up after every job interview, with your career coach.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of that request's Content-Security-Policy
  // (set by scripts/lib/secure-request.mjs under npm start, by src/proxy.ts under next dev).
  // A page prerendered at build time would carry no nonce, and the policy would block its scripts.
  await connection();
  const actor = await getCurrentActor();
  const showOutbox = isOutboxAvailable(await headers());
  const coachMenu = actor ? hasCoachDashboard(actor) : false;
  // The menu's review count comes with the page. Fetched by the browser instead, it was still loading when the
  // page's own copy (the dashboard's notice) hydrated, which then rendered nothing where the server had the notice:
  // React regenerated the page, and a click made meanwhile was lost.
  if (coachMenu) await getQueryClient().prefetchQuery(trpc.draft.waitingCount.queryOptions());
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <TRPCReactProvider>
          <HydrateClient only={[trpc.draft.waitingCount.queryKey()]}>
            <SiteHeader actor={actor} coachMenu={coachMenu} showOutbox={showOutbox} />
          </HydrateClient>
          <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
            {children}
          </main>
          <Toaster />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
