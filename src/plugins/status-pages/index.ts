/**
 * Docusaurus plugin for the status pages:
 * - fails the build (and `docusaurus start`) when the pages and the taxonomy disagree — in
 *   both locales, whichever locale is being built;
 * - publishes each page's last-update date (from git) for the update-history page.
 */
import {execFileSync} from 'node:child_process';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {locales, taxonomy, type Locale} from '../../taxonomy';
import {checkPages, formatProblems} from './checkPages';
import {expectedPageFile, extraDocIds} from './files';

export const pluginName = 'status-pages';

export interface StatusPagesData {
  /** ISO date of the last commit of each page, per locale (null outside a git checkout). */
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

export default function statusPagesPlugin(context: LoadContext): Plugin {
  return {
    name: pluginName,
    async loadContent(): Promise<StatusPagesData> {
      const problems = await checkPages(context.siteDir);
      if (problems.length > 0) {
        throw new Error(formatProblems(problems));
      }
      const docIds = [...taxonomy.all.map((n) => n.key), ...extraDocIds];
      const pageDates = Object.fromEntries(
        docIds.map((docId) => [
          docId,
          Object.fromEntries(locales.map((locale) => [locale, lastCommitDate(context.siteDir, expectedPageFile(locale, docId))])) as Record<Locale, string | null>,
        ]),
      );
      return {pageDates};
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
    getPathsToWatch() {
      return [`${context.siteDir}/docs/**/*.mdx`, `${context.siteDir}/i18n/*/docusaurus-plugin-content-docs/**/*.mdx`];
    },
  };
}
