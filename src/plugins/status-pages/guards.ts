/**
 * Every guard of the site in one call, so the build, the dev server (`docusaurus start`) and
 * `npm run check` run the same checks. Each problem names the file to fix and the status id.
 * Node-side only.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {
  boundaryRules,
  finderQuestions,
  firstQuestion,
  localePrefix,
  locales,
  taxonomy,
  type FinderQuestion,
  type QuestionId,
  type StatusNode,
  type Taxonomy,
} from '../../taxonomy';
import {DataSource} from '../../taxonomy/dataSource';
import {checkTaxonomyText, finderFile} from './checkTaxonomy';
import {checkPages} from './checkPages';
import {checkContent, completenessRules} from './checkContent';
import {expectedPageFile, extraDocIds} from './files';
import {legacyPaths} from './redirects';
import {checkVocabulary} from '../../search/vocabulary/check';
import {checkRules, rulesFile} from './checkRules';
import {checkRuleRevisions} from './ruleRevisions';
import {checkTerms} from './checkTerms';

export interface GuardProblem {
  /** Site-relative path of the file to fix. */
  readonly file: string;
  readonly message: string;
  /** Set for content that is still being written: a warning on the dev server, an error in the build. */
  readonly incomplete?: boolean;
}

const siteRoot = path.resolve(__dirname, '../../..');

/** What a record can end on below a status that is not a leaf: the leaves under it. */
function leavesUnder(status: StatusNode): StatusNode[] {
  return status.children.flatMap((child) => (child.children.length === 0 ? [child] : leavesUnder(child)));
}

/**
 * The finder: no cycle; every answer ends on a status a record can end on (`taxonomy.leaves`:
 * an L3, an L2 without L3s, an L1 without L2s), never on a retired or unknown one nor on a
 * status that has children; and every leaf is the end of some path. Answers are named with
 * their line in src/taxonomy/finder.ts.
 */
export function checkFinder(
  from: Taxonomy = taxonomy,
  questions: Record<QuestionId, FinderQuestion> = finderQuestions,
  siteDir: string = siteRoot,
): GuardProblem[] {
  const source = DataSource.read(siteDir, finderFile);
  const problems: GuardProblem[] = [];
  const reached = new Set<string>();
  const leaves = new Set(from.leaves.map((n) => n.key));
  const walk = (id: QuestionId, seen: readonly QuestionId[]) => {
    if (seen.includes(id)) {
      const line = source.question(id)?.start;
      problems.push({file: finderFile, message: `${line ? `line ${line}: ` : ''}the questions loop: ${[...seen, id].join(' → ')}`});
      return;
    }
    for (const answer of questions[id].answers) {
      if ('next' in answer) {
        walk(answer.next, [...seen, id]);
        continue;
      }
      const key: string = answer.result;
      reached.add(key);
      const line = source.answer(id, answer.id)?.start;
      const at = `${line ? `line ${line}: ` : ''}answer "${answer.id}"`;
      const old = from.retired.find((n) => n.key === key);
      const status = from.byKey.get(key);
      if (old) problems.push({file: finderFile, message: `${at} ends on retired status "${key}"; point it to "${old.retired!.successor}"`});
      else if (!status) problems.push({file: finderFile, message: `${at} ends on unknown status "${key}"`});
      else if (!leaves.has(key)) {
        const choices = leavesUnder(status).map((n) => n.key);
        problems.push({
          file: finderFile,
          message:
            `${at} ends on "${key}", which has L${status.level + 1}s: a record ends on one of them, never on it. ` +
            `Point the answer to one of them (result: '${choices[0]}'), keeping its id (shared ?answers= links record it), ` +
            `or lead it to a question that asks between them (next: …). To choose from: ${choices.join(', ')}`,
        });
      }
    }
  };
  walk(firstQuestion, []);
  for (const leaf of from.leaves) {
    if (reached.has(leaf.key)) continue;
    const near = leaf.parentKey ? questionNear(leaf.parentKey, questions) : undefined;
    const line = near ? source.question(near.id)?.start : undefined;
    const where = near ? ` (its siblings' answers are in question "${near.id}"${line ? `, line ${line}` : ''})` : '';
    problems.push({file: finderFile, message: `no answer ends on "${leaf.key}": the finder cannot reach it. Add an answer with result: '${leaf.key}'${where}`});
  }
  return problems;
}

/** The question with the most answers ending on a status or below it: where an answer for a new child belongs. */
export function questionNear(key: string, questions: Record<QuestionId, FinderQuestion> = finderQuestions): FinderQuestion | undefined {
  const ends = (q: FinderQuestion) => q.answers.filter((a) => 'result' in a && (a.result === key || a.result.startsWith(`${key}/`))).length;
  return Object.values(questions).reduce<FinderQuestion | undefined>((top, q) => (ends(q) > (top ? ends(top) : 0) ? q : top), undefined);
}

/** The committed list of every URL the site has published (both locales); reviewed in diffs. */
export const publishedUrlsFile = 'published-urls.txt';

