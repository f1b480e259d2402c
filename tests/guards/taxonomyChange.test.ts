/**
 * Proof that the taxonomy changes in one place. On a temporary copy of the site, a
 * maintainer's changes — add an L2 (with the scaffold) and an L3 under it, rename an L2,
 * retire an L2 — touch only src/taxonomy/, docs/ and i18n/; then typecheck, the unit tests,
 * `npm run check` and the build of both locales pass, and the result is on the built site.
 * Then each guard is shown failing, with its message, when its mistake is made.
 *
 * The statuses it changes are picked from the taxonomy by rule, so the test keeps working
 * when the real taxonomy changes.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {taxonomy, type StatusNode} from '../../src/taxonomy';
import {docsDirs, expectedPageFile} from '../../src/plugins/status-pages/files';
import {copySite, type TempSite} from './tempSite';

const minutes = 60_000;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** An attribute in the minified HTML of the build (quotes are dropped where they can be). */
const attr = (name: string, value: string) => new RegExp(`${name}=("${escape(value)}"|${escape(value)}[\\s>])`);
const fail = (message: string): never => {
  throw new Error(message);
};

function run(site: TempSite, command: string, args: string[]): {status: number | null; output: string} {
  const result = spawnSync(command, args, {cwd: site.dir, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}
const tsx = (site: TempSite, script: string, ...args: string[]) => run(site, process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args]);
const check = (site: TempSite) => tsx(site, 'src/plugins/status-pages/check.ts');

const generated = new Set(['node_modules', 'build', '.docusaurus']);

/** Files under a directory, relative to the site (without node_modules and build output). */
function filesUnder(site: TempSite, dir: string): string[] {
  const full = site.file(dir);
  return readdirSync(full).flatMap((entry) => {
    if (generated.has(entry)) return [];
    const relative = `${dir}/${entry}`;
    return statSync(site.file(relative)).isDirectory() ? filesUnder(site, relative) : [relative];
  });
}

// The changes, chosen by rule from the real taxonomy.
const l2s = taxonomy.all.filter((n) => n.level === 2 && n.origin === 'seed');
/** The L1 with the most L2s: the finder asks a question about them, where the scaffold adds the answer. */
const l1 = [...taxonomy.roots].sort((a, b) => b.children.length - a.children.length)[0]!;
const newL2 = `${l1.key}/proof-added-l2`;
const newL3 = `${newL2}/proof-added-l3`;
const retired: StatusNode = l1.children.at(-1)!;
const successor: StatusNode = l1.children.at(-2)!;
const renamed: StatusNode = l2s.find((n) => n.parentKey !== l1.key && !n.name.en.includes("'"))!;
const newEnglishName = `${renamed.name.en} (renamed)`;
const today = '2026-11-25';

describe('a taxonomy change touches only src/taxonomy/, docs/ and i18n/', () => {
  let site: TempSite;
  const touched = new Set<string>();
  const edit = (file: string, change: (s: string) => string) => {
    const before = site.read(file);
    const after = change(before);
    expect(after, `no change made to ${file}`).not.toBe(before);
    site.write(file, after);
    touched.add(file);
  };

  beforeAll(() => {
    site = copySite();
    const before = new Map(filesUnder(site, '.').map((f) => [f, site.read(f)]));

    // 1. Add an L2 and an L3 with the scaffold, then write the text where it left TODOs.
    for (const key of [newL2, newL3]) {
      const scaffold = tsx(site, 'src/taxonomy/scaffold.ts', key);
      expect(scaffold.status, scaffold.output).toBe(0);
      expect(scaffold.output).toContain('Left to do');
    }
    const fill = (file: string, id: string) =>
      edit(file, (s) =>
        s
          .replace("name: {ja: 'TODO: 日本語の名前', en: 'TODO: English name'}", `name: {ja: '証明用の${id}', en: 'Proof ${id}'}`)
          .replace("ja: 'TODO: 日本語の定義 (1 段落)',", `ja: '変更手順を証明するために追加した ${id} の定義です。',`)
          .replace("en: 'TODO: English definition (one paragraph)',", `en: 'A status added to prove the change procedure: ${id}.',`),
      );
    fill('src/taxonomy/l2.ts', 'proof-added-l2');
    fill('src/taxonomy/l3.ts', 'proof-added-l3');
    for (const [locale, todo, word] of [['ja', 'TODO: パートナーが入力しそうな言葉', '証明用キーワード'], ['en', 'TODO: words a partner may type', 'proof keyword']] as const) {
      edit(`src/search/vocabulary/${locale}.ts`, (s) => s.replaceAll(`'${todo}'`, `'${word}'`));
    }
    edit('src/taxonomy/finder.ts', (s) => s.replaceAll("label: {ja: 'TODO: 日本語の選択肢', en: 'TODO: English answer'}", "label: {ja: '証明用の選択肢', en: 'Proof answer'}"));
    for (const key of [newL2, newL3]) {
      for (const locale of ['ja', 'en'] as const) edit(expectedPageFile(locale, key), (s) => s.replaceAll('TODO: ', ''));
    }

    // 2. Rename an L2 (English name only: the Japanese names are the seed's).
    edit('src/taxonomy/l2.ts', (s) => s.replace(`en: '${renamed.name.en}'}`, `en: '${newEnglishName}'}`));

    // 3. Retire an L2: mark it, delete its pages, point links and the finder to the successor.
    edit('src/taxonomy/l2.ts', (s) =>
      s.replace(
        `legacyPage: '${retired.legacyPage}',\n    origin: 'seed',\n`,
        `legacyPage: '${retired.legacyPage}',\n    origin: 'seed',\n    retired: {date: '${today}', successor: '${successor.key}', reason: {ja: '${successor.name.ja}に統合しました。', en: 'Merged into ${successor.name.en}.'}},\n`,
      ),
    );
    edit('src/taxonomy/finder.ts', (s) => s.replaceAll(`result: '${retired.key}'`, `result: '${successor.key}'`));
    for (const locale of ['ja', 'en'] as const) {
      site.remove(expectedPageFile(locale, retired.key));
      touched.add(expectedPageFile(locale, retired.key));
      for (const file of filesUnder(site, docsDirs[locale])) {
        const other = file === expectedPageFile(locale, successor.key) ? l1.children.find((n) => n !== retired && n !== successor)!.key : successor.key;
        if (site.read(file).includes(`<StatusLink to="${retired.key}"`) && !/\/(history|glossary)\.mdx$/.test(file)) {
          edit(file, (s) => s.replaceAll(`<StatusLink to="${retired.key}"`, `<StatusLink to="${other}"`));
        }
      }
    }

    // Only src/taxonomy/, docs/ and i18n/ changed.
    const after = new Set(filesUnder(site, '.'));
    const changed = [...new Set([...before.keys(), ...after])].filter((f) => !after.has(f) || before.get(f) !== site.read(f));
    expect(changed.filter((f) => !/^\.\/(src\/taxonomy|src\/search\/vocabulary|docs|i18n)\//.test(f))).toEqual([]);
  }, 5 * minutes);
  afterAll(() => site?.dispose());

  // In npm test's order: typecheck, npm run check, unit tests, build.
  it('passes npm run check, which adds the new URLs to published-urls.txt and writes the deploy files anew', () => {
    const result = check(site);
    expect(result.status, result.output).toBe(0);
    // The near-miss redirects name every status path: the new ones are in, written by check.
    expect(result.output).toContain('deploy/nginx/near-miss-redirects.conf was out of date');
    expect(site.read('deploy/nginx/near-miss-redirects.conf')).toContain(`/${newL2}`);
    const published = site.read('published-urls.txt');
    for (const key of [newL2, newL3]) for (const prefix of ['', '/en']) expect(published).toContain(`\n${prefix}/${key}\n`);
    expect(published).toContain(`\n${retired.path}\n`);
  }, 2 * minutes);

  it('passes the typecheck and the unit tests', () => {
    const tsc = run(site, process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']);
    expect(tsc.status, tsc.output).toBe(0);
    // Unit tests only: tests/guards would build copies of the copy.
    const unit = run(site, process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'src', 'tests/unit']);
    expect(unit.status, unit.output).toBe(0);
  }, 5 * minutes);

  it('builds both locales, with the change everywhere', () => {
    for (const locale of ['ja', 'en'] as const) {
      const build = run(site, process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--locale', locale]);
      expect(build.status, build.output).toBe(0);
    }
    // With trailingSlash: false a page is {path}.html; redirect pages and locale homes are {path}/index.html.
    const fileOf = (url: string) => [`${url}.html`, `${url}/index.html`].map((f) => site.file(path.join('build', f))).find((f) => existsSync(f));
    const exists = (url: string) => fileOf(url) !== undefined;
    const html = (url: string) => readFileSync(fileOf(url) ?? fail(`build has no page for ${url}`), 'utf8');

    // New L2 and L3: pages in both locales; the L2 page lists its L3 with the definition; tree, sidebar, overview and exports hold the L3.
    for (const prefix of ['', '/en']) {
      expect(exists(`${prefix}/${newL2}`)).toBe(true);
      expect(exists(`${prefix}/${newL3}`)).toBe(true);
    }
    expect(html(`/en/${newL2}`)).toContain('A status added to prove the change procedure: proof-added-l3.');
    expect(html('/en/overview')).toContain('Proof proof-added-l3');
    expect(html('/en')).toMatch(attr('data-status', newL3)); // the tree
    expect(html(`/en/${successor.key}`)).toMatch(attr('href', `/en/${newL3}`)); // the sidebar
    const csv = readFileSync(site.file('build/taxonomy.csv'), 'utf8');
    expect(csv).toMatch(new RegExp(`^${l1.id},.*,proof-added-l2,.*,proof-added-l3,.*,${newL3},`, 'm'));
    expect(readFileSync(site.file('build/taxonomy.json'), 'utf8')).toContain(`"key": "${newL3}"`);
    // An added status has no legacy page, so no redirect.
    expect(readdirSync(site.file('build')).filter((f) => f.includes('proof-added'))).toEqual([]);

    // The renamed L2: the new English name is its title; the old one is gone from its page.
    expect(html(`/en/${renamed.key}`)).toMatch(new RegExp(`<title data-rh="?true"?>${escape(newEnglishName)} \\|`));

    // The retired L2: its URL and its legacy name answer in both locales and forward to the successor.
    for (const [prefix, locale] of [['', 'ja'], ['/en', 'en']] as const) {
      const page = html(`${prefix}${retired.path}`);
      expect(page).toContain(successor.name[locale]);
      expect(page).toContain(`content="5; url=${prefix}${successor.path}"`);
      const legacy = locale === 'ja' ? retired.legacyPage! : retired.legacyPage!.replace(/-jp$/, '');
      expect(html(`${prefix}/${legacy}`)).toContain(`${prefix}${retired.path}`);
      // It has left the tree and the finder.
      expect(html(`${prefix}/`)).not.toMatch(attr('data-status', retired.key));
    }
    expect(csv).not.toContain(`,${retired.key},`);
    expect(site.read('src/taxonomy/finder.ts')).not.toContain(`'${retired.key}'`);
  }, 6 * minutes);

  it('touched only src/taxonomy/, docs/ and i18n/', () => {
    expect(touched.size).toBeGreaterThan(0);
    expect([...touched].filter((f) => !/^(src\/taxonomy|src\/search\/vocabulary|docs|i18n)\//.test(f))).toEqual([]);
  });

  it('fails npm run check on a duplicate status, naming the file and the id', () => {
    const l2File = site.read('src/taxonomy/l2.ts');
    site.write('src/taxonomy/l2.ts', l2File.replace("id: 'proof-added-l2',", `id: '${successor.id}',`));
    try {
      const result = check(site);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`src/taxonomy/l2.ts: duplicate status "${successor.key}"`);
    } finally {
      site.write('src/taxonomy/l2.ts', l2File);
    }
  }, 2 * minutes);

  it('fails npm run check on each other mistake, naming the file, the line or the id', () => {
    const saved = new Map<string, string>();
    const breakFile = (file: string, change: (s: string) => string) => {
      saved.set(file, site.read(file));
      site.write(file, change(site.read(file)));
    };
    const jaPage = expectedPageFile('ja', successor.key);
    const enPage = expectedPageFile('en', successor.key);
    breakFile(enPage, (s) => `${s}\nThis sentence has a stray 日本語 word.\n`);
    breakFile(jaPage, (s) => `${s}\nThis paragraph was left in English by mistake.\n\n<StatusLink to="${successor.key}x" />\n`);
    breakFile('src/taxonomy/finder.ts', (s) => s.replace(/\n\s*\{id: 'proof-added-l3',[^\n]*\n/, '\n'));
    breakFile('deploy/nginx/legacy-redirects.conf', (s) => `${s}# edited by hand\n`);
    breakFile('published-urls.txt', (s) => `${s}/${l1.key}/deleted-without-retiring\n`);
    try {
      const result = check(site);
      expect(result.status).not.toBe(0);
      const enLine = site.read(enPage).split('\n').findIndex((l) => l.includes('日本語 word')) + 1;
      const jaLine = site.read(jaPage).split('\n').findIndex((l) => l.includes('left in English')) + 1;
      expect(result.output).toContain(`${enPage}: [english-only] line ${enLine} contains Japanese characters`);
      expect(result.output).toContain(`${jaPage}: [japanese-only] line ${jaLine} is an untranslated English paragraph`);
      expect(result.output).toMatch(new RegExp(`${jaPage}: \\[status-link\\] line \\d+: <StatusLink to="${successor.key}x" /> points to no status in the taxonomy. Closest known keys: ${successor.key}`));
      expect(result.output).toContain(`src/taxonomy/finder.ts: no answer ends on "${newL3}": the finder cannot reach it`);
      // A generated deploy file edited by hand is written anew (it can never be deployed stale).
      expect(result.output).toContain('deploy/nginx/legacy-redirects.conf was out of date with src/taxonomy/ and src/deploy/: written anew');
      expect(site.read('deploy/nginx/legacy-redirects.conf')).not.toContain('# edited by hand');
      expect(result.output).toContain(`published-urls.txt: published URL /${l1.key}/deleted-without-retiring would stop answering`);
    } finally {
      for (const [file, content] of saved) site.write(file, content);
    }
  }, 2 * minutes);
});
