/**
 * Where to go after sign-in. Auth.js hands back absolute URLs; only their path is kept,
 * so a crafted link can never send someone to another site.
 */
export function toSafeCallbackUrl(value: string | null | undefined): string {
  if (!value) return "/";
  let url: URL;
  try {
    url = new URL(value, "http://relative.invalid");
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