/** Every URL the site answers today, from the taxonomy and the site's fixed pages. */
export function answeredUrls(from: Taxonomy = taxonomy): string[] {
  const urls = new Set<string>();
  for (const locale of locales) {
    const prefix = localePrefix(locale);
    urls.add(`${prefix}/`);
    for (const page of ['/finder', '/overview', ...extraDocIds.map((id) => `/${id}`)]) urls.add(`${prefix}${page}`);
    // A retired status keeps its URL: it answers with a page forwarding to the successor.
    for (const status of [...from.all, ...from.retired]) urls.add(`${prefix}${status.path}`);
    for (const legacy of legacyPaths(locale, from).values()) urls.add(`${prefix}${legacy}`);
  }
  for (const file of ['/taxonomy.json', '/taxonomy.schema.json', '/taxonomy.csv']) urls.add(file);
  return [...urls].sort();
}

export function readPublishedUrls(siteDir: string): string[] {
  const file = path.join(siteDir, publishedUrlsFile);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

const publishedHeader = [
  '# Every URL this site has published, in both locales. Generated: the build and `npm run check`',
  '# add new URLs; a URL is never removed, and the build fails when one would stop answering',
  '# (retire a status instead of deleting it). Commit this file with the change that adds URLs.',
];

/**
 * A published URL that no longer answers is an error. New URLs are added to the list
 * (when `update` is set), so the list only grows and its diff shows what a change publishes.
 */
export function checkPublishedUrls(siteDir: string, from: Taxonomy = taxonomy, update = false): GuardProblem[] {
  const published = readPublishedUrls(siteDir);
  const answered = new Set(answeredUrls(from));
  const problems = published
    .filter((url) => !answered.has(url))
    .map((url) => ({
      file: publishedUrlsFile,
      message: `published URL ${url} would stop answering. Keep the status and mark it retired (retired: {date, successor, reason}) instead of deleting it`,
    }));
  const all = [...new Set([...published, ...answered])].sort();
  if (update && problems.length === 0 && all.length !== published.length) {
    writeFileSync(path.join(siteDir, publishedUrlsFile), `${[...publishedHeader, ...all].join('\n')}\n`);
  }
  return problems;
}

/** A retired status must not keep its pages: the site serves the forwarding page at its URL. */
export function checkRetiredPages(siteDir: string, from: Taxonomy = taxonomy): GuardProblem[] {
  return from.retired.flatMap((old) =>
    locales
      .map((locale) => expectedPageFile(locale, old.key))
      .filter((file) => existsSync(path.join(siteDir, file)))
      .map((file) => ({file, message: `"${old.key}" is retired (successor "${old.retired!.successor}"): delete this page; its URL forwards to the successor`})),
  );
}

/**
 * Generated deploy files (redirects, near-miss rules, Azure config) that no longer match
 * their source. With `update` (build, dev server, `npm run check`) they are written anew,
 * so a deployed site can never carry stale ones; the change then shows in the diff, to be
 * committed like published-urls.txt. Without it, a stale file is a problem.
 */
export async function checkDeployFiles(siteDir: string, update = false): Promise<GuardProblem[]> {
  // Imported lazily: the renderer reads the real taxonomy, which fixtures do not replace.
  const {generatedFiles} = await import('../../deploy/render');
  const stale = Object.entries(generatedFiles).filter(
    ([file, render]) => !existsSync(path.join(siteDir, file)) || readFileSync(path.join(siteDir, file), 'utf8') !== render(),
  );
  if (update) {
    for (const [file, render] of stale) {
      writeFileSync(path.join(siteDir, file), render());
      console.log(`[status-pages] ${file} was out of date with src/taxonomy/ and src/deploy/: written anew; commit it.`);
    }
    return [];
  }
  return stale.map(([file]) => ({file, message: 'out of date with src/taxonomy/ and src/deploy/: run npm run deploy:config and commit the result'}));
}

export interface GuardOptions {
  readonly from?: Taxonomy;
  readonly extraIds?: readonly string[];
  /** Add new URLs to published-urls.txt and rewrite stale deploy files (build, dev server and `npm run check` do). */
  readonly updateGenerated?: boolean;
}

/** Runs every guard; an empty list means the site is consistent. */
export async function runGuards(siteDir: string, options: GuardOptions = {}): Promise<GuardProblem[]> {
  const from = options.from ?? taxonomy;
  const extraIds = options.extraIds ?? extraDocIds;
  const pageProblems = await checkPages(siteDir, from, extraIds);
  const contentProblems = checkContent(siteDir, from, extraIds).map((p) => ({
    file: p.file,
    message: `[${p.rule}] ${p.message}`,
    incomplete: completenessRules.has(p.rule),
  }));
  return [
    ...pageProblems,
    ...checkRetiredPages(siteDir, from),
    ...contentProblems,
    ...checkTaxonomyText(siteDir, from).map((p) => ({file: p.file, message: `[${p.rule}] ${p.message}`, incomplete: p.rule === 'placeholder'})),
    ...checkVocabulary(siteDir, from),
    ...checkRules(siteDir, from),
    ...checkRuleRevisions(siteDir, boundaryRules, rulesFile, options.updateGenerated ?? false),
    ...checkTerms(siteDir, from),
    ...checkFinder(from, finderQuestions, siteDir),
    ...checkPublishedUrls(siteDir, from, options.updateGenerated ?? false),
    ...(await checkDeployFiles(siteDir, options.updateGenerated ?? false)),
  ];
}

export function formatGuardProblems(problems: readonly GuardProblem[]): string {
  return [
    `The site does not match the taxonomy (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...problems.map((p) => `  - ${p.file}: ${p.message}`),
  ].join('\n');
}
