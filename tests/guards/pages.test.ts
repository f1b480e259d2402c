/**
 * The page guard (src/plugins/status-pages) on temporary copies of the pages: each way the
 * pages can drift from the taxonomy is introduced and must be reported, naming the file.
 */
import {mkdirSync} from 'node:fs';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkPages, formatProblems} from '../../src/plugins/status-pages/checkPages';
import statusPagesPlugin from '../../src/plugins/status-pages';
import {buildTaxonomy, l1Statuses, l2Statuses, taxonomy} from '../../src/taxonomy';
import {l3Fixture} from '../fixtures/taxonomyWithL3';
import {copySite, siteDir, type TempSite} from './tempSite';
import type {LoadContext} from '@docusaurus/types';

const en = 'i18n/en/docusaurus-plugin-content-docs/current';
let site: TempSite;

beforeEach(() => {
  site = copySite(['docs', 'i18n', 'deploy', 'static', 'published-urls.txt']);
});
afterEach(() => site.dispose());

const report = async (from = taxonomy) => formatProblems(await checkPages(site.dir, from));

describe('page guard', () => {
  it('passes on the real site', async () => {
    expect(await checkPages(siteDir)).toEqual([]);
  });

  it('reports a missing English page, naming the file, instead of falling back to Japanese', async () => {
    site.remove(`${en}/blocked/legal-regulatory.mdx`);
    expect(await report()).toContain(
      `${en}/blocked/legal-regulatory.mdx: missing en page for status "blocked/legal-regulatory" (without it Docusaurus would silently show the Japanese page)`,
    );
  });

  it('reports a missing Japanese page', async () => {
    site.remove('docs/in-progress.mdx');
    expect(await report()).toContain('docs/in-progress.mdx: missing ja page for status "in-progress"');
  });

  it('reports a page the taxonomy does not know', async () => {
    site.write('docs/blocked/weather.mdx', '---\nid: weather\nslug: /blocked/weather\n---\n\nText.\n');
    expect(await report()).toContain('docs/blocked/weather.mdx: page "blocked/weather" is not in the taxonomy');
  });

  it('reports a slug that breaks the permanent URL', async () => {
    site.edit('docs/blocked/legal-regulatory.mdx', (c) => c.replace('slug: /blocked/legal-regulatory', 'slug: /legal'));
    expect(await report()).toContain('docs/blocked/legal-regulatory.mdx: front matter slug is "/legal", expected "/blocked/legal-regulatory"');
  });

  it('reports a front matter id that disagrees with the scheme', async () => {
    site.edit(`${en}/no-intent.mdx`, (c) => c.replace('id: no-intent', 'id: nointent'));
    expect(await report()).toContain(`${en}/no-intent.mdx: front matter id is "nointent", expected "no-intent"`);
  });

  it('reports a title written into a page (names come from the taxonomy)', async () => {
    site.edit('docs/blocked.mdx', (c) => c.replace('slug: /blocked\n', 'slug: /blocked\ntitle: ブロック\n'));
    expect(await report()).toContain('docs/blocked.mdx: front matter "title" must not be set');
  });

  it('expects pages for L3 statuses too (fixture)', async () => {
    const fixture = buildTaxonomy(l1Statuses, l2Statuses, l3Fixture);
    expect(await report(fixture)).toContain('docs/blocked/legal-regulatory/data-residency.mdx: missing ja page for status "blocked/legal-regulatory/data-residency"');
    for (const [dir, locale] of [['docs', 'ja'], [en, 'en']] as const) {
      for (const l3 of l3Fixture) {
        mkdirSync(site.file(`${dir}/blocked/legal-regulatory`), {recursive: true});
        site.write(`${dir}/blocked/legal-regulatory/${l3.id}.mdx`, `---\nid: ${l3.id}\nslug: /blocked/legal-regulatory/${l3.id}\n---\n\n${locale}\n`);
      }
    }
    expect(await checkPages(site.dir, fixture)).toEqual([]);
  });

  it('makes the Docusaurus plugin throw with the formatted list', async () => {
    site.remove(`${en}/blocked.mdx`);
    const plugin = statusPagesPlugin({siteDir: site.dir} as LoadContext);
    await expect(plugin.loadContent!()).rejects.toThrow(/The site does not match the taxonomy \(1 problem\):\n {2}- i18n\/en\/.*\/blocked\.mdx: missing en page/);
  });
});
