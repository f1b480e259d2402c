/**
 * `npm run status:add -- {l1}/{l2}` or `-- {l1}/{l2}/{l3}`: writes the skeleton of a new
 * status — its taxonomy entry, a finder answer next to its siblings', and both pages with
 * the required sections — with TODO markers where text is still to be written. The guards
 * (`npm run check`) then name each TODO by file and line until none is left.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {finderQuestions} from './finder';
import {findAnyStatus, taxonomy} from './index';
import {DataSource} from './dataSource';
import {expectedPageFile} from '../plugins/status-pages/files';
import {finderFile} from '../plugins/status-pages/checkTaxonomy';
import {questionNear} from '../plugins/status-pages/guards';

const siteDir = path.resolve(__dirname, '../..');
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(`status:add: ${message}`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);

function entry(id: string, parent: string): string {
  return [
    '  {',
    `    id: '${id}',`,
    `    parent: '${parent}',`,
    "    origin: 'added',",
    `    added: '${today}',`,
    "    name: {ja: 'TODO: 日本語の名前', en: 'TODO: English name'},",
    '    summary: {',
    "      ja: 'TODO: 日本語の定義 (1 段落)',",
    "      en: 'TODO: English definition (one paragraph)',",
    '    },',
    '  },',
  ].join('\n');
}

/** Adds the entry at the end of the data list (l2.ts or l3.ts), keeping the rest untouched. */
function addEntry(file: string, text: string): void {
  const full = path.join(siteDir, file);
  const source = readFileSync(full, 'utf8');
  const empty = /export const l3Statuses = \[\] as const/;
  const updated = empty.test(source)
    ? source.replace(empty, `export const l3Statuses = [\n${text}\n] as const`)
    : source.replace(/\n\] as const satisfies/, `\n${text}\n] as const satisfies`);
  if (updated === source) fail(`could not find the end of the list in ${file}`);
  writeFileSync(full, updated);
}

/** Adds the status's entry to each locale's search vocabulary (src/search/vocabulary/), at the end. */
function addVocabulary(key: string): string[] {
  const todo = {ja: 'TODO: パートナーが入力しそうな言葉', en: 'TODO: words a partner may type'} as const;
  return (['ja', 'en'] as const).map((locale) => {
    const file = `src/search/vocabulary/${locale}.ts`;
    const full = path.join(siteDir, file);
    const source = readFileSync(full, 'utf8');
    const end = '\n} as const satisfies Vocabulary;';
    if (!source.includes(end)) fail(`could not find the end of the list in ${file}`);
    writeFileSync(full, source.replace(end, `\n  // ${key}\n  '${key}': [\n    '${todo[locale]}',\n  ],${end}`));
    return file;
  });
}

const rulesFile = 'src/taxonomy/boundaries.ts';

/**
 * Adds a boundary rule between the new status and its first look-alike, with TODOs, at the
 * end of src/taxonomy/boundaries.ts: every status has at least one rule, shown on both pages.
 */
function addRule(id: string, key: string, lookAlike: string): string {
  const ruleId = `${id}-or-${lookAlike.split('/').at(-1)}`;
  const full = path.join(siteDir, rulesFile);
  const source = readFileSync(full, 'utf8');
  const end = '\n] as const satisfies readonly BoundaryRule[];';
  if (!source.includes(end)) fail(`could not find the end of the rules in ${rulesFile}`);
  const text = [
    '  {',
    `    id: '${ruleId}',`,
    "    question: {ja: 'TODO: 2 つを見分ける質問', en: 'TODO: the question that tells them apart'},",
    '    answers: [',
    `      {answer: {ja: 'TODO: このステータスになる答え', en: 'TODO: the answer that leads here'}, status: '${key}'},`,
    `      {answer: {ja: 'TODO: 似ているステータスになる答え', en: 'TODO: the answer that leads to the look-alike'}, status: '${lookAlike}'},`,
    '    ],',
    "    examples: [{case: {ja: 'TODO: 具体的な場面', en: 'TODO: a concrete case'}, status: '" + key + "'}],",
    "    basis: {kind: 'facts'},",
    '  },',
  ].join('\n');
  writeFileSync(full, source.replace(end, `\n${text}${end}`));
  return ruleId;
}

/** Adds a finder answer ending on the new status, in the question that ends on its siblings or parent. */
function addFinderAnswer(id: string, key: string, parentKey: string): string | undefined {
  const question = questionNear(parentKey);
  if (!question) return undefined;
  const file = path.join(siteDir, finderFile);
  const source = readFileSync(file, 'utf8');
  const start = source.search(new RegExp(`\\n  '?${question.id}'?: \\{`));
  const close = source.indexOf('\n    ],', start);
  if (start < 0 || close < 0) return undefined;
  const answer = `\n      {id: '${id}', label: {ja: 'TODO: 日本語の選択肢', en: 'TODO: English answer'}, result: '${key}'},`;
  writeFileSync(file, source.slice(0, close) + answer + source.slice(close));
  return question.id;
}

/**
 * The finder answers that end on the parent: once it has a child, a record can no longer end
 * on it, so each must be replaced (the guard says the same until it is). With their lines.
 */
function answersOnParent(parentKey: string): string[] {
  const source = DataSource.read(siteDir, finderFile);
  return Object.values(finderQuestions).flatMap((question) =>
    question.answers
      .filter((answer) => 'result' in answer && answer.result === parentKey)
      .map((answer) => `${finderFile} line ${source.answer(question.id, answer.id)?.start ?? '?'}: answer "${answer.id}" (question "${question.id}")`),
  );
}

