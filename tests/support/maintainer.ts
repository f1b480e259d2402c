/**
 * What a maintainer writes after `npm run status:add`, and when retiring a status, done to a
 * temporary copy of the site (tests/guards/tempSite.ts) the way the README's "Changing the
 * taxonomy" says: each edit is made where the scaffold or the procedure puts it, found in
 * the file's text. When the scaffold's output is not where expected, it says so.
 */
import type {Locale, Localized} from '../../src/taxonomy';
import {DataSource, type LineRange} from '../../src/taxonomy/dataSource';
import {readdirSync} from 'node:fs';
import {docsDirs, expectedPageFile} from '../../src/plugins/status-pages/files';
import type {TempSite} from '../guards/tempSite';

/** A TypeScript single-quoted string. */
export const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The scaffold's placeholders (src/taxonomy/scaffold.ts), as it writes them. */
const scaffoldTodo = {
  name: {ja: "'TODO: 日本語の名前'", en: "'TODO: English name'"},
  summary: {ja: "'TODO: 日本語の定義 (1 段落)'", en: "'TODO: English definition (one paragraph)'"},
  label: {ja: "'TODO: 日本語の選択肢'", en: "'TODO: English answer'"},
  words: {ja: "'TODO: パートナーが入力しそうな言葉'", en: "'TODO: words a partner may type'"},
} as const;

export interface StatusTexts {
  readonly name: Localized;
  readonly summary: Localized;
  /** What partners type for it (src/search/vocabulary/{ja,en}.ts). */
  readonly words: Localized<readonly string[]>;
  /** The finder answer's label. */
  readonly answer: Localized;
  /** Sentences for the pages' TODO lines, used in turn (a line's <StatusLink /> is kept). */
  readonly page: Localized<readonly string[]>;
}

const levelOf = (key: string) => key.split('/').length as 2 | 3;
const idOf = (key: string) => key.split('/').at(-1)!;
const parentOf = (key: string) => key.split('/').slice(0, -1).join('/');
export const dataFileOf = (key: string) => `src/taxonomy/l${levelOf(key)}.ts`;
export const vocabularyFileOf = (locale: Locale) => `src/search/vocabulary/${locale}.ts`;

/** Replaces `from` by `to` within the lines of a range, once; throws naming the file when it is not there. */
function replaceIn(site: TempSite, file: string, range: LineRange | undefined, from: string, to: string): void {
  if (!range) throw new Error(`${file}: the entry to fill is not there (has the scaffold changed?)`);
  const lines = site.read(file).split('\n');
  const index = lines.findIndex((line, i) => i + 1 >= range.start && i + 1 <= range.end && line.includes(from));
  if (index < 0) throw new Error(`${file}: ${from} not found in lines ${range.start}–${range.end} (has the scaffold changed?)`);
  lines[index] = lines[index]!.replace(from, to);
  site.write(file, lines.join('\n'));
}

/** The lines of a status's entry in its data file. */
export function entryOf(site: TempSite, key: string): LineRange | undefined {
  const file = dataFileOf(key);
  return new DataSource(file, site.read(file)).statusEntry(idOf(key), parentOf(key));
}

/** The line of a status's entry in a vocabulary file, and the lines of its words. */
export function vocabularyEntryOf(site: TempSite, locale: Locale, key: string): LineRange | undefined {
  const lines = site.read(vocabularyFileOf(locale)).split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(`${quoted(key)}: [`));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.trimStart().startsWith('],'));
  return {start: start + 1, end: end + 1};
}

/** The finder answer the scaffold added for a status (its id is the status id), as a range. */
export function scaffoldAnswerOf(site: TempSite, key: string): LineRange | undefined {
  const source = new DataSource('src/taxonomy/finder.ts', site.read('src/taxonomy/finder.ts'));
  const line = source.lines.findIndex((l) => l.includes(`{id: ${quoted(idOf(key))}, `) && l.includes(`result: ${quoted(key)}`));
  return line < 0 ? undefined : {start: line + 1, end: line + 1};
}

/** Replaces every TODO the scaffold wrote for `key`: entry, vocabulary, finder answer, boundary rule, both pages. */
export function fillScaffold(site: TempSite, key: string, texts: StatusTexts): string[] {
  const touched: string[] = [];
  const data = dataFileOf(key);
  for (const locale of ['ja', 'en'] as const) {
    replaceIn(site, data, entryOf(site, key), scaffoldTodo.name[locale], quoted(texts.name[locale]));
    replaceIn(site, data, entryOf(site, key), scaffoldTodo.summary[locale], quoted(texts.summary[locale]));
    replaceIn(site, 'src/taxonomy/finder.ts', scaffoldAnswerOf(site, key), scaffoldTodo.label[locale], quoted(texts.answer[locale]));
    replaceIn(site, vocabularyFileOf(locale), vocabularyEntryOf(site, locale, key), scaffoldTodo.words[locale], texts.words[locale].map(quoted).join(', '));
    touched.push(vocabularyFileOf(locale));
  }
  touched.push(data, 'src/taxonomy/finder.ts', fillRule(site, key, texts));
  for (const locale of ['ja', 'en'] as const) {
    const page = expectedPageFile(locale, key);
    let n = 0;
    const sentences = texts.page[locale];
    site.edit(page, (text) =>
      text
        .split('\n')
        .map((line) =>
          line.replace(/TODO: .*$/, (todo) => [sentences[n++ % sentences.length]!, ...(todo.match(/<StatusLink[^>]*\/>/g) ?? [])].join(' ')),
        )
        .join('\n'),
    );
    if (n === 0) throw new Error(`${page}: no TODO to fill (has the scaffold changed?)`);
    touched.push(page);
  }
  return touched;
}

