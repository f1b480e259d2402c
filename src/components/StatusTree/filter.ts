/**
 * Instant filter for the status tree. Pure functions, so the tests exercise the same code.
 *
 * Matching is substring-based on text normalised as search normalises it (src/search/normalize.ts):
 * it works for kanji and katakana (`移行`, `ライセンス`), for full-width and half-width forms
 * (`ＶＰＮ`, `ﾗｲｾﾝｽ`), with or without the long-vowel mark (`ユーザトレーニング`), and for
 * English regardless of case. White space is ignored inside a term, so `IT変更管理`
 * finds 「IT 変更管理」; several terms separated by spaces must all match.
 */
import type {Locale, StatusNode} from '../../taxonomy';
import {normalizeForMatch} from '../../search/normalize';

// The search's normalisation, so the filter and search agree on every spelling variant.
export {normalizeForMatch};

export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/\s+/)
    .map(normalizeForMatch)
    .filter(Boolean);
}

const searchableCache = new WeakMap<StatusNode, Partial<Record<Locale, string>>>();

/** Everything a partner may match a status by, in one locale (normalised once per node). */
export function searchableText(node: StatusNode, locale: Locale): string {
  const cached = searchableCache.get(node) ?? {};
  cached[locale] ??= normalizeForMatch(
    [node.name[locale], node.summary[locale], ...node.keywords[locale], ...node.notes.map((n) => n.text[locale])].join('\n'),
  );
  searchableCache.set(node, cached);
  return cached[locale];
}

export function matchesQuery(node: StatusNode, locale: Locale, terms: readonly string[]): boolean {
  const text = searchableText(node, locale);
  return terms.every((term) => text.includes(term));
}

export interface FilterResult {
  /** Nodes whose own text matches. */
  readonly matched: ReadonlySet<string>;
  /** Nodes to show: matches, their ancestors (for context) and their descendants. */
  readonly visible: ReadonlySet<string>;
}

export function filterTree(roots: readonly StatusNode[], locale: Locale, query: string): FilterResult | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const matched = new Set<string>();
  const visible = new Set<string>();
  const showAll = (n: StatusNode) => {
    visible.add(n.key);
    n.children.forEach(showAll);
  };
  const visit = (n: StatusNode): boolean => {
    if (matchesQuery(n, locale, terms)) {
      matched.add(n.key);
      showAll(n);
      return true;
    }
    const anyChild = n.children.map(visit).some(Boolean);
    if (anyChild) visible.add(n.key);
    return anyChild;
  };
  roots.forEach(visit);
  return {matched, visible};
}
