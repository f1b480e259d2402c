/**
 * "Did you mean": the status pages closest to an unknown path, for the 404 page. A path is
 * compared with each status's URL key (`blocked/legal-regulatory`), its last segment with
 * the status id and with its name in both languages (a partner may type `/ブロック`), by
 * edit distance relative to the length, so one typo in a long id still ranks first.
 * Retired statuses are candidates too (an old email's link, mistyped): their URL answers
 * with the page that names the successor. On a tie an active status comes first.
 */
import {localePrefix, locales, taxonomy, type StatusNode, type Taxonomy} from '../taxonomy';

/** Levenshtein distance (insert, delete, substitute: 1 each). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const relative = (a: string, b: string) => editDistance(a, b) / Math.max(a.length, b.length, 1);

/** Segments of a site-relative raw path, decoded and lower-cased, without the locale prefix. */
export function pathSegments(rawPath: string): string[] {
  let decoded = rawPath;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    // A broken escape: compare the raw text.
  }
  const segments = decoded.toLowerCase().replace(/(\/index)?\.html?$/, '').split('/').filter(Boolean);
  const prefixes = locales.map((l) => localePrefix(l).slice(1)).filter(Boolean);
  return prefixes.includes(segments[0] ?? '') ? segments.slice(1) : segments;
}

/** Up to `limit` statuses whose URL or name is close to the path, closest first. */
export function suggestStatuses(rawPath: string, limit = 3, from: Taxonomy = taxonomy): StatusNode[] {
  const segments = pathSegments(rawPath);
  if (segments.length === 0) return [];
  const key = segments.join('/');
  const last = segments[segments.length - 1]!;
  const scored = [...from.all, ...from.retired].map((status, order) => {
    const byKey = relative(key, status.key);
    // The last segment alone: a right id under a wrong or missing L1 still counts, a bit less.
    const byId = relative(last, status.id) + 0.1;
    // A name may hold a slash itself (法務/規制): compare the whole path and its last segment.
    const byName = Math.min(...locales.flatMap((l) => [key, last].map((text) => relative(text, status.name[l].toLowerCase())))) + 0.05;
    return {status, order, score: Math.min(byKey, byId, byName)};
  });
  return scored
    .filter(({score}) => score <= 0.5)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({status}) => status);
}