const headings = {
  ja: ['定義 {#definition}', 'このステータスを使う場面 {#when-to-use}', '別のステータスを選ぶ場合 {#not-this-one}', 'お客様への確認事項 {#questions}', '目標日と次のアクション {#next-steps}'],
  en: ['Definition {#definition}', 'When to use it {#when-to-use}', 'When another status fits better {#not-this-one}', 'Questions to ask {#questions}', 'Target date and next step {#next-steps}'],
} as const;

const placeholders = {
  ja: {
    intro: 'TODO: このステータスの補足説明を書いてください。',
    when: 'TODO: このステータスを選ぶ場面を書いてください。',
    example: 'TODO: 具体的な例を書いてください。',
    question: 'TODO: お客様に確認することを書いてください。',
    next: 'TODO: 記録する目標日と次のアクションを書いてください。',
  },
  en: {
    intro: 'TODO: add what partners need to know beyond the definition.',
    when: 'TODO: say when to choose this status.',
    example: 'TODO: a concrete example.',
    question: 'TODO: a question to ask the customer.',
    next: 'TODO: the target date and next action to record.',
  },
} as const;

function page(locale: 'ja' | 'en', id: string, key: string): string {
  const t = placeholders[locale];
  const [definition, when, other, questions, next] = headings[locale];
  return [
    '---',
    `id: ${id}`,
    `slug: /${key}`,
    '---',
    '',
    '<StatusHeader />',
    '',
    `## ${definition}`,
    '',
    '<StatusDefinition />',
    '',
    t.intro,
    '',
    `## ${when}`,
    '',
    t.when,
    '',
    ...[1, 2, 3].map(() => `- ${t.example}`),
    '',
    `## ${other}`,
    '',
    // The look-alikes are boundary rules (src/taxonomy/boundaries.ts), shown on both pages.
    '<StatusBoundary />',
    '',
    '<StatusRules />',
    '',
    `## ${questions}`,
    '',
    `- ${t.question}`,
    '',
    `## ${next}`,
    '',
    '<StatusRoles />',
    '',
    t.next,
    '',
  ].join('\n');
}

const key = process.argv[2] ?? fail('give the new status key, e.g. npm run status:add -- blocked/hardware-supply-delay');
const segments = key.split('/');
if (segments.length < 2 || segments.length > 3) fail(`"${key}" is not {l1}/{l2} or {l1}/{l2}/{l3} (an L1 is added by hand in src/taxonomy/l1.ts)`);
const id = segments.at(-1)!;
const parentKey = segments.slice(0, -1).join('/');
if (!kebab.test(id)) fail(`id "${id}" must be lowercase kebab-case ASCII: it becomes a permanent URL segment`);
const parent = taxonomy.byKey.get(parentKey) ?? fail(`parent "${parentKey}" is not an active status`);
if (findAnyStatus(key)) fail(`"${key}" already exists in src/taxonomy/ (a retired status keeps its key forever)`);
const level = segments.length as 2 | 3;
// The first look-alike the page offers: a sibling a record can end on, else one of the
// parent's siblings (the first L3's parent L2 no longer is one), else the parent.
const grandparent = parent.parentKey ? taxonomy.byKey.get(parent.parentKey) : undefined;
const lookAlike = [...parent.children, ...(grandparent?.children ?? [])].find((n) => n.children.length === 0 && n.key !== parentKey)?.key ?? parentKey;

addEntry(`src/taxonomy/l${level}.ts`, entry(id, level === 2 ? parentKey : parentKey));
const vocabularyFiles = addVocabulary(key);
const question = addFinderAnswer(id, key, parentKey);
const rule = addRule(id, key, lookAlike);
const onParent = answersOnParent(parentKey);
const written = (['ja', 'en'] as const).map((locale) => {
  const file = expectedPageFile(locale, key);
  if (existsSync(path.join(siteDir, file))) fail(`${file} already exists`);
  mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
  writeFileSync(path.join(siteDir, file), page(locale, id, key));
  return file;
});
const child = `L${level}`;

console.log(
  [
    `Added "${key}" (${child} under "${parentKey}"):`,
    `  src/taxonomy/l${level}.ts    the entry (origin 'added', no legacy page)`,
    ...vocabularyFiles.map((f) => `  ${f}   the words partners type for it (search and tree filter)`),
    question ? `  ${finderFile}   an answer in question "${question}"` : `  ${finderFile}   (no question ends near it: add an answer with its result yourself)`,
    `  ${rulesFile}   a boundary rule between it and "${lookAlike}" (${rule})`,
    ...written.map((f) => `  ${f}`),
    ...(onParent.length > 0
      ? [
          '',
          `"${parentKey}" now has an ${child}, so a record can no longer end on it; the finder still ends on it at:`,
          ...onParent.map((a) => `  ${a}`),
          `Replace each: point it to an ${child} (result: '${key}'), keeping its id (shared ?answers= links record it),`,
          `or lead it to a question that asks between the ${child}s (next: …). npm run check names it until then.`,
        ]
      : []),
    '',
    'Left to do — replace every TODO (npm run check names each one by file and line):',
    `  1. name and summary in both languages in src/taxonomy/l${level}.ts, and the words partners type for it in src/search/vocabulary/{ja,en}.ts;`,
    `  2. the finder answer label (or move the answer to the question where it fits)${onParent.length > 0 ? ', and the answers on the parent above' : ''};`,
    `  3. the boundary rule "${rule}" in ${rulesFile}: the question that tells it from "${lookAlike}", both answers, an example (add a rule for each other look-alike: one rule per pair, both pages show it);`,
    '  4. both pages: at least 3 examples, questions, next steps (the look-alikes are the rules, never prose);',
    '  5. npm run check, then npm test; commit published-urls.txt with the new URLs the build adds.',
  ].join('\n'),
);
