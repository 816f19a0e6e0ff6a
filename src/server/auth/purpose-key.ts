import "server-only";
import { hkdfSync } from "node:crypto";
import { getAuthSecret } from "./sign-in-link";

/**
 * HKDF info labels, one per use of a key derived from AUTH_SECRET. AUTH_SECRET itself
 * belongs to Auth.js (it hashes sign-in tokens with it); our own signatures use keys
 * derived for one purpose each, so a value signed for one thing is worthless for another,
 * and a new version label retires every value signed under the old one.
 */
const KEY_PURPOSES = {
  unsubscribe: "followthrough unsubscribe v1",
} as const;

export type KeyPurpose = keyof typeof KEY_PURPOSES;

export function derivePurposeKey(purpose: KeyPurpose, secret = getAuthSecret()): Buffer {
  // No salt: AUTH_SECRET is already a random key (RFC 5869 §3.1 allows an empty salt then).
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), KEY_PURPOSES[purpose], 32));
}
