import "server-only";
import { z } from "zod";

const configSchema = z.object({
  /** Public address of the app; links in emails point here. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** The product's verified sending domain. Clients' emails go out as "Jane Doe <notes@DOMAIN>". */
  MAIL_FROM_DOMAIN: z.string().min(3).default("followthrough.example"),
  RESEND_API_KEY: z.string().min(1).optional(),
  /** Where the Resend SDK posts. Unset means Resend itself; the launcher points it at the dev outbox. */
  RESEND_BASE_URL: z.url().optional(),
  /** The signing secret of Resend's webhook (whsec_…); without it the webhook endpoint is off. */
  RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  /** Calls per second to the provider from one process; 0 turns pacing off. Default: 2 with Resend, off for the outbox. */
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().min(0).optional(),
  /** "1" turns on the dev outbox: the local Resend-compatible endpoint and its page. */
  FOLLOWTHROUGH_OUTBOX: z.enum(["0", "1", ""]).optional(),
  /** Sign-in emails one address may ask for in 15 minutes. */
  FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_ADDRESS: z.coerce.number().int().min(1).default(3),
  /** Sign-in emails one client address (IP) may ask for in 15 minutes, whatever the addresses typed. */
  FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_IP: z.coerce.number().int().min(1).default(20),
  /**
   * Who may start a practice on the web: "anyone", "invite-only", or a comma-separated list of email
   * domains (a domain admits its subdomains). Unset: invite-only in production, anyone otherwise.
   */
  FOLLOWTHROUGH_SIGN_UP: z.string().trim().optional(),
  NODE_ENV: z.string().optional(),
});

export type AppConfig = {
  appUrl: string;
  mailFromDomain: string;
  resendApiKey: string | undefined;
  resendBaseUrl: string | undefined;
  resendWebhookSecret: string | undefined;
  resendRequestsPerSecond: number;
  outboxEnabled: boolean;
  rateLimits: { signInEmailsPerAddress: number; signInEmailsPerIp: number };
  signUp: SignUpSetting;
};

/** Who may start a practice on the web (README "Settings"). */
export type SignUpSetting = { kind: "anyone" } | { kind: "invite-only" } | { kind: "domains"; domains: string[] };

const domainName = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "anyone", "invite-only" or "coaches.example, Uni.EDU"; a deployment without the setting gets the safe default. */
export function parseSignUpSetting(value: string | undefined, nodeEnv: string | undefined): SignUpSetting | { error: string } {
  const raw = (value ?? "").trim().toLowerCase();
  // A production deployment opens sign-up only when it says so: an open portal sends mail to any address.
  if (raw === "") return nodeEnv === "production" ? { kind: "invite-only" } : { kind: "anyone" };
  if (raw === "anyone" || raw === "invite-only") return { kind: raw };
  const domains = raw.split(",").map((d) => d.trim().replace(/^@/, "")).filter(Boolean);
  const bad = domains.find((d) => !domainName.test(d));
  if (bad !== undefined || domains.length === 0) {
    return { error: `FOLLOWTHROUGH_SIGN_UP is not "anyone", "invite-only" or a comma-separated list of email domains: ${JSON.stringify(bad ?? value)}` };
  }
  return { kind: "domains", domains };
}

const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof typeof configSchema.shape)[];
let last: { key: string; config: AppConfig } | undefined;

/**
 * Reads the settings from the environment on each call, so tests can change them. The parse is kept while the
 * settings it read are the same: every request reads the settings (the proxy, the mail sender), and parsing the
 * whole schema each time showed in the server's profile; comparing a dozen strings does not.
 */
export function getConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const key = JSON.stringify(CONFIG_KEYS.map((name) => env[name] ?? null));
  if (last?.key === key) return last.config;
  const config = parseConfig(env);
  last = { key, config };
  return config;
}

function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const c = parsed.data;
  const signUp = parseSignUpSetting(c.FOLLOWTHROUGH_SIGN_UP, c.NODE_ENV);
  if ("error" in signUp) throw new Error(`Invalid configuration: ${signUp.error}`);
  return {
    appUrl: c.APP_URL.replace(/\/$/, ""),
    mailFromDomain: c.MAIL_FROM_DOMAIN,
    resendApiKey: c.RESEND_API_KEY,
    resendBaseUrl: c.RESEND_BASE_URL,
    resendWebhookSecret: c.RESEND_WEBHOOK_SECRET,
    resendRequestsPerSecond: c.RESEND_REQUESTS_PER_SECOND ?? (c.RESEND_API_KEY && c.FOLLOWTHROUGH_OUTBOX !== "1" ? 2 : 0),
    outboxEnabled: c.FOLLOWTHROUGH_OUTBOX === "1",
    rateLimits: { signInEmailsPerAddress: c.FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_ADDRESS, signInEmailsPerIp: c.FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_IP },
    signUp,
  };
}

/** Builds an absolute link into the app. */
export function buildAppUrl(path: string, config = getConfig()): string {
  return new URL(path, `${config.appUrl}/`).toString();
}
