/**
 * The page guard: every status has its page in every locale, every page belongs to the
 * taxonomy, and each page's id/slug follow the permanent URL scheme. Docusaurus itself
 * would silently show the Japanese page under /en/ when a translation is missing; this
 * guard makes that a build error instead.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {locales, taxonomy, type Taxonomy} from '../../taxonomy';
import {docsDirs, expectedPageFile, extraDocIds, pageExtensions, pageOfFile} from './files';

export interface PageProblem {
  /** Site-relative path of the file at fault (or that should exist). */
  readonly file: string;
  readonly message: string;
}

/** Front matter keys a status page must not set: they come from the taxonomy. */
const derivedKeys = ['title', 'description', 'keywords', 'sidebar_label', 'rules', 'childRules', 'decisions', 'terms'] as const;

function listPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listPages(full);
    return pageExtensions.some((e) => entry.endsWith(e)) ? [full] : [];
  });
}

export async function checkPages(
  siteDir: string,
  from: Taxonomy = taxonomy,
  extraIds: readonly string[] = extraDocIds,
): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  const known = new Set([...from.byKey.keys(), ...extraIds]);

  for (const locale of locales) {
    for (const docId of known) {
      const file = expectedPageFile(locale, docId);
      if (!existsSync(path.join(siteDir, file))) {
        const what = from.byKey.has(docId) ? `status "${docId}"` : `page "${docId}"`;
        problems.push({
          file,
          message: `missing ${locale} page for ${what}` +
            (locale === 'ja' ? '' : ' (without it Docusaurus would silently show the Japanese page)'),
        });
      }
    }

    for (const full of listPages(path.join(siteDir, docsDirs[locale]))) {
      const file = path.relative(siteDir, full).split(path.sep).join('/');
      const page = pageOfFile(siteDir, full);
      if (!page) continue;
      if (from.retired.some((n) => n.key === page.docId)) continue; // reported by checkRetiredPages (guards.ts)
      if (!known.has(page.docId)) {
        problems.push({file, message: `page "${page.docId}" is not in the taxonomy (src/taxonomy/) nor in extraDocIds`});
        continue;
      }
      if (!file.endsWith('.mdx')) {
        problems.push({file, message: `pages are MDX: rename to ${expectedPageFile(locale, page.docId)}`});
        continue;
      }
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({
        filePath: full,
        fileContent: readFileSync(full, 'utf8'),
      });
      const expectedId = page.docId.split('/').at(-1);
      const expectedSlug = `/${page.docId}`;
      if (frontMatter.id !== expectedId) {
        problems.push({file, message: `front matter id is ${JSON.stringify(frontMatter.id)}, expected "${expectedId}"`});
      }
      if (frontMatter.slug !== expectedSlug) {
        problems.push({file, message: `front matter slug is ${JSON.stringify(frontMatter.slug)}, expected "${expectedSlug}" (permanent URL)`});
      }
      if (from.byKey.has(page.docId)) {
        for (const key of derivedKeys) {
          if (key in frontMatter) {
            problems.push({file, message: `front matter "${key}" must not be set: it comes from the taxonomy (src/taxonomy/)`});
          }
        }
      }
    }
  }
  return problems;
}

export function formatProblems(problems: readonly PageProblem[]): string {
  return [
    `Status pages do not match the taxonomy (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...problems.map((p) => `  - ${p.file}: ${p.message}`),
  ].join('\n');
}
