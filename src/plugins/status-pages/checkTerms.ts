/**
 * The term guard: one wording per concept (src/taxonomy/terms.ts) in our own prose. Names the
 * file, the line, the variant and the wording to use instead, with the part of the line
 * around it. Where it looks:
 * - every page of both locales (docs/, i18n/en/…): Japanese variants in Japanese pages,
 *   English ones in English pages;
 * - the UI strings: the Japanese messages in src/components, src/pages and src/theme, the
 *   English ones in i18n/en/code.json;
 * - our own taxonomy strings: the finder, the boundary rules, and in the status data
 *   everything but the seed's wording (Japanese names, definitions and notes of seed
 *   statuses are the source document's, and exempt).
 * Not checked: quotations in 「」 (someone else's words), inline code, the vocabulary.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {locales, taxonomy, terms, type Locale, type Taxonomy, type Term} from '../../taxonomy';
import {docsDirs} from './files';

export interface TermProblem {
  readonly file: string;
  readonly message: string;
}

interface Source {
  readonly file: string;
  readonly locale: Locale;
  /** Lines to check, 1-based line numbers of the file. */
  readonly lines: readonly {readonly line: number; readonly text: string}[];
}

/** The text of a line that is ours: without 「quotations」, inline code, JSX tags, link targets and anchors. */
function ownText(text: string): string {
  return text
    .replace(/「[^「」]*」/g, (m) => ' '.repeat(m.length))
    .replace(/`[^`]*`/g, (m) => ' '.repeat(m.length))
    .replace(/<[A-Za-z][^>]*>/g, (m) => ' '.repeat(m.length))
    .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)) // a link's target (#account-team)
    .replace(/\{#[^}]*\}/g, (m) => ' '.repeat(m.length)); // a heading's anchor
}

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full, ext) : ext.test(entry) ? [full] : [];
  });
}

function lineSource(siteDir: string, full: string, locale: Locale, keep: (text: string) => boolean = () => true): Source {
  const file = path.relative(siteDir, full).split(path.sep).join('/');
  const lines = readFileSync(full, 'utf8')
    .split('\n')
    .map((text, i) => ({line: i + 1, text}))
    .filter((l) => keep(l.text));
  return {file, locale, lines};
}

/** Our own strings of the status data, each at the line where it stands in its file. */
function taxonomySources(siteDir: string, from: Taxonomy): Source[] {
  const sources: Source[] = [];
  for (const level of [1, 2, 3] as const) {
    const file = `src/taxonomy/l${level}.ts`;
    const full = path.join(siteDir, file);
    if (!existsSync(full)) continue;
    const text = readFileSync(full, 'utf8').split('\n');
    const lineOf = (value: string) => {
      const probe = value.slice(0, 40).replace(/'/g, "\\'");
      const index = text.findIndex((l) => l.includes(probe));
      return index + 1;
    };
    for (const locale of locales) {
      const values: string[] = [];
      for (const node of [...from.all, ...from.retired].filter((n) => n.level === level)) {
        // The seed's Japanese is the source document's wording: exempt.
        const seedJapanese = locale === 'ja' && node.origin === 'seed';
        if (!seedJapanese) values.push(node.name[locale], node.summary[locale], ...node.notes.map((n) => n.text[locale]));
        if (node.partnerStep) values.push(node.partnerStep[locale]);
        if (node.forEveryChild) values.push(node.forEveryChild.text[locale]);
        for (const c of node.corrections) values.push(c.reason[locale], ...(locale === 'en' ? [c.inEnglish.original, c.inEnglish.corrected] : []));
        if (node.retired) values.push(node.retired.reason[locale]);
      }
      sources.push({file, locale, lines: values.map((value) => ({line: lineOf(value), text: value}))});
    }
  }
  return sources;
}

export function termSources(siteDir: string, from: Taxonomy = taxonomy): Source[] {
  const sources: Source[] = [];
  for (const locale of locales) {
    for (const full of filesUnder(path.join(siteDir, docsDirs[locale]), /\.mdx?$/)) sources.push(lineSource(siteDir, full, locale));
  }
  const japaneseUi = /[\u3040-\u30ff\u4e00-\u9fff]/;
  for (const dir of ['src/components', 'src/pages', 'src/theme']) {
    for (const full of filesUnder(path.join(siteDir, dir), /\.tsx$/)) {
      // Comments are for developers; the messages are what readers see.
      sources.push(lineSource(siteDir, full, 'ja', (text) => japaneseUi.test(text) && !/^\s*(\/\/|\*|\/\*)/.test(text)));
    }
  }
  const codeJson = path.join(siteDir, 'i18n/en/code.json');
  if (existsSync(codeJson)) sources.push(lineSource(siteDir, codeJson, 'en', (text) => /"message":/.test(text)));
  for (const file of ['src/taxonomy/finder.ts', 'src/taxonomy/boundaries.ts']) {
    const full = path.join(siteDir, file);
    if (!existsSync(full)) continue;
    for (const locale of locales) sources.push(lineSource(siteDir, full, locale, (text) => text.includes(`${locale}: '`)));
  }
  return [...sources, ...taxonomySources(siteDir, from)];
}

/** Where `variant` stands in `text` once the allowed longer words are blanked out, or -1. */
function findVariant(text: string, variant: string, allowed: readonly string[]): number {
  let blanked = text;
  for (const word of allowed) blanked = blanked.split(word).join(' '.repeat(word.length));
  return blanked.indexOf(variant);
}

export function checkTerms(siteDir: string, from: Taxonomy = taxonomy, list: readonly Term[] = terms): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const source of termSources(siteDir, from)) {
    for (const {line, text} of source.lines) {
      const own = ownText(text);
      for (const term of list) {
        for (const variant of term.variants[source.locale]) {
          const at = findVariant(own, variant, term.allowed?.[source.locale] ?? []);
          if (at < 0) continue;
          const start = Math.max(0, at - 12);
          const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, at + variant.length + 12).trim()}…`;
          problems.push({
            file: source.file,
            message: `[term] line ${line}: "${variant}" → write "${term.preferred[source.locale]}" (${term.concept[source.locale]}; src/taxonomy/terms.ts): ${excerpt}`,
          });
        }
      }
    }
  }
  return problems;
}
