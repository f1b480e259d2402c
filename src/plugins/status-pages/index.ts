/**
 * Docusaurus plugin for the status pages:
 * - runs every guard (guards.ts) on each build and dev start, and fails when the pages, the
 *   finder, the published URLs or the deploy files disagree with the taxonomy — in both
 *   locales, whichever locale is being built (on the dev server, a page still being written
 *   only warns);
 * - serves each retired status's URL with a page that forwards to its successor;
 * - publishes each page's last-update date for the update-history page: the page file's last
 *   commit (git), or the latest dated data the page shows (a rule's last change or decision, a
 *   correction), if later;
 * - writes the taxonomy in the language being built (site-data.json), which the pages read.
 */
import {execFileSync} from 'node:child_process';
import {utimesSync, watch, type FSWatcher} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {boundaryRules, finderQuestions, firstQuestion, locales, localized, taxonomy, type Locale} from '../../taxonomy';
import {localizeSite, localRule} from '../../taxonomy/localized';
import {expectedPageFile, extraDocIds} from './files';
import {formatGuardProblems, runGuards} from './guards';
import {pageDataFields} from './frontMatter';
import {readRuleRevisions} from './ruleRevisions';

export const pluginName = 'status-pages';
/** `@generated/status-pages/default/site-data.json`: `{[locale]: LocalSiteData}` for the locale being built. */
export const siteDataFile = 'site-data.json';
/** `@generated/status-pages/default/rules.json`: `{[locale]: LocalRule[]}`, every boundary rule. */
export const rulesDataFile = 'rules.json';

export interface StatusPagesData {
  /** ISO date each page last changed, per locale: its file's last commit or the dated data it shows, whichever is later (null when neither is known). */
  readonly pageDates: Record<string, Record<Locale, string | null>>;
}

function lastCommitDate(siteDir: string, file: string): string | null {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    return date || null;
  } catch {
    return null;
  }
}

/**
 * The latest date in the data a status page shows besides its own file: the date each rule
 * it shows last changed (its own rules, those between its children, its parent's condition
 * for all children: src/taxonomy/ruleRevisions.json, ./ruleRevisions.ts), every such rule's
 * decision date, and its corrections' dates. The page file's git date alone misses these.
 */
export function latestDataDate(key: string, siteDir: string = path.resolve(__dirname, '../../..')): string | null {
  const node = taxonomy.all.find((n) => n.key === key);
  if (!node) return null;
  const parent = node.parentKey ? taxonomy.all.find((n) => n.key === node.parentKey) : undefined;
  const shown = (status: string) => status === key || status.startsWith(`${key}/`);
  const revisions = readRuleRevisions(siteDir);
  const dates: string[] = node.corrections.map((c) => c.date);
  for (const rule of boundaryRules) {
    if (!(rule.answers.some((a) => shown(a.status)) || rule.id === parent?.forEveryChild?.rule)) continue;
    if (rule.basis.kind === 'decision') dates.push(rule.basis.date);
    const revised = revisions[rule.id];
    if (revised) dates.push(revised.date);
  }
  return dates.sort().at(-1) ?? null;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * On the dev server, a change in src/taxonomy/ reloads the whole site, not just this
 * plugin: titles (parseFrontMatter), the sidebar and every component read the taxonomy
 * module, which only a fresh load of the config re-imports. Touching the config file is
 * how Docusaurus is asked for that reload. One watcher per process (the plugin is re-created
 * on every reload, so the watcher lives on globalThis).
 */
function reloadSiteOnTaxonomyChange(context: LoadContext): void {
  const holder = globalThis as {statusTaxonomyWatcher?: FSWatcher};
  if (process.env.NODE_ENV !== 'development' || holder.statusTaxonomyWatcher) return;
  let timer: NodeJS.Timeout | undefined;
  // The directory itself, not each file: editors (and sed -i) replace a file by renaming,
  // which a watcher on the old file never sees.
  holder.statusTaxonomyWatcher = watch(path.join(context.siteDir, 'src/taxonomy'), (_event, file) => {
    if (!file || /\.test\.tsx?$/.test(String(file))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = new Date();
      utimesSync(context.siteConfigPath, now, now);
    }, 200);
  });
  holder.statusTaxonomyWatcher.unref();
}

export default function statusPagesPlugin(context: LoadContext): Plugin {
  reloadSiteOnTaxonomyChange(context);
  return {
    name: pluginName,
    async loadContent(): Promise<StatusPagesData> {
      const all = await runGuards(context.siteDir, {updateGenerated: true});
      const dev = process.env.NODE_ENV === 'development';
      const problems = dev ? all.filter((p) => !p.incomplete) : all;
      if (problems.length > 0) throw new Error(formatGuardProblems(problems));
      if (all.length > 0) console.warn(`[status-pages] Pages still being written (the build will fail until fixed):\n${formatGuardProblems(all)}`);
      const docIds = [...taxonomy.all.map((n) => n.key), ...extraDocIds];
      const pageDates = Object.fromEntries(
        docIds.map((docId) => [
          docId,
          Object.fromEntries(locales.map((locale) => [locale, later(lastCommitDate(context.siteDir, expectedPageFile(locale, docId)), latestDataDate(docId, context.siteDir))])) as Record<Locale, string | null>,
        ]),
      );
      return {pageDates};
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
      // The taxonomy in this build's language only, for the pages (src/hooks/useStatus.ts).
      localized(taxonomy.roots[0]!.name, context.i18n.currentLocale); // throws for a locale the taxonomy does not have
      const locale = context.i18n.currentLocale as Locale;
      await actions.createData(siteDataFile, JSON.stringify({[locale]: localizeSite(locale, taxonomy, {first: firstQuestion, questions: finderQuestions})}));
      // Every boundary rule in this language, for the finder's result (fetched with a result, not with pages).
      await actions.createData(rulesDataFile, JSON.stringify({[locale]: boundaryRules.map((rule) => localRule(rule, locale))}));
      // A retired status's URL keeps answering: a short page that names the successor and forwards to it.
      for (const old of taxonomy.retired) {
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, old.path]),
          component: '@site/src/components/RetiredStatus/index.tsx',
          exact: true,
          props: {statusKey: old.key},
        });
      }
    },
    configureWebpack() {
      // A page's rules, terms or decisions travel once, in its MDX module, not in its metadata too.
      return {
        module: {
          rules: [{test: /\.json$/, include: [path.join(context.generatedFilesDir, 'docusaurus-plugin-content-docs')], use: [{loader: path.join(__dirname, 'docMetadataLoader.cjs'), options: {fields: pageDataFields}}]}],
        },
      };
    },
    getPathsToWatch() {
      return [`${context.siteDir}/docs/**/*.mdx`, `${context.siteDir}/i18n/*/docusaurus-plugin-content-docs/**/*.mdx`];
    },
  };
}
