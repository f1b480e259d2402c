/**
 * Rules for search queries, shared by the navbar box and the results page wrappers
 * (src/theme/SearchBar, src/theme/SearchPage).
 *
 * - Capped length: the search plugin fuzzy-matches every term; a pasted 2,000-character
 *   string keeps its worker busy for seconds, and its late answer replaces the next one.
 * - NFKC: full-width letters (ＶＰＮ) and half-width katakana (ﾗｲｾﾝｽ), which Japanese
 *   keyboards produce, otherwise match nothing in the index.
 */
export const maxSearchQueryLength = 200;

export function normalizeSearchQuery(query: string): string {
  return query.normalize('NFKC').slice(0, maxSearchQueryLength);
}
