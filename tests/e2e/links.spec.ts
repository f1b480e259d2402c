/**
 * Links that land: legacy names redirect, "Copy link" puts a proper link on the clipboard,
 * section anchors work, link previews are complete, and unknown URLs get a helpful 404 —
 * in both locales, on the build served with the nginx deploy recipe.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {ancestorsOf, localePrefix, locales, taxonomy, type Locale} from '../../src/taxonomy';
import {legacyPaths} from '../../src/plugins/status-pages/redirects';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const legalRegulatory = taxonomy.byKey.get('blocked/legal-regulatory')!;
const fullName = (locale: Locale) => [...ancestorsOf(legalRegulatory), legalRegulatory].map((n) => n.name[locale]).join(' › ');

test.describe('legacy page names', () => {
  test('the server answers every legacy name of every seed status with a 301 to the permanent URL', async ({request}) => {
    for (const locale of locales) {
      for (const [permanent, legacy] of legacyPaths(locale)) {
        const response = await request.get(`${localePrefix(locale)}${legacy}`, {maxRedirects: 0});
        expect(response.status(), legacy).toBe(301);
        expect(new URL(response.headers().location!, 'http://x').pathname).toBe(`${localePrefix(locale)}${permanent}`);
      }
    }
    const seedPages = [...taxonomy.all, ...taxonomy.retired].filter((n) => n.legacyPage);
    expect(legacyPaths('ja').size).toBe(seedPages.length);
    expect(legacyPaths('en').get(legalRegulatory.path)).toBe(`/${legalRegulatory.legacyPage!.replace(/-jp$/, '')}`);
  });

  test('the build also holds client-side redirect pages for hosts without server redirects', async ({page}) => {
    for (const locale of locales) {
      for (const [permanent, legacy] of legacyPaths(locale)) {
        const file = path.join('build', localePrefix(locale), legacy, 'index.html');
        expect(existsSync(file), file).toBe(true);
        expect(readFileSync(file, 'utf8')).toContain(`${localePrefix(locale)}${permanent}`);
      }
    }
    // And a legacy link followed in the browser lands on the page.
    await page.goto('/en/l1l2l3-blocked-legal-regulatory');
    await expect(page).toHaveURL(/\/en\/blocked\/legal-regulatory$/);
    await expect(page.locator('h1')).toHaveText(legalRegulatory.name.en);
  });
});

test.describe('copy link', () => {
  for (const locale of locales) {
    test(`${locale}: copies plain text and a titled HTML link, and confirms it`, async ({page, context, baseURL}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
      await page.goto(`${localePrefix(locale)}/blocked/legal-regulatory`);
      await page.getByRole('button', {name: locale === 'ja' ? 'リンクをコピー' : 'Copy link'}).click();
      await expect(page.getByRole('button', {name: locale === 'ja' ? 'コピーしました' : 'Copied'})).toBeVisible();
      await expect(page.getByRole('status').filter({hasText: locale === 'ja' ? 'コピーしました' : 'copied'})).toHaveCount(1);
      const url = `${baseURL}${localePrefix(locale)}/blocked/legal-regulatory`;
      const clipboard = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return {text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text()};
      });
      expect(clipboard.text).toBe(`${fullName(locale)} — ${url}`);
      expect(clipboard.html).toContain(`<a href="${url}">${fullName(locale)}</a>`);
    });
  }

  test('falls back to a copy event when the Clipboard API is refused', async ({page}) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {value: {write: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))}});
      (window as unknown as {copied: Record<string, string>}).copied = {};
      window.addEventListener('copy', (event) => {
        const copied = (window as unknown as {copied: Record<string, string>}).copied;
        copied.text = event.clipboardData?.getData('text/plain') ?? '';
        copied.html = event.clipboardData?.getData('text/html') ?? '';
      });
    });
    await page.goto('/blocked/legal-regulatory');
    await page.getByRole('button', {name: 'リンクをコピー'}).click();
    await expect(page.getByRole('button', {name: 'コピーしました'})).toBeVisible();
    const copied = await page.evaluate(() => (window as unknown as {copied: Record<string, string>}).copied);
    expect(copied.text).toMatch(new RegExp(`^${escape(fullName('ja'))} — http://.*/blocked/legal-regulatory$`));
    expect(copied.html).toMatch(new RegExp(`^<a href="http://.*/blocked/legal-regulatory">${escape(fullName('ja'))}</a>$`));
  });
});

test.describe('section anchors', () => {
  for (const locale of locales) {
    test(`${locale}: every h2 has an ASCII id and a visible anchor link; #questions lands there`, async ({page}) => {
      await page.goto(`${localePrefix(locale)}/blocked/legal-regulatory#questions`);
      await expect(page.locator('#questions')).toBeInViewport();
      const headings = page.locator('.theme-doc-markdown h2');
      expect(await headings.count()).toBeGreaterThanOrEqual(5);
      for (const heading of await headings.all()) {
        const id = await heading.getAttribute('id');
        expect(id).toMatch(/^[a-z0-9-]+$/);
        const anchor = heading.locator('a.hash-link');
        await expect(anchor).toHaveAttribute('href', `#${id}`);
        expect(Number(await anchor.evaluate((a) => getComputedStyle(a).opacity))).toBeGreaterThan(0.4);
      }
    });
  }
});

