// Types of security-headers.mjs (plain JavaScript, because scripts/web-server.mjs runs it under node itself).
export type SecurityHeaderSettings = {
  /** The public address of the app, from the environment (APP_URL), never from the request. */
  appUrl: string;
  /** `next dev`: React rebuilds server error stacks with eval, and the dev overlay injects styles without a nonce. */
  isDevelopment: boolean;
};
export type SecurityHeaderPlan = { headers: Record<string, string>; requestPolicy: string | undefined; malformed: boolean };

export const SECURED_REQUEST_HEADER: string;
export const SONNER_STYLE_HASHES: string[];
export function createNonce(): string;
export function buildPageContentSecurityPolicy(settings: SecurityHeaderSettings, nonce: string): string;
export function buildResourceContentSecurityPolicy(settings: SecurityHeaderSettings): string;
export function buildSecurityHeaders(settings: SecurityHeaderSettings, nonce?: string): Record<string, string>;
export function planSecurityHeaders(pathname: string, settings: SecurityHeaderSettings): SecurityHeaderPlan;
export function isMalformedPath(pathname: string): boolean;
