import { ImageResponse } from "next/og";

// The home-screen icon of iOS, drawn at build time from the same mark as icon.svg.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#1f57b8" }}>
        <svg width="120" height="120" viewBox="0 0 64 64">
          <path d="M16 34l10 10 22-24" fill="none" stroke="#ffffff" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
          <circle cx="48" cy="46" r="5" fill="#d9eaff" />
        </svg>
      </div>
    ),
    size,
  );
}
