/**
 * A maintainer's session, as one test, on a temporary copy of the site: the README's
 * "Changing the taxonomy" done step by step, as a new maintainer would.
 *
 *   1. `npm run status:add` of an L2, then its TODOs filled in both languages (vocabulary
 *      included);
 *   2. `status:add` of an L3 under a seed L2, then what `npm run check` says, until green
 *      (it names the finder answer that still ends on the L2);
 *   3. a rename of an English name;
 *   4. the retirement of the L2 added in step 1.
 *
 * After each step `npm run check`, the typecheck and the whole unit suite pass on the copy,
 * and on the way each guard is shown failing with its message: TODOs by file and line,
 * Japanese in an English taxonomy string, English-only text in a Japanese one, an answer
 * ending on an L2 that has L3s, an answer on a retired status, pages of a retired status,
 * a status deleted instead of retired. At the end both locales are built and the change is
 * on the built site. Every subject is picked from the taxonomy by property, so the session
 * keeps working when the real taxonomy changes; when none fits it says so.
 *
 * Too slow for the unit suite (the unit suite runs four times in it): `npm run test:session`,
 * which `npm test` runs after `test:unit`.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {findAnyStatus, finderQuestions, taxonomy, type StatusNode} from '../../src/taxonomy';
import {questionNear, publishedUrlsFile} from '../../src/plugins/status-pages/guards';
import {ruleRevisionsFile} from '../../src/plugins/status-pages/ruleRevisions';
import {expectedPageFile} from '../../src/plugins/status-pages/files';
import {generatedFiles} from '../../src/deploy/render';
import {copySite, type TempSite} from '../guards/tempSite';
import {buildLocale, check, runIn, statusAdd, typecheck, unitSuite} from '../support/siteCommands';
import {completeRetirement, dataFileOf, entryOf, fillScaffold, markRetired, quoted, scaffoldAnswerOf, vocabularyEntryOf, vocabularyFileOf, type StatusTexts} from '../support/maintainer';

const minutes = 60_000;
const fail = (message: string): never => {
  throw new Error(`tests/session/maintainerSession.test.ts: ${message}`);
};

// ---- The subjects, picked by property from the real taxonomy --------------------------------

const answersOn = (key: string) => Object.values(finderQuestions).flatMap((q) => q.answers.filter((a) => 'result' in a && a.result === key).map((a) => ({question: q.id, answer: a.id})));

/** An L1 with at least two L2s that a finder question asks about: the scaffold puts the new L2's answer there, and a sibling can succeed it. */
const l1 = taxonomy.roots.find((n) => n.children.filter((c) => c.children.length === 0).length >= 2 && questionNear(n.key)) ?? fail('no L1 with two leaf L2s that a finder question asks about');
const newL2 = `${l1.key}/session-hardware-backorder`;
/** A seed L2 without L3s, with its legacy page, that exactly one finder answer ends on: the L3 goes under it. */
const seedL2: StatusNode =
  taxonomy.all.find((n) => n.level === 2 && n.origin === 'seed' && n.legacyPage && n.children.length === 0 && answersOn(n.key).length === 1) ??
  fail('no seed L2 without L3s that exactly one finder answer ends on');
const newL3 = `${seedL2.key}/session-proof-substatus`;
/** A seed L2 (not the one getting the L3) whose English name is renamed. */
const renamed: StatusNode = taxonomy.all.find((n) => n.level === 2 && n.origin === 'seed' && n !== seedL2 && !n.name.en.includes("'")) ?? fail('no second seed L2 to rename');
/** The retired L2's successor: a sibling without L3s. */
const successor: StatusNode = l1.children.find((n) => n.children.length === 0 && n !== seedL2) ?? fail(`no leaf sibling under "${l1.key}" to succeed the retired L2`);
for (const key of [newL2, newL3]) if (findAnyStatus(key)) fail(`"${key}" already exists in the taxonomy: give the session another id`);