const rulesFile = 'src/taxonomy/boundaries.ts';

/** The lines of each rule (`  {` … `  },`) of src/taxonomy/boundaries.ts that names `key`. */
function rulesNaming(site: TempSite, key: string): LineRange[] {
  const lines = site.read(rulesFile).split('\n');
  const ranges: LineRange[] = [];
  lines.forEach((line, i) => {
    if (line !== '  {') return;
    const end = lines.findIndex((l, j) => j > i && l === '  },');
    if (end > i && lines.slice(i, end).some((l) => l.includes(`status: ${quoted(key)}`))) ranges.push({start: i + 1, end: end + 1});
  });
  return ranges;
}

/** The scaffold's boundary rule for `key`: its TODOs filled with the status's page sentences, in their language. */
function fillRule(site: TempSite, key: string, texts: StatusTexts): string {
  const [range] = rulesNaming(site, key);
  if (!range) throw new Error(`${rulesFile}: no rule names "${key}" (has the scaffold changed?)`);
  let n = 0;
  const lines = site.read(rulesFile).split('\n');
  for (let i = range.start - 1; i < range.end; i += 1) {
    lines[i] = lines[i]!.replace(/(ja|en): 'TODO: [^']*'/g, (_todo, locale: 'ja' | 'en') => `${locale}: ${quoted(texts.page[locale][n++ % texts.page[locale].length]!)}`);
  }
  if (n === 0) throw new Error(`${rulesFile}: the rule for "${key}" has no TODO to fill (has the scaffold changed?)`);
  site.write(rulesFile, lines.join('\n'));
  return rulesFile;
}

export interface RetirementText {
  readonly date: string;
  readonly successor: string;
  readonly reason: Localized;
}

/** README "Retire" step 1: the `retired:` line in the status's entry, on its own line after `origin`. */
export function markRetired(site: TempSite, key: string, retirement: RetirementText): void {
  const file = dataFileOf(key);
  const range = entryOf(site, key);
  if (!range) throw new Error(`${file}: no entry for "${key}"`);
  const lines = site.read(file).split('\n');
  const origin = lines.findIndex((l, i) => i + 1 >= range.start && i + 1 <= range.end && /^\s*origin: '/.test(l));
  if (origin < 0) throw new Error(`${file}: the entry of "${key}" (lines ${range.start}–${range.end}) has no origin line`);
  const indent = /^\s*/.exec(lines[origin]!)![0];
  const reason = `{ja: ${quoted(retirement.reason.ja)}, en: ${quoted(retirement.reason.en)}}`;
  lines.splice(origin + 1, 0, `${indent}retired: {date: '${retirement.date}', successor: ${quoted(retirement.successor)}, reason: ${reason}},`);
  site.write(file, lines.join('\n'));
}

/**
 * README "Retire" step 2, as check asks: delete both pages, point the finder's answers and the
 * pages' <StatusLink>s to the successor (the history and the glossary may name a retired status),
 * and delete the boundary rules that name it.
 */
export function completeRetirement(site: TempSite, key: string, successor: string): string[] {
  const pages = (['ja', 'en'] as const).map((locale) => expectedPageFile(locale, key));
  for (const page of pages) site.remove(page);
  site.edit('src/taxonomy/finder.ts', (text) => text.replaceAll(`result: ${quoted(key)}`, `result: ${quoted(successor)}`));
  const linking = Object.values(docsDirs)
    .flatMap((dir) => filesUnder(site, dir))
    .filter((file) => !/\/(history|glossary)\.mdx$/.test(file) && site.read(file).includes(`<StatusLink to="${key}"`));
  for (const file of linking) site.edit(file, (text) => text.replaceAll(`<StatusLink to="${key}"`, `<StatusLink to="${successor}"`));
  // Its boundary rules go: the successor has its own with each look-alike.
  const rules = rulesNaming(site, key);
  if (rules.length > 0) {
    const drop = new Set(rules.flatMap(({start, end}) => Array.from({length: end - start + 1}, (_, i) => start + i)));
    site.edit(rulesFile, (text) => text.split('\n').filter((_line, i) => !drop.has(i + 1)).join('\n'));
  }
  return [...pages, 'src/taxonomy/finder.ts', ...linking, ...(rules.length > 0 ? [rulesFile] : [])];
}

function filesUnder(site: TempSite, dir: string): string[] {
  return readdirSync(site.file(dir), {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? filesUnder(site, `${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
}
