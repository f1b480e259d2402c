/**
 * Instant filter for the status tree. Pure functions, so the tests exercise the same code.
 * It matches a status's name, definition and notes, and the words partners type for it (the
 * search vocabulary, passed in once the tree has fetched it).
 *
 * Matching is substring-based on text normalised as search normalises it (src/search/normalize.ts):
 * it works for kanji and katakana (`移行`, `ライセンス`), for full-width and half-width forms
 * (`ＶＰＮ`, `ﾗｲｾﾝｽ`), with or without the long-vowel mark (`ユーザトレーニング`), and for
 * English regardless of case. White space is ignored inside a term, so `IT変更管理`
 * finds 「IT 変更管理」; several terms separated by spaces must all match.
 */
import type {LocalNode} from '../../taxonomy/localized';
import {withoutEmphasis} from '../../taxonomy/emphasis';
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

/**
 * The words that find each status, by key: the search vocabulary (src/search/vocabulary/),
 * fetched when a partner starts typing (`loadStatusWords`). Until it is there, the filter
 * matches names, definitions and notes only.
 */
export type StatusWords = Readonly<Record<string, readonly string[]>>;

const noWords: StatusWords = {};
const searchableCache = new WeakMap<StatusWords, WeakMap<LocalNode, string>>();

/** Everything a partner may match a status by (normalised once per node and word list). */
export function searchableText(node: LocalNode, words: StatusWords = noWords): string {
  let byNode = searchableCache.get(words);
  if (!byNode) searchableCache.set(words, (byNode = new WeakMap()));
  let text = byNode.get(node);
  if (text === undefined) {
    text = normalizeForMatch([node.name, node.summary, ...(words[node.key] ?? []), ...node.notes.map((n) => withoutEmphasis(n.text))].join('\n'));
    byNode.set(node, text);
  }
  return text;
}

export function matchesQuery(node: LocalNode, terms: readonly string[], words: StatusWords = noWords): boolean {
  const text = searchableText(node, words);
  return terms.every((term) => text.includes(term));
}

/** The words of a status that contain one of the terms (shown under a match, so the partner sees why it is listed). */
export function matchedWords(node: LocalNode, terms: readonly string[], words: StatusWords): string[] {
  return (words[node.key] ?? []).filter((word) => terms.some((term) => normalizeForMatch(word).includes(term)));
}

export interface FilterResult {
  /** Nodes whose own text matches. */
  readonly matched: ReadonlySet<string>;
  /** Nodes to show: matches, their ancestors (for context) and their descendants. */
  readonly visible: ReadonlySet<string>;
}

export function filterTree(roots: readonly LocalNode[], query: string, words: StatusWords = noWords): FilterResult | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const matched = new Set<string>();
  const visible = new Set<string>();
  const showAll = (n: LocalNode) => {
    visible.add(n.key);
    n.children.forEach(showAll);
  };
  const visit = (n: LocalNode): boolean => {
    if (matchesQuery(n, terms, words)) {
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
