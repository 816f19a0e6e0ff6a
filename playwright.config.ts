import { defineConfig, devices } from "@playwright/test";
import { DEPLOYMENT_PORT } from "./e2e/support/deployment-server-settings";

const port = Number(process.env.E2E_PORT ?? 3100);
// With its development tools on, the server listens on 127.0.0.1 only; "localhost" reaches it, and
// is what Next.js itself calls 127.0.0.1 in the URLs it hands Auth.js.
const baseURL = `http://localhost:${port}`;
const deploymentURL = `http://localhost:${DEPLOYMENT_PORT}`;
const DEPLOYMENT_SPECS = /deployment\.spec\.ts$/;

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
  // A guard against a hung test, not a speed check: the longest journeys (log an interview,
  // write, review, schedule, move the clock) took over a minute on a busy 2-core machine.
  timeout: 240_000,
  expect: { timeout: 15_000 },
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
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: DEPLOYMENT_SPECS },
    { name: "phone", use: { ...devices["Pixel 7"] }, testIgnore: DEPLOYMENT_SPECS },
    // The production posture, on a server started as a deployment starts it (issue 12).
    { name: "deployment", use: { ...devices["Desktop Chrome"], baseURL: deploymentURL }, testMatch: DEPLOYMENT_SPECS },
  ],
  webServer: [
    {
      command: "rm -rf .data/e2e && npm run start",
      url: baseURL,
      // A production build with its development tools explicitly asked for, as only a test run
      // should: the embedded database with the demo practice, the dev outbox (sign-in links are
      // read there) and the test clock (plan.spec.ts fixes "now"). `npm start` then listens on
      // 127.0.0.1 only and prints a warning for each.
      env: {
        PORT: String(port),
        APP_URL: baseURL,
        AUTH_SECRET: "e2e-only-secret-not-for-any-deployment-000",
        FOLLOWTHROUGH_DATA_DIR: ".data/e2e",
        FOLLOWTHROUGH_EMBEDDED_DB: "1",
        FOLLOWTHROUGH_SEED_DEMO: "1",
        FOLLOWTHROUGH_OUTBOX: "1",
        FOLLOWTHROUGH_TEST_CLOCK: "1",
        // The suite signs the demo users in dozens of times from one address.
        FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_ADDRESS: "1000",
        FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_IP: "1000",
        // A production build defaults to invite-only; practice.spec.ts starts a practice on the web.
        FOLLOWTHROUGH_SIGN_UP: "anyone",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
    },
    {
      // PostgreSQL, db:migrate, practice:create, then `npm start` with only a deployment's settings.
      command: "npx tsx e2e/support/deployment-server.ts",
      url: `${deploymentURL}/sign-in`,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