test.describe('link previews', () => {
  for (const locale of locales) {
    test(`${locale}: og and hreflang tags of an L2 page`, async ({request}) => {
      const html = await (await request.get(`${localePrefix(locale)}/blocked/legal-regulatory`)).text();
      const meta = (property: string) => {
        const match = new RegExp(`<meta[^>]*property="?${property}"? content=(?:"([^"]*)"|([^\\s>]+))`).exec(html);
        return match?.[1] ?? match?.[2];
      };
      expect(meta('og:title')).toBe(fullName(locale));
      expect(meta('og:description')).toBe(legalRegulatory.summary[locale]);
      const image = meta('og:image')!;
      // The status's own card (tests/e2e/email-links.spec.ts checks every card).
      expect(image).toMatch(new RegExp(`^https?://[^/]+${localePrefix(locale)}/img/cards/blocked/legal-regulatory\\.png$`));
      expect((await request.get(new URL(image).pathname)).headers()['content-type']).toBe('image/png');
      expect(meta('og:locale')).toBe(locale);
      expect(meta('og:locale:alternate')).toBe(locale === 'ja' ? 'en' : 'ja');
      expect(html).toMatch(new RegExp(`<link[^>]*rel="?canonical"? href="?https?://[^/]+${localePrefix(locale)}/blocked/legal-regulatory"?`));
      for (const [lang, prefix] of [['ja', ''], ['en', '/en'], ['x-default', '']] as const) {
        expect(html).toMatch(new RegExp(`<link[^>]*href="?https?://[^/]+${prefix}/blocked/legal-regulatory"? hreflang="?${lang}"?`));
      }
    });
  }
});

test.describe('404 page', () => {
  for (const locale of locales) {
    test(`${locale}: an unknown URL answers 404 with a search box and the status tree`, async ({page}) => {
      const response = await page.goto(`${localePrefix(locale)}/blocked/no-such-status`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(locale === 'ja' ? 'ページが見つかりません' : 'Page Not Found');
      await expect(page.locator('li[data-status]')).toHaveCount(taxonomy.all.length);
      const box = page.getByRole('searchbox', {name: locale === 'ja' ? 'キーワードで検索' : 'Search by keyword'});
      await box.fill(locale === 'ja' ? 'ライセンス' : 'license');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/search\\?q=`));
      await expect(page.locator('main [data-status-key] h3 a').first()).toBeVisible();
    });
  }
});

test('every published URL still answers (published-urls.txt: the list partners already have in emails)', async ({request}) => {
  const published = readFileSync('published-urls.txt', 'utf8').split('\n').filter((l) => l.startsWith('/'));
  expect(published.length).toBeGreaterThan(0);
  for (const url of published) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
  }
});

