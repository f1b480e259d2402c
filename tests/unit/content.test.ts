/**
 * The content check (src/plugins/status-pages/checkContent.ts) passes on the real pages,
 * and each of its rules is proven by breaking a copy of a page.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent, checkPageContent, formatContentProblems} from '../../src/plugins/status-pages/checkContent';
import {expectedPageFile, extraDocIds} from '../../src/plugins/status-pages/files';
import {buildTaxonomy, getStatus, l1Statuses, l2Statuses, taxonomy, type L2Data} from '../../src/taxonomy';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('content check on the real site', () => {
  it('passes for every status page, the glossary and the history, in both locales', () => {
    const problems = checkContent(root, taxonomy, extraDocIds);
    expect(formatContentProblems(problems)).toBe('');
  });
});

describe('content check rules', () => {
  const l2 = getStatus('blocked/legal-regulatory');
  const jaFile = expectedPageFile('ja', l2.key);
  const enFile = expectedPageFile('en', l2.key);
  const ja = read(jaFile);
  const en = read(enFile);
  const rules = (file: string, source: string, locale: 'ja' | 'en', status = l2) =>
    checkPageContent(file, source, status, locale, taxonomy).map((p) => `${p.file}: [${p.rule}] ${p.message}`);

  it('reports a missing required section', () => {
    expect(rules(jaFile, ja.replace('{#questions}', '{#kakunin}'), 'ja')).toContain(`${jaFile}: [required-section] missing section {#questions}`);
  });

  it('reports fewer than 3 examples', () => {
    const section = /## このステータスを使う場面 \{#when-to-use\}[\s\S]*?(?=\n## )/.exec(ja)![0];
    const trimmed = '## このステータスを使う場面 {#when-to-use}\n\n- 例がひとつだけです。\n';
    expect(rules(jaFile, ja.replace(section, trimmed), 'ja').join('\n')).toMatch(/\[examples\] \{#when-to-use\} has 1 example\(s\); at least 3 are needed/);
  });

  it('reports a not-this-one section without a link to another status', () => {
    const section = /## 別のステータスを選ぶ場合 \{#not-this-one\}[\s\S]*?(?=\n## )/.exec(ja)![0];
    const withoutLinks = section.replace(/<StatusLink to="[^"]*"[^>]*\/>/g, '別のステータス');
    expect(rules(jaFile, ja.replace(section, withoutLinks), 'ja')).toContain(`${jaFile}: [look-alike-link] {#not-this-one} links to no other existing status (use <StatusLink to="…" />)`);
  });

  it('reports a link to a status that does not exist', () => {
    expect(rules(jaFile, `${ja}\n\n詳しくは <StatusLink to="blocked/nope" /> を参照してください。\n`, 'ja')).toContain(
      `${jaFile}: [status-link] <StatusLink to="blocked/nope" /> points to no status in the taxonomy`,
    );
  });

  it('reports an h2 without an explicit ASCII id', () => {
    expect(rules(jaFile, `${ja}\n\n## 補足\n\n補足です。\n`, 'ja')).toContain(`${jaFile}: [heading-id] h2 "補足" needs an explicit ASCII id, e.g. {#when-to-use}`);
  });

  it('reports Japanese characters in an English page', () => {
    expect(rules(enFile, `${en}\n\nThis line has a stray 「移行」 in it.\n`, 'en').join('\n')).toMatch(/\[english-only\] line \d+ of the body contains Japanese characters/);
  });

  it('reports an untranslated English paragraph in a Japanese page', () => {
    expect(rules(jaFile, `${ja}\n\nThe customer is blocked by a regulation.\n`, 'ja').join('\n')).toMatch(/\[japanese-only\] line \d+ is an untranslated English paragraph/);
  });

  it('reports a status without keywords, naming the data file', () => {
    const l2WithoutKeywords = l2Statuses.map((s): L2Data => (s.id === 'migration' ? {...s, keywords: {ja: [], en: ['migration']}} : s));
    const fixture = buildTaxonomy(l1Statuses, l2WithoutKeywords, []);
    expect(formatContentProblems(checkContent(root, fixture))).toContain('src/taxonomy/l2.ts: [keywords] "in-progress/migration" has no ja keywords');
  });
});
