/**
 * The page guard (src/plugins/status-pages) on temporary copies of the pages: each way the
 * pages can drift from the taxonomy is introduced and must be reported, naming the file.
 */
import {mkdirSync} from 'node:fs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkPages, formatProblems} from '../../src/plugins/status-pages/checkPages';
import statusPagesPlugin from '../../src/plugins/status-pages';
import {taxonomy} from '../../src/taxonomy';
import {l3FixtureKeys, l3FixtureParent, taxonomyWithL3} from '../fixtures/taxonomyWithL3';
import {copySite, siteDir, type TempSite} from './tempSite';
import type {LoadContext} from '@docusaurus/types';

const en = 'i18n/en/docusaurus-plugin-content-docs/current';
let site: TempSite;

beforeEach(() => {
  site = copySite(['docs', 'i18n', 'deploy', 'static', 'published-urls.txt']);
});
afterEach(() => site.dispose());

const report = async (from = taxonomy) => formatProblems(await checkPages(site.dir, from));

// Subjects picked by property, so the tests hold whatever the taxonomy becomes.
const l2 = taxonomy.all.find((n) => n.level === 2)!;
const l1 = taxonomy.roots.find((n) => n.children.length > 0)!;
const page = (locale: 'ja' | 'en', key: string) => `${locale === 'ja' ? 'docs' : en}/${key}.mdx`;

describe('page guard', () => {
  it('passes on the real site', async () => {
    expect(await checkPages(siteDir)).toEqual([]);
  });

  it('reports a missing English page, naming the file, instead of falling back to Japanese', async () => {
    site.remove(page('en', l2.key));
    expect(await report()).toContain(`${page('en', l2.key)}: missing en page for status "${l2.key}" (without it Docusaurus would silently show the Japanese page)`);
  });

  it('reports a missing Japanese page', async () => {
    site.remove(page('ja', l1.key));
    expect(await report()).toContain(`${page('ja', l1.key)}: missing ja page for status "${l1.key}"`);
  });

  it('reports a page the taxonomy does not know', async () => {
    site.write(page('ja', `${l1.key}/weather`), `---\nid: weather\nslug: /${l1.key}/weather\n---\n\nText.\n`);
    expect(await report()).toContain(`${page('ja', `${l1.key}/weather`)}: page "${l1.key}/weather" is not in the taxonomy`);
  });

  it('reports a slug that breaks the permanent URL', async () => {
    site.edit(page('ja', l2.key), (c) => c.replace(`slug: /${l2.key}`, 'slug: /legal'));
    expect(await report()).toContain(`${page('ja', l2.key)}: front matter slug is "/legal", expected "/${l2.key}"`);
  });

  it('reports a front matter id that disagrees with the scheme', async () => {
    site.edit(page('en', l1.key), (c) => c.replace(`id: ${l1.id}`, 'id: nointent'));
    expect(await report()).toContain(`${page('en', l1.key)}: front matter id is "nointent", expected "${l1.id}"`);
  });

  it('reports a title written into a page (names come from the taxonomy)', async () => {
    site.edit(page('ja', l1.key), (c) => c.replace(`slug: /${l1.key}\n`, `slug: /${l1.key}\ntitle: ${l1.name.ja}\n`));
    expect(await report()).toContain(`${page('ja', l1.key)}: front matter "title" must not be set`);
  });

  it('expects pages for L3 statuses too (fixture, added to the real L3s)', async () => {
    const [first] = l3FixtureKeys;
    expect(await report(taxonomyWithL3)).toContain(`docs/${first}.mdx: missing ja page for status "${first}"`);
    for (const [dir, locale] of [['docs', 'ja'], [en, 'en']] as const) {
      for (const key of l3FixtureKeys) {
        mkdirSync(site.file(`${dir}/${l3FixtureParent.key}`), {recursive: true});
        site.write(`${dir}/${key}.mdx`, `---\nid: ${key.split('/').at(-1)}\nslug: /${key}\n---\n\n${locale}\n`);
      }
    }
    expect(await checkPages(site.dir, taxonomyWithL3)).toEqual([]);
  });

  it('makes the Docusaurus plugin throw with the formatted list', async () => {
    site.remove(page('en', l1.key));
    const plugin = statusPagesPlugin({siteDir: site.dir} as LoadContext);
    await expect(plugin.loadContent!()).rejects.toThrow(`The site does not match the taxonomy (1 problem):\n  - ${page('en', l1.key)}: missing en page`);
  });
});
