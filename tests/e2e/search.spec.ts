/**
 * Search quality, in real Chromium against the production build, through the shareable
 * results page `/search?q=`: every fixture query must find its page in the top 3.
 * Prints recall@3, top-1 and search times per locale; fails below 95 % recall@3.
 */
import {expect, test, type Page} from '@playwright/test';
import {localePrefix, locales, taxonomy} from '../../src/taxonomy';
import {searchCases} from '../fixtures/searchQueries';

const resultState = /検索数|件|documents? found|結果が見つかりません|No documents were found/;

/** Opens /search?q=… and returns the status keys of the result entries, in order. */
export async function searchResults(page: Page, locale: 'ja' | 'en', query: string): Promise<string[]> {
  const prefix = localePrefix(locale);
  await page.goto(`${prefix}/search?q=${encodeURIComponent(query)}`);
  await expect(page.locator('h1 ~ p, h1 ~ div p').filter({hasText: resultState}).first()).toBeVisible();
  const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(new URL(href, 'http://x').pathname).replace(/^\/en(?=\/|$)/, '').replace(/^\//, ''));
}

test('fixture has at least 30 Japanese and 20 English queries, each expecting a real status', () => {
  expect(searchCases.filter((c) => c.locale === 'ja').length).toBeGreaterThanOrEqual(30);
  expect(searchCases.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(20);
  for (const c of searchCases) expect(taxonomy.byKey.has(c.expected), c.expected).toBe(true);
});

test('search finds the expected status in the top 3 (recall@3 ≥ 95 % per locale)', async ({page}) => {
  test.setTimeout(240_000);
  const misses: string[] = [];
  for (const locale of locales) {
    const cases = searchCases.filter((c) => c.locale === locale);
    let top3 = 0;
    let top1 = 0;
    const times: number[] = [];
    for (const c of cases) {
      const started = Date.now();
      const results = await searchResults(page, locale, c.query);
      times.push(Date.now() - started);
      const rank = results.slice(0, 3).indexOf(c.expected);
      if (rank >= 0) top3 += 1;
      if (rank === 0) top1 += 1;
      if (rank < 0) misses.push(`${locale} "${c.query}" → expected ${c.expected}, got ${results.slice(0, 3).join(', ') || 'nothing'}`);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const recall = top3 / cases.length;
    console.log(
      `search ${locale}: recall@3 ${(recall * 100).toFixed(1)} % (${top3}/${cases.length}), top-1 ${((top1 / cases.length) * 100).toFixed(1)} % (${top1}/${cases.length}), median time to results ${median} ms (page load + search)`,
    );
    expect.soft(recall, `recall@3 for ${locale}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  }
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
});

const hostileInputs = [
  '*',
  'mig*',
  '~ : ^ + -',
  'title:移行',
  '+VPN -Slack',
  'data~2',
  '<img src=x onerror="window.__injected=1">',
  '<script>window.__injected=1</script>',
  '"><svg onload=window.__injected=1>',
  'あ'.repeat(1000) + 'a'.repeat(1000),
  '🚀🔥 移行',
  'ＶＰＮ　ライセンス',
  '%00%27%22',
];

test('full-width letters and half-width katakana find the same pages (NFKC)', async ({page}) => {
  expect(await searchResults(page, 'ja', 'ＶＰＮ')).toEqual(await searchResults(page, 'ja', 'VPN'));
  expect((await searchResults(page, 'ja', 'ﾗｲｾﾝｽ')).slice(0, 3)).toEqual((await searchResults(page, 'ja', 'ライセンス')).slice(0, 3));
  await expect(page.locator('input[name="q"]')).toHaveValue('ライセンス');
});

for (const locale of locales) {
  test(`${locale}: hostile queries in ?q= give results or a clear "no results", with no error and nothing injected`, async ({page}) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const input of hostileInputs) {
      await test.step(`?q=${input.slice(0, 40)}`, async () => {
        await searchResults(page, locale, input);
        expect(new URL(page.url()).searchParams.get('q')!.length, input).toBeLessThanOrEqual(200);
        expect(await page.evaluate(() => (window as unknown as {__injected?: number}).__injected), input).toBeUndefined();
        expect(await page.locator('article img[src="x"], article svg[onload], article script').count(), input).toBe(0);
      });
    }
    expect(errors).toEqual([]);
  });

  test(`${locale}: hostile input in the navbar search box shows suggestions or "no results", with no error`, async ({page}) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${localePrefix(locale)}/blocked`);
    const box = page.locator('.navbar__search-input');
    // The index is fetched when the box is first focused; type once it has arrived.
    const indexLoaded = page.waitForResponse((r) => r.url().includes('search-index') && r.ok());
    await box.focus();
    await indexLoaded;
    for (const input of [...hostileInputs.slice(0, 9), 'x'.repeat(2000), locale === 'ja' ? 'ライセンス' : 'license']) {
      await test.step(`navbar: ${input.slice(0, 40)}`, async () => {
      await box.fill(input);
      await expect(page.locator('.navbar [class*="noResults_"], .navbar [class*="suggestion_"]').first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as {__injected?: number}).__injected), input).toBeUndefined();
      });
    }
    await expect(page.locator('.navbar [class*="suggestion_"]').first()).toBeVisible();
    expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
    expect(errors).toEqual([]);
  });
}

test('each result shows the status name and its L1', async ({page}) => {
  for (const [locale, query, name, l1] of [
    ['ja', 'VPN', 'お客様の IT インフラストラクチャ、展開準備', 'ブロック'],
    ['en', 'outage', 'Service Reliability', 'Blocked'],
  ] as const) {
    await searchResults(page, locale, query);
    const first = page.locator('article').first();
    await expect(first.locator('h2')).toHaveText(name);
    await expect(first.locator('p').first()).toHaveText(l1);
    await expect(page.locator('article p:first-of-type', {hasText: /用語集|Glossary/})).toHaveCount(0);
  }
});
