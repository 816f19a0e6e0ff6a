import type { IncomingMessage } from "node:http";

export function isPrivateAddress(address: string | undefined): boolean;
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string;
export const UNTRUSTED_FORWARDING_HEADERS: string[];
export const LOCAL_REQUEST_HEADER: string;
export function normalizeForwardingHeaders(request: IncomingMessage, trustedProxies: number, appUrl: URL): void;
