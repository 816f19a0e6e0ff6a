/**
 * A stand-in for src/server/auth/auth.ts, for tests that call server actions: next-auth's
 * auth() needs a Next request. Use it with
 * `vi.mock("@/server/auth/auth", () => import("./support/fake-auth"))`; everything past the
 * session lookup (the actions, their services, the database) is the real code.
 */
let signedInUserId: string | null = null;

/** Who the next server action sees as signed in (null: nobody). */
export function signInAs(userId: string | null): void {
  signedInUserId = userId;
}

export async function auth() {
  return signedInUserId ? { user: { id: signedInUserId } } : null;
}

export async function signIn(): Promise<never> {
  throw new Error("signIn was reached");
}

export async function signOut(): Promise<never> {
  throw new Error("signOut was reached");
}

export const handlers = {};
