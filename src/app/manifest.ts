import type { MetadataRoute } from "next";

/** Lets a phone add Followthrough to its home screen, with its name, colours and icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Followthrough",
    short_name: "Followthrough",
    description: "Plan and send the follow-up after every job interview, with your career coach.",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1f57b8",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
