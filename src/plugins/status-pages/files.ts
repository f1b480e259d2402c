/**
 * Where each locale's Markdown pages live, and which pages exist besides the statuses.
 * Node-side only (used by the config, the guard and the tests).
 */
import path from 'node:path';
import {locales, type Locale} from '../../taxonomy';

/** Content folder of each locale, relative to the site directory. */
export const docsDirs: Record<Locale, string> = {
  ja: 'docs',
  en: 'i18n/en/docusaurus-plugin-content-docs/current',
};

/**
 * Doc pages that are not statuses (each must exist in every locale, like the statuses).
 * Adding a page here is how a non-status page gets past the "unknown page" guard.
 */
export const extraDocIds: readonly string[] = ['glossary', 'history'];

export const pageExtensions = ['.mdx', '.md'] as const;

/** The page file a doc id should have in a locale (`blocked/legal-regulatory` → `docs/blocked/legal-regulatory.mdx`). */
export function expectedPageFile(locale: Locale, docId: string): string {
  return `${docsDirs[locale]}/${docId}.mdx`;
}

/** For a page file, its locale and doc id — or undefined when the file is not a docs page. */
export function pageOfFile(
  siteDir: string,
  filePath: string,
): {locale: Locale; docId: string} | undefined {
  const relative = path.relative(siteDir, filePath).split(path.sep).join('/');
  for (const locale of locales) {
    const dir = `${docsDirs[locale]}/`;
    const ext = pageExtensions.find((e) => relative.endsWith(e));
    if (relative.startsWith(dir) && ext) {
      return {locale, docId: relative.slice(dir.length, -ext.length)};
    }
  }
  return undefined;
}
