import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

/**
 * Runs against a production build (`npm run build` first) in Debian's Chromium, which
 * `.ci/run` installs; Playwright cannot download its own browsers on these machines.
 * The server gets a fresh embedded database in .data/e2e on every run.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"] } },
  ],
  webServer: {
    command: "rm -rf .data/e2e && npm run start",
    url: baseURL,
    // The test-only clock lets plan.spec.ts fix "now"; it is refused where a Resend key is set.
    env: { PORT: String(port), FOLLOWTHROUGH_DATA_DIR: ".data/e2e", NEXT_TELEMETRY_DISABLED: "1", FOLLOWTHROUGH_TEST_CLOCK: "1" },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "pipe",
  },
});
