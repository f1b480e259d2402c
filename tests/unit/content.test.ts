/**
 * The content check (src/plugins/status-pages/checkContent.ts) passes on the real pages,
 * and each of its rules is proven by breaking a copy of a page.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkContent, checkPageContent, formatContentProblems} from '../../src/plugins/status-pages/checkContent';
import {expectedPageFile, extraDocIds} from '../../src/plugins/status-pages/files';
import {taxonomy} from '../../src/taxonomy';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('content check on the real site', () => {
  it('passes for every status page, the glossary and the history, in both locales', () => {
    const problems = checkContent(root, taxonomy, extraDocIds);
    expect(formatContentProblems(problems)).toBe('');
  });
});

describe('content check rules', () => {
  // Any L2 with pages will do; the first one is taken from the taxonomy.
  const l2 = taxonomy.all.find((n) => n.level === 2)!;
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

  it('reports a link to a status that does not exist, with the file line and the closest keys', () => {
    const typo = `${l2.key}x`;
    const source = `${ja}\n詳しくは <StatusLink to="${typo}" /> を参照してください。\n`;
    const line = source.split('\n').findIndex((l) => l.includes(typo)) + 1;
    expect(rules(jaFile, source, 'ja').join('\n')).toContain(
      `${jaFile}: [status-link] line ${line}: <StatusLink to="${typo}" /> points to no status in the taxonomy. Closest known keys: ${l2.key}`,
    );
  });

  it('reports an h2 without an explicit ASCII id', () => {
    expect(rules(jaFile, `${ja}\n\n## 補足\n\n補足です。\n`, 'ja')).toContain(`${jaFile}: [heading-id] h2 "補足" needs an explicit ASCII id, e.g. {#when-to-use}`);
  });

  // Line numbers are the file's, as an editor shows them (front matter included).
  const lineOfText = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('reports Japanese characters in an English page, with the file’s line number and the offending part of the line', () => {
    const long = `This line explains at some length what partners do before the stray word, and only then says ${'「移行」'} in it.`;
    const source = `${en}\n${long}\n`;
    const [message] = rules(enFile, source, 'en').filter((m) => m.includes('[english-only]'));
    expect(message).toContain(`${enFile}: [english-only] line ${lineOfText(source, '「移行」')} contains Japanese characters: …`);
    // The window is around the Japanese, not the line's first characters.
    expect(message).toContain('「移行」 in it.');
    expect(message).not.toContain(long.slice(0, 20));
  });

  it('reports an untranslated English paragraph in a Japanese page, with the file’s line number', () => {
    const source = `${ja}\nThe customer is blocked by a regulation.\n`;
    expect(rules(jaFile, source, 'ja')).toContain(
      `${jaFile}: [japanese-only] line ${lineOfText(source, 'The customer is blocked')} is an untranslated English paragraph: The customer is blocked by a regulation.`,
    );
  });

  it('reports a placeholder left by the scaffold', () => {
    const source = `${ja}\n- TODO: 例を書いてください。\n`;
    expect(rules(jaFile, source, 'ja')).toContain(`${jaFile}: [placeholder] line ${lineOfText(source, 'TODO')}: fill in the placeholder: - TODO: 例を書いてください。`);
  });

});
