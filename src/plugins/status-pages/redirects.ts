/**
 * Redirects from the playbook's page names to the permanent URLs, for
 * @docusaurus/plugin-client-redirects. The Japanese playbook named pages
 * `l1l2l3-{l1}-{l2}-jp`; the English original had no `-jp`. Only seed statuses have such a
 * name; a retired one keeps it (its URL answers with a page forwarding to the successor).
 */
import {taxonomy, type Locale, type Taxonomy} from '../../taxonomy';

export function legacyPaths(locale: Locale, from: Taxonomy = taxonomy): Map<string, string> {
  const paths = new Map<string, string>();
  for (const status of [...from.all, ...from.retired]) {
    if (!status.legacyPage) continue;
    const legacy = locale === 'ja' ? status.legacyPage : status.legacyPage.replace(/-jp$/, '');
    paths.set(status.path, `/${legacy}`);
  }
  return paths;
}

/** `createRedirects` option: for an existing page path, the old paths that should land on it. */
export function legacyRedirects(locale: Locale, from: Taxonomy = taxonomy): (existingPath: string) => string[] | undefined {
  const paths = legacyPaths(locale, from);
  return (existingPath) => {
    const legacy = paths.get(existingPath.replace(/^\/en(?=\/)/, ''));
    return legacy ? [legacy] : undefined;
  };
}
