/**
 * The search vocabulary: what partners type for each status, per locale. It belongs to the
 * search, not to the pages: it is read into the search documents at build time
 * (src/plugins/status-search) and loaded by the tree filter when a partner starts typing,
 * and it is never printed on a page. A retired status keeps its words; the search gives
 * them to its successor, so what partners used to type still finds a status.
 */
import type {Locale} from '../../taxonomy';
import {en} from './en';
import {ja} from './ja';
import type {Vocabulary} from './types';

export type {Vocabulary};

/** Words by status key in every locale: the real vocabulary, or a test fixture's (which may add keys). */
export type WordsByLocale = {readonly [L in Locale]: Readonly<Record<string, readonly string[]>>};

export const vocabulary: {readonly [L in Locale]: Vocabulary} = {ja, en};

/** The data file of a locale's vocabulary (for guard messages). */
export const vocabularyFile = (locale: Locale): string => `src/search/vocabulary/${locale}.ts`;

/** The words of one status in one locale (none for a key the vocabulary does not have, e.g. a test fixture's). */
export function wordsOf(key: string, locale: Locale, from: WordsByLocale = vocabulary): readonly string[] {
  return from[locale][key] ?? [];
}
