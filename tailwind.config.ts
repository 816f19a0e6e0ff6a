import type { Config } from "tailwindcss";

// Design tokens, loaded by src/app/globals.css through Tailwind 4's @config.
const config: Config = {
  content: ["./src/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          500: "#2f6fdb",
          600: "#1f57b8",
          700: "#1b4694",
          900: "#172f5c",
        },
        ink: { DEFAULT: "#1c2430", muted: "#5b6675" },
      },
      fontFamily: {
        // System fonts: next/font/google cannot reach Google's servers on these machines.
        sans: ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
};

export default config;
