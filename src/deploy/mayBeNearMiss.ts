/**
 * Whether a site-relative path has anything a permanent status URL never has: upper case,
 * `//`, a trailing slash other than a home page's, a character outside lower-case ASCII
 * ids. Kept apart from canonical.ts (which needs the taxonomy) so the browser can ask it on
 * every page load for nothing and load the rules only when it says yes.
 */
export function mayBeNearMiss(path: string, homes: readonly string[]): boolean {
  return !homes.includes(path) && /[A-Z]|\/\/|\/$|[^a-z0-9/_-]/.test(path);
}
