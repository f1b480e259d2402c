/**
 * The search vocabulary is the search's, not the page's: for each status, a sample of the
 * words only the vocabulary has (derived here, not listed) is printed nowhere on the status
 * page and is in none of the bytes the page loads before a partner searches — and the search
 * still finds the status by each of them.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {boundaryRules, finderQuestions, localePrefix, locales, taxonomy, type Locale} from '../../src/taxonomy';
import {docsDirs} from '../../src/plugins/status-pages/files';
import {buildSearchData} from '../../src/plugins/status-search/buildSearchData';
import {createStatusSearch} from '../../src/search/engine';
import {normalizeText} from '../../src/search/normalize';
import {cleanQuery} from '../../src/search/query';
import {wordsOf} from '../../src/search/vocabulary';

const root = path.resolve(__dirname, '../..');
const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((e) => (statSync(path.join(dir, e)).isDirectory() ? filesUnder(path.join(dir, e)) : [path.join(dir, e)]));

/** Everything the site writes in a locale besides the vocabulary: pages, taxonomy, rules, finder, UI strings. */
function siteText(locale: Locale): string {
  const pages = filesUnder(path.join(root, docsDirs[locale])).map((f) => readFileSync(f, 'utf8'));
  const taxonomyText = [...taxonomy.all, ...taxonomy.retired].flatMap((n) => [n.name[locale], n.summary[locale], ...n.notes.map((x) => x.text[locale]), n.partnerStep?.[locale] ?? '']);
  const rules = boundaryRules.flatMap((r) => [r.question[locale], ...r.answers.map((a) => a.answer[locale]), ...r.examples.map((e) => e.case[locale]), r.basis.kind === 'decision' ? r.basis.reason[locale] : '']);
  const finder = Object.values(finderQuestions).flatMap((q) => [q.text[locale], q.hint?.[locale] ?? '', ...q.answers.map((a) => a.label[locale])]);
  const ui = [readFileSync(path.join(root, 'i18n/en/code.json'), 'utf8'), ...filesUnder(path.join(root, 'src/components')).filter((f) => f.endsWith('.tsx')).map((f) => readFileSync(f, 'utf8'))];
  return normalizeText([...pages, ...taxonomyText, ...rules, ...finder, ...ui].join('\n'));
}

/** As the minifier writes a string inside a chunk (non-ASCII as \uXXXX). */
const asInChunk = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

async function bytesOfFirstLoad(page: Page, url: string): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (/^(document|script|stylesheet|fetch|xhr)$/.test(response.request().resourceType())) bodies.push(response.text().catch(() => ''));
  });
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 20_000});
  await page.waitForLoadState('networkidle');
  return Promise.all(bodies);
}

for (const locale of locales) {
  const prefix = localePrefix(locale);
  const written = siteText(locale);
  const search = createStatusSearch(buildSearchData(root, locale));
  // Up to two words per status that only the vocabulary has and that the engine finds it by.
  const samples = taxonomy.all.map((status) => ({
    status,
    words: wordsOf(status.key, locale)
      .filter((w) => w.length >= 4 && !written.includes(normalizeText(w)))
      .filter((w) => search.search(w).statuses.slice(0, 3).some((h) => h.document.id === status.key))
      .slice(0, 2),
  }));

  test(`${locale}: a status page neither prints nor loads the words only the search vocabulary has`, async ({browser}) => {
    // A fresh browser context per status page: about 27–30 s on an idle 2-core machine, so the default 30 s was too tight.
    test.setTimeout(180_000);
    expect(samples.filter((s) => s.words.length > 0).length, 'statuses with a vocabulary-only word to sample').toBeGreaterThan(taxonomy.all.length / 2);
    const leaks: string[] = [];
    for (const {status, words} of samples.filter((s) => s.words.length > 0)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies = await bytesOfFirstLoad(page, `${prefix}${status.path}`);
      const shown = await page.locator('body').innerText();
      for (const word of words) {
        if (shown.includes(word)) leaks.push(`${status.key}: the page prints "${word}"`);
        if (bodies.some((b) => b.includes(word) || b.includes(asInChunk(word)))) leaks.push(`${status.key}: "${word}" is in what the page loads`);
      }
      await context.close();
    }
    expect(leaks).toEqual([]);
  });

  test(`${locale}: the search still finds each status by those words, on the results page`, async ({page}) => {
    const misses: string[] = [];
    for (const {status, words} of samples) {
      for (const word of words) {
        await page.goto(`${prefix}/search?q=${encodeURIComponent(word)}`);
        const first = page.locator(`main [data-results-for="${cleanQuery(word).replace(/"/g, '\\"')}"] [data-status-key]`).first();
        await expect(first).toBeAttached({timeout: 20_000});
        const keys = await page.locator('main [data-results-for] [data-status-key]').evaluateAll((items) => items.slice(0, 3).map((i) => i.getAttribute('data-status-key')));
        if (!keys.includes(status.key)) misses.push(`${word} → ${keys.join(', ')} (want ${status.key})`);
      }
    }
    expect(misses).toEqual([]);
  });
}
