/**
 * The vocabulary beside its data: every status has words in every locale, and the guard
 * names the file, the line and the status when the data is wrong (shown on broken copies).
 */
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {locales, taxonomy} from '../../taxonomy';
import {checkVocabulary} from './check';
import {vocabulary, vocabularyFile, type WordsByLocale} from './index';

const siteDir = path.resolve(__dirname, '../../..');
const subject = taxonomy.all.find((n) => n.level === 2) ?? taxonomy.all[0]!;

/** A copy of the vocabulary files (for line numbers) with one entry of one locale replaced. */
function brokenCopy(locale: 'ja' | 'en', key: string, words: readonly string[]): {dir: string; words: WordsByLocale; line: number} {
  const dir = mkdtempSync(path.join(tmpdir(), 'vocabulary-'));
  mkdirSync(path.join(dir, 'src/search/vocabulary'), {recursive: true});
  for (const l of locales) writeFileSync(path.join(dir, vocabularyFile(l)), readFileSync(path.join(siteDir, vocabularyFile(l)), 'utf8'));
  const line = readFileSync(path.join(dir, vocabularyFile(locale)), 'utf8').split('\n').findIndex((l) => l.includes(`'${key}': [`)) + 1;
  return {dir, words: {...vocabulary, [locale]: {...vocabulary[locale], [key]: words}}, line};
}

describe('search vocabulary', () => {
  it('passes the guard as committed', () => {
    expect(checkVocabulary(siteDir)).toEqual([]);
  });

  it.each(locales)('gives every active and retired status words in %s, each once', (locale) => {
    for (const status of [...taxonomy.all, ...taxonomy.retired]) {
      const words = (vocabulary[locale] as Record<string, readonly string[]>)[status.key] ?? [];
      expect(words.length, status.key).toBeGreaterThan(0);
      expect(new Set(words).size, status.key).toBe(words.length);
    }
  });

  it.each([
    ['an empty entry', 'ja', [], 'has no ja words'],
    ['a scaffold TODO', 'en', ['TODO: words a partner may type'], 'fill in the en words'],
    ['Japanese in an English word', 'en', ['VPN の問題'], 'contains Japanese characters'],
    ['a word twice', 'ja', ['同じ語', '同じ語'], 'twice'],
  ] as const)('names the file, the line and the status for %s', (_what, locale, words, message) => {
    const copy = brokenCopy(locale, subject.key, words);
    try {
      const problems = checkVocabulary(copy.dir, taxonomy, copy.words);
      expect(problems.map((p) => `${p.file}: ${p.message}`)).toContainEqual(expect.stringContaining(`${vocabularyFile(locale)}: line ${copy.line}: "${subject.key}"`));
      expect(problems.map((p) => p.message).join('\n')).toContain(message);
    } finally {
      rmSync(copy.dir, {recursive: true, force: true});
    }
  });

  it('names an entry whose key is not a status', () => {
    const words = {...vocabulary, en: {...vocabulary.en, 'blocked/no-such-status': ['word']}};
    expect(checkVocabulary(siteDir, taxonomy, words).map((p) => p.message)).toContainEqual(expect.stringContaining('"blocked/no-such-status" is not a status'));
  });
});
