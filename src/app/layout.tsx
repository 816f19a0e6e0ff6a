import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Followthrough", template: "%s · Followthrough" },
  description: "Plan and send the follow-up after every job interview, with your career coach.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of that request's Content-Security-Policy (src/proxy.ts).
  // A page prerendered at build time would carry no nonce, and the policy would block its scripts.
  await connection();
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
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
            {children}
          </main>
          <Toaster position="top-center" richColors closeButton />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
