import type { ReactNode } from "react";
import { FloorProviders } from "./providers";

export const metadata = { title: "Floor" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <FloorProviders>{children}</FloorProviders>
      </body>
    </html>
  );
}
