/**
 * Docusaurus plugin that fails the build (and `docusaurus start`) when the pages and the
 * taxonomy disagree. It checks both locales whichever locale is being built.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkPages, formatProblems} from './checkPages';

export default function statusPagesPlugin(context: LoadContext): Plugin {
  return {
    name: 'status-pages-guard',
    async loadContent() {
      const problems = await checkPages(context.siteDir);
      if (problems.length > 0) {
        throw new Error(formatProblems(problems));
      }
    },
    getPathsToWatch() {
      return [`${context.siteDir}/docs/**/*.mdx`, `${context.siteDir}/i18n/*/docusaurus-plugin-content-docs/**/*.mdx`];
    },
  };
}
