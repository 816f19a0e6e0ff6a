import type { IncomingMessage } from "node:http";

export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string;
export const UNTRUSTED_FORWARDING_HEADERS: string[];
export function normalizeForwardingHeaders(request: IncomingMessage, trustedProxies: number): void;