const l2Texts: StatusTexts = {
  name: {ja: '機材の入荷待ち', en: 'Hardware on Backorder'},
  summary: {
    ja: 'お客様が発注した機材 (端末、ネットワーク機器など) の入荷を待っているため、展開が止まっています。',
    en: 'Deployment is on hold while the hardware the customer ordered (devices, network equipment and so on) is on backorder.',
  },
  words: {ja: ['入荷待ち', '機材の納期遅れ'], en: ['backorder', 'hardware delivery delay']},
  answer: {ja: '発注した機材の入荷を待っている', en: 'Waiting for ordered hardware to arrive'},
  page: {
    ja: ['発注済みの機材が届くまで展開を始められない場合です。', '機材が届いていないことが理由の場合に選びます。', '端末の入荷が遅れている。', 'ネットワーク機器の納期が延びた。', 'サーバーの調達が止まっている。', '機材が届いているなら、こちらを選びます:', '入荷予定日はいつですか。', '入荷予定日を目標日にします。'],
    en: ['Deployment cannot start until the ordered hardware arrives.', 'Choose it when missing hardware is the reason.', 'Devices are on backorder.', 'The network equipment’s delivery date slipped.', 'Server procurement is stuck.', 'When the hardware is there, choose this instead:', 'When is the hardware due?', 'Record the delivery date as the target date.'],
  },
};
const l3Texts: StatusTexts = {
  name: {ja: '検証用の下位ステータス', en: 'Proof Sub-Status'},
  summary: {ja: 'ステータスを追加する手順を検証するための下位ステータスです。', en: 'A sub-status added to prove the procedure for adding one.'},
  words: {ja: ['検証用サブステータス'], en: ['proof substatus']},
  answer: {ja: '検証用の下位ステータスに当たる', en: 'It is the proof sub-status'},
  page: {
    ja: ['手順の検証のためだけに使います。', '検証の場合に選びます。', '検証の例その一。', '検証の例その二。', '検証の例その三。', '検証でないなら、こちらを選びます:', '検証ですか。', '検証の終わりを目標日にします。'],
    en: ['Used only to prove the procedure.', 'Choose it for the proof.', 'A first proof example.', 'A second proof example.', 'A third proof example.', 'When it is not the proof, choose this instead:', 'Is it the proof?', 'Record the end of the proof as the target date.'],
  },
};
const retirement = {date: '2027-01-31', successor: successor.key, reason: {ja: `${successor.name.ja}に統合しました。`, en: `Merged into ${successor.name.en}.`}};

// ---- Helpers ---------------------------------------------------------------------------------

let site: TempSite | undefined;
afterAll(() => site?.dispose());

const lineOf = (file: string, text: string, after = 0) => {
  const index = site!.read(file).split('\n').findIndex((l, i) => i >= after && l.includes(text));
  return index < 0 ? fail(`${file}: "${text}" not found`) : index + 1;
};
/** Each problem line of a failed check, without the header. */
const problems = (output: string) => output.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));

interface StepTime {
  readonly step: string;
  readonly seconds: number;
  readonly check: number;
  readonly typecheck: number;
  readonly unit: number;
  readonly tests: number;
}
const times: StepTime[] = [];
const checkOutputs: string[] = [];

/** What must hold after every step: check, typecheck and the whole unit suite pass on the copy. */
function green(step: string, started: number): void {
  const checked = check(site!);
  expect(checked.status, `${step}: npm run check\n${checked.output}`).toBe(0);
  const typed = typecheck(site!);
  expect(typed.status, `${step}: typecheck\n${typed.output}`).toBe(0);
  const unit = unitSuite(site!);
  expect(unit.failures, `${step}: the unit suite on the copy (${unit.files} files)`).toEqual([]);
  expect(unit.tests).toBeGreaterThan(0);
  const time: StepTime = {step, seconds: (Date.now() - started) / 1000, check: checked.seconds, typecheck: typed.seconds, unit: unit.seconds, tests: unit.tests};
  times.push(time);
  // Printed as it goes, so a later failure still shows how long the earlier steps took.
  console.log(`green after ${formatTime(time)}`);
}

