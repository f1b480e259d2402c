/**
 * The vocabulary guard (run with every other guard: build, dev server, `npm run check`).
 * Each problem names the vocabulary file and the line of the status's entry:
 * - every active status has words in every locale, none left as a scaffold TODO;
 * - no word twice in one status, and no Japanese in an English word;
 * - no entry for a key the taxonomy does not have (TypeScript catches it too, but a test
 *   fixture or a half-done retire would slip past the compiler).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {locales, taxonomy, type Locale, type Taxonomy} from '../../taxonomy';
import {vocabulary as realVocabulary, vocabularyFile, type WordsByLocale} from './index';

export interface VocabularyProblem {
  readonly file: string;
  readonly message: string;
  /** A scaffold TODO: a warning on the dev server, an error in the build. */
  readonly incomplete?: boolean;
}

const japanese = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** 1-based line of `'key': [` in the file's source, or undefined when the file or the entry is not there. */
function entryLine(source: string | undefined, key: string): number | undefined {
  if (!source) return undefined;
  const index = source.split('\n').findIndex((line) => line.trimStart().startsWith(`'${key}': [`));
  return index < 0 ? undefined : index + 1;
}

export function checkVocabulary(
  siteDir: string,
  from: Taxonomy = taxonomy,
  words: WordsByLocale = realVocabulary,
): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const known = new Set([...from.all, ...from.retired].map((n) => n.key));
  for (const locale of locales) {
    const file = vocabularyFile(locale);
    const full = path.join(siteDir, file);
    const source = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    const at = (key: string) => {
      const line = entryLine(source, key);
      return line ? `line ${line}: ` : '';
    };
    const entries = words[locale];
    for (const status of from.all) {
      const list = entries[status.key] ?? [];
      if (list.length === 0) problems.push({file, message: `${at(status.key)}"${status.key}" has no ${locale} words: add what partners type for it`});
      const todo = list.find((w) => /\bTODO\b/.test(w));
      if (todo) problems.push({file, message: `${at(status.key)}"${status.key}": fill in the ${locale} words (still ${JSON.stringify(todo)})`, incomplete: true});
      const seen = new Set<string>();
      for (const word of list) {
        if (seen.has(word)) problems.push({file, message: `${at(status.key)}"${status.key}" lists ${JSON.stringify(word)} twice`});
        seen.add(word);
        if (locale === 'en' && japanese.test(word)) problems.push({file, message: `${at(status.key)}"${status.key}": English word ${JSON.stringify(word)} contains Japanese characters`});
      }
    }
    for (const key of Object.keys(entries)) {
      if (!known.has(key)) problems.push({file, message: `${at(key)}"${key}" is not a status in src/taxonomy/: remove its entry or fix the key`});
    }
  }
  return problems;
}
