import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** `npm run screenshots`: the README's screenshots, on the desktop and phone projects of the browser tests' server. */
export default defineConfig({
  ...base,
  testDir: "scripts/screenshots",
  testMatch: /\.spec\.ts$/,
  reporter: [["list"]],
  projects: (base.projects ?? []).filter((project) => project.name === "desktop" || project.name === "phone").map((project) => ({ ...project, testIgnore: undefined })),
  webServer: Array.isArray(base.webServer) ? base.webServer[0] : base.webServer,
});