const formatTime = (t: StepTime) => `${t.step} — ${t.seconds.toFixed(0)} s (check ${t.check.toFixed(1)} s, typecheck ${t.typecheck.toFixed(0)} s, unit suite ${t.unit.toFixed(0)} s for ${t.tests} tests)`;

/** Runs check, expecting it to fail, and keeps what it printed for the log. */
function failingCheck(when: string): string[] {
  const result = check(site!);
  expect(result.status, `${when}: npm run check should fail\n${result.output}`).not.toBe(0);
  checkOutputs.push(`${when}:\n${problems(result.output).map((p) => `  ${p}`).join('\n')}`);
  return problems(result.output);
}

const skipped = new Set(['node_modules', 'build', '.docusaurus']);
function snapshot(): Map<string, string> {
  const walk = (dir: string): string[] =>
    readdirSync(site!.file(dir)).flatMap((entry) => {
      if (skipped.has(entry)) return [];
      const relative = dir === '.' ? entry : `${dir}/${entry}`;
      return statSync(site!.file(relative)).isDirectory() ? walk(relative) : [relative];
    });
  return new Map(walk('.').map((f) => [f, site!.read(f)]));
}

it('a maintainer adds an L2 and an L3, renames and retires, and every guard says what to do', () => {
  site = copySite();
  const before = snapshot();
  const baseline = check(site);
  expect(baseline.status, `the unchanged copy: npm run check\n${baseline.output}`).toBe(0);

  // ---- 1. Add an L2 with the scaffold and fill its TODOs ----------------------------------
  let started = Date.now();
  const added = statusAdd(site, newL2);
  expect(added.status, added.output).toBe(0);
  expect(added.output).toContain(`an answer in question "${questionNear(l1.key)!.id}"`);
  {
    const listed = failingCheck('1. after status:add of the L2');
    // Every TODO, named by file and line: the entry, the vocabulary, the finder answer, both pages.
    const l2File = dataFileOf(newL2);
    const entry = entryOf(site, newL2)!;
    const nameLine = lineOf(l2File, "name: {ja: 'TODO:", entry.start - 1);
    const answerLine = scaffoldAnswerOf(site, newL2)!.start;
    for (const expected of [
      `${l2File}: [placeholder] line ${nameLine}: "${newL2}": fill in the ja name (still TODO)`,
      `${l2File}: [placeholder] line ${nameLine}: "${newL2}": fill in the en name (still TODO)`,
      `${l2File}: [placeholder] line ${lineOf(l2File, "ja: 'TODO: 日本語の定義", entry.start - 1)}: "${newL2}": fill in the ja summary (still TODO)`,
      `${l2File}: [placeholder] line ${lineOf(l2File, "en: 'TODO: English definition", entry.start - 1)}: "${newL2}": fill in the en summary (still TODO)`,
      `src/taxonomy/finder.ts: [placeholder] line ${answerLine}: answer "${newL2.split('/').at(-1)}": fill in the ja label (still TODO)`,
      `src/taxonomy/finder.ts: [placeholder] line ${answerLine}: answer "${newL2.split('/').at(-1)}": fill in the en label (still TODO)`,
      ...(['ja', 'en'] as const).map((locale) => `${vocabularyFileOf(locale)}: line ${vocabularyEntryOf(site!, locale, newL2)!.start}: "${newL2}": fill in the ${locale} words`),
    ]) {
      expect(listed, expected).toContainEqual(expect.stringContaining(expected));
    }
    for (const locale of ['ja', 'en'] as const) {
      const page = expectedPageFile(locale, newL2);
      const todoLines = site.read(page).split('\n').flatMap((l, i) => (l.includes('TODO') ? [i + 1] : []));
      expect(todoLines.length).toBeGreaterThan(0);
      for (const line of todoLines) expect(listed).toContainEqual(expect.stringContaining(`${page}: [placeholder] line ${line}: fill in the placeholder:`));
    }
  }
  const touched = new Set(fillScaffold(site, newL2, {
    ...l2Texts,
    // Two slips first: Japanese in the English definition, the English name in the Japanese one.
    name: {ja: l2Texts.name.en, en: l2Texts.name.en},
    summary: {ja: l2Texts.summary.ja, en: l2Texts.summary.en.replace('on backorder', '入荷待ち')},
  }));
  {
    const listed = failingCheck('1. filled, with two slips');
    const l2File = dataFileOf(newL2);
    const enLine = lineOf(l2File, '入荷待ち.');
    const excerpt = listed.find((p) => p.startsWith(`${l2File}: [english-only] line ${enLine}: "${newL2}": the en summary contains Japanese characters: `));
    expect(excerpt, listed.join('\n')).toBeDefined();
    // The excerpt shows the offending part of the long line, not its first characters.
    expect(excerpt).toContain('入荷待ち');
    expect(excerpt).not.toContain(site.read(l2File).split('\n')[enLine - 1]!.trim().slice(0, 30));
    expect(listed).toContainEqual(expect.stringContaining(`${l2File}: [japanese-only] line ${lineOf(l2File, `name: {ja: ${quoted(l2Texts.name.en)}`)}: "${newL2}": the ja name is English only; write it in Japanese: `));
    expect(listed).toHaveLength(2);
  }
  site.edit(dataFileOf(newL2), (s) => s.replace(`name: {ja: ${quoted(l2Texts.name.en)}`, `name: {ja: ${quoted(l2Texts.name.ja)}`).replace('入荷待ち.', 'on backorder.'));
  green('1. add an L2', started);

  // ---- 2. Add an L3 under a seed L2 and follow what check says ----------------------------
  started = Date.now();
  const [onParent] = answersOn(seedL2.key);
  const parentAnswerLine = () => site!.read('src/taxonomy/finder.ts').split('\n').findIndex((l) => l.includes(`id: ${quoted(onParent!.answer)}`)) + 1;
  const addedL3 = statusAdd(site, newL3);
  expect(addedL3.status, addedL3.output).toBe(0);
  // The scaffold says the parent's answer must be replaced, and how.
  expect(addedL3.output).toContain(`"${seedL2.key}" now has an L3, so a record can no longer end on it`);
  expect(addedL3.output).toContain(`src/taxonomy/finder.ts line ${parentAnswerLine()}: answer "${onParent!.answer}"`);
  expect(addedL3.output).toContain(`point it to an L3 (result: '${newL3}')`);
  for (const file of fillScaffold(site, newL3, l3Texts)) touched.add(file);
  const answerOnL2 = `src/taxonomy/finder.ts: line ${parentAnswerLine()}: answer "${onParent!.answer}" ends on "${seedL2.key}", which has L3s: a record ends on one of them, never on it.`;
  {
    const listed = failingCheck('2. L3 added and its TODOs filled');
    // The one thing left: the finder answer that still ends on the L2, with the L3s to choose from.
    expect(listed).toEqual([expect.stringContaining(answerOnL2)]);
    expect(listed[0]).toContain(`To choose from: ${newL3}`);
  }
  // As the message says: point the answer to the L3, keeping its id.
  site.edit('src/taxonomy/finder.ts', (s) => {
    const lines = s.split('\n');
    const from = parentAnswerLine() - 1;
    const at = lines.findIndex((l, i) => i >= from && l.includes(`result: ${quoted(seedL2.key)}`));
    lines[at] = lines[at]!.replace(`result: ${quoted(seedL2.key)}`, `result: ${quoted(newL3)}`);
    return lines.join('\n');
  });
  green('2. add an L3 under a seed L2', started);

  // ---- 3. Rename an English name --------------------------------------------------------
  started = Date.now();
  const newName = `${renamed.name.en} (renamed)`;
  const renamedAt = () => {
    const range = entryOf(site!, renamed.key)!;
    return site!.read('src/taxonomy/l2.ts').split('\n').slice(0, range.start - 1).join('\n').length;
  };
  const renameOnce = (from: string, to: string) => site!.edit('src/taxonomy/l2.ts', (s) => s.slice(0, renamedAt()) + s.slice(renamedAt()).replace(`en: ${quoted(from)}}`, `en: ${quoted(to)}}`));
  // A slip first: a full-width bracket typed with a Japanese keyboard.
  renameOnce(renamed.name.en, `${renamed.name.en}（renamed）`);
  {
    const listed = failingCheck('3. rename, with a full-width bracket');
    const line = lineOf('src/taxonomy/l2.ts', '（renamed）');
    expect(listed).toEqual([expect.stringContaining(`src/taxonomy/l2.ts: [english-only] line ${line}: "${renamed.key}": the en name contains Japanese characters: `)]);
    expect(listed[0]).toContain('（renamed）');
  }
  renameOnce(`${renamed.name.en}（renamed）`, newName);
  touched.add('src/taxonomy/l2.ts');
  green('3. rename an English name', started);

  // ---- 4. Retire the L2 added in step 1 --------------------------------------------------
  started = Date.now();
  markRetired(site, newL2, retirement);
  {
    const listed = failingCheck('4. marked retired');
    for (const locale of ['ja', 'en'] as const) {
      expect(listed).toContainEqual(`${expectedPageFile(locale, newL2)}: "${newL2}" is retired (successor "${successor.key}"): delete this page; its URL forwards to the successor`);
    }
    expect(listed).toContainEqual(
      expect.stringMatching(new RegExp(`^src/taxonomy/finder.ts: line \\d+: answer "${newL2.split('/').at(-1)}" ends on retired status "${newL2}"; point it to "${successor.key}"$`)),
    );
  }
  for (const file of completeRetirement(site, newL2, successor.key)) touched.add(file);
  {
    // Deleting the entry instead of retiring it: the published URLs say why not.
    const saved = new Map([dataFileOf(newL2), vocabularyFileOf('ja'), vocabularyFileOf('en')].map((f) => [f, site!.read(f)]));
    const range = entryOf(site, newL2)!;
    site.edit(dataFileOf(newL2), (s) => s.split('\n').filter((_l, i) => i + 1 < range.start || i + 1 > range.end).join('\n'));
    const listed = failingCheck('4. the entry deleted instead');
    expect(listed).toContainEqual(expect.stringContaining(`published-urls.txt: published URL /${newL2} would stop answering. Keep the status and mark it retired`));
    for (const [file, text] of saved) site.write(file, text);
  }
  // Its words, as the README says: the entry stays, and its words and its name now find the
  // successor; a word for a case the successor does not cover moves to the status that does.
  const searchWordsOf = (...keys: string[]) => {
    site!.write('session-probe.ts', `import {searchWords} from './src/plugins/status-search/buildSearchData';\nconst keys = ${JSON.stringify(keys)};\nconsole.log(JSON.stringify(Object.fromEntries((['ja', 'en'] as const).map((l) => [l, keys.map((k) => searchWords(l)[k] ?? [])]))));\n`);
    const probe = runIn(site!, process.execPath, ['node_modules/tsx/dist/cli.mjs', 'session-probe.ts']);
    site!.remove('session-probe.ts');
    expect(probe.status, probe.output).toBe(0);
    return JSON.parse(probe.output.trim().split('\n')[0]!) as Record<'ja' | 'en', string[][]>;
  };
  const inherited = searchWordsOf(successor.key);
  for (const locale of ['ja', 'en'] as const) expect(inherited[locale][0]).toEqual(expect.arrayContaining([...l2Texts.words[locale], l2Texts.name[locale]]));
  const [, moved] = l2Texts.words.en;
  const enVocabulary = vocabularyFileOf('en');
  site.edit(enVocabulary, (s) => {
    const lines = s.split('\n');
    const from = vocabularyEntryOf(site!, 'en', newL2)!;
    const to = vocabularyEntryOf(site!, 'en', newL3)!;
    const at = lines.findIndex((l, i) => i + 1 > from.start && i + 1 < from.end && l.includes(quoted(moved!)));
    lines[at] = lines[at]!.replace(`, ${quoted(moved!)}`, '');
    lines[to.start] = lines[to.start]!.replace(/,?\s*$/, `, ${quoted(moved!)},`);
    return lines.join('\n');
  });
  const afterMove = searchWordsOf(successor.key, newL3);
  expect(afterMove.en[0]).not.toContain(moved);
  expect(afterMove.en[1]).toContain(moved);
  green('4. retire the added L2', started);

  // ---- The built site -----------------------------------------------------------------------
  started = Date.now();
  for (const locale of ['ja', 'en'] as const) {
    const build = buildLocale(site, locale);
    expect(build.status, build.output.slice(-5000)).toBe(0);
  }
  const buildSeconds = (Date.now() - started) / 1000;
  const fileOf = (url: string) => [`${url}.html`, `${url}/index.html`].map((f) => site!.file(path.join('build', f))).find((f) => existsSync(f));
  const html = (url: string) => readFileSync(fileOf(url) ?? fail(`build has no page for ${url}`), 'utf8');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const attr = (name: string, value: string) => new RegExp(`${name}=("${escape(value)}"|${escape(value)}[\\s>])`);
  // The L3: its pages, listed on its L2's page with its definition, in the tree and the exports.
  for (const prefix of ['', '/en']) expect(fileOf(`${prefix}/${newL3}`), `${prefix}/${newL3}`).toBeDefined();
  expect(html(`/en/${seedL2.key}`)).toContain(l3Texts.summary.en);
  expect(html('/en/overview')).toContain(l3Texts.name.en);
  expect(html('/en')).toMatch(attr('data-status', newL3));
  const csv = readFileSync(site.file('build/taxonomy.csv'), 'utf8');
  expect(csv).toContain(`,${newL3},`);
  expect(csv.split('\r\n').filter((row) => row.includes(`,${seedL2.key},`))).toEqual([]);
  // The rename is the English title.
  expect(html(`/en/${renamed.key}`)).toMatch(new RegExp(`<title data-rh="?true"?>${escape(newName)} \\|`));
  // The retired L2: its URL answers in both locales, names the successor and forwards to it; it left the tree.
  for (const [prefix, locale] of [['', 'ja'], ['/en', 'en']] as const) {
    const page = html(`${prefix}/${newL2}`);
    expect(page).toContain(successor.name[locale]);
    expect(page).toContain(`content="5; url=${prefix}${successor.path}"`);
    expect(html(`${prefix}/`)).not.toMatch(attr('data-status', newL2));
  }
  // Its near misses land on its URL too (nginx map, generated by check).
  expect(site.read('deploy/nginx/near-miss-redirects.conf')).toContain(` /${newL2};`);

  // Only the taxonomy, the vocabulary, the pages and the generated files changed.
  const after = snapshot();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
  const generated = new Set([publishedUrlsFile, ruleRevisionsFile, ...Object.keys(generatedFiles)]);
  expect(changed.filter((f) => !generated.has(f) && !/^(src\/taxonomy|src\/search\/vocabulary|docs|i18n)\//.test(f))).toEqual([]);
  expect(changed.filter((f) => !generated.has(f) && !touched.has(f))).toEqual([]);

  console.log(
    [
      'Maintainer session, time of each step (its edits, then check, typecheck and the unit suite on the copy):',
      ...times.map((t) => `  ${formatTime(t)}`),
      `  build of both locales — ${buildSeconds.toFixed(0)} s`,
      '',
      'What npm run check printed on the way:',
      ...checkOutputs,
    ].join('\n'),
  );
}, 40 * minutes);
