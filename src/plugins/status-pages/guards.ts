/**
 * Every guard of the site in one call, so the build, the dev server (`docusaurus start`) and
 * `npm run check` run the same checks. Each problem names the file to fix and the status id.
 * Node-side only.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {
  finderQuestions,
  firstQuestion,
  localePrefix,
  locales,
  taxonomy,
  type FinderQuestion,
  type QuestionId,
  type Taxonomy,
} from '../../taxonomy';
import {checkPages} from './checkPages';
import {checkContent, completenessRules} from './checkContent';
import {expectedPageFile, extraDocIds} from './files';
import {legacyPaths} from './redirects';
import {checkVocabulary} from '../../search/vocabulary/check';
import {checkRules} from './checkRules';
import {checkTerms} from './checkTerms';

export interface GuardProblem {
  /** Site-relative path of the file to fix. */
  readonly file: string;
  readonly message: string;
  /** Set for content that is still being written: a warning on the dev server, an error in the build. */
  readonly incomplete?: boolean;
}

const finderFile = 'src/taxonomy/finder.ts';

/**
 * The finder: no cycle, every answer ends on an active status, and every leaf status (what a
 * record can end on: an L2 without L3, an L3, an L1 without L2) is the end of some path.
 */
export function checkFinder(
  from: Taxonomy = taxonomy,
  questions: Record<QuestionId, FinderQuestion> = finderQuestions,
): GuardProblem[] {
  const problems: GuardProblem[] = [];
  const reached = new Set<string>();
  const walk = (id: QuestionId, seen: readonly QuestionId[]) => {
    if (seen.includes(id)) {
      problems.push({file: finderFile, message: `the questions loop: ${[...seen, id].join(' → ')}`});
      return;
    }
    for (const answer of questions[id].answers) {
      if ('next' in answer) {
        walk(answer.next, [...seen, id]);
        continue;
      }
      const key: string = answer.result;
      reached.add(key);
      const old = from.retired.find((n) => n.key === key);
      if (old) problems.push({file: finderFile, message: `answer "${answer.id}" ends on retired status "${key}"; point it to "${old.retired!.successor}"`});
      else if (!from.byKey.has(key)) problems.push({file: finderFile, message: `answer "${answer.id}" ends on unknown status "${key}"`});
    }
  };
  walk(firstQuestion, []);
  for (const question of Object.values(questions)) {
    for (const [what, text] of [[`question "${question.id}"`, question.text], ...question.answers.map((a) => [`answer "${a.id}"`, a.label] as const)] as const) {
      for (const locale of locales) {
        if (/\bTODO\b/.test(text[locale])) problems.push({file: finderFile, message: `${what}: fill in the ${locale} text (still TODO)`, incomplete: true});
      }
    }
  }
  for (const leaf of from.leaves) {
    if (!reached.has(leaf.key)) {
      problems.push({file: finderFile, message: `no answer ends on "${leaf.key}": the finder cannot reach it. Add an answer with result: '${leaf.key}'`});
    }
  }
  return problems;
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
    ...checkVocabulary(siteDir, from),
    ...checkRules(siteDir, from),
    ...checkTerms(siteDir, from),
    ...checkFinder(from),
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
