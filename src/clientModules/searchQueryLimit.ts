/**
 * The search plugin fuzzy-matches every query term; a pasted 2,000-character string keeps
 * its worker busy for seconds and leaves stale suggestions. No status needs more than a
 * few words, so search queries are capped (the navbar box here, the results page in
 * src/theme/SearchPage).
 */
export const maxSearchQueryLength = 200;

export function onRouteDidUpdate(): void {
  document.querySelectorAll<HTMLInputElement>('.navbar__search-input').forEach((input) => {
    input.maxLength = maxSearchQueryLength;
  });
}
