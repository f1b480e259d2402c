/**
 * What a partner sees, in real Chromium over the production build: headings, language,
 * the locale switch, the tree and its filter, and every status page at its permanent URL.
 */
import {expect, test, type Page} from '@playwright/test';
import {localePrefix, locales, taxonomy, type Locale} from '../../src/taxonomy';

const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

const smokePages = ['blocked', 'blocked/legal-regulatory'] as const;

for (const locale of locales) {
  const prefix = localePrefix(locale);
  const other: Locale = locale === 'ja' ? 'en' : 'ja';

  test(`${locale}: home shows the whole tree, linked to every status page`, async ({page}) => {
    const errors = collectErrors(page);
    await page.goto(`${prefix}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const hrefs = await page.locator('li[data-status] > div > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(taxonomy.all.map((n) => `${prefix}${n.path}`));
    expect(errors).toEqual([]);
  });

  for (const key of smokePages) {
    const status = taxonomy.byKey.get(key)!;
    test(`${locale}: ${status.path} has its h1 and lang, and the locale switch lands on its twin`, async ({page}) => {
      const errors = collectErrors(page);
      await page.goto(`${prefix}${status.path}`);
      await expect(page.locator('h1')).toHaveText(status.name[locale]);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('#definition')).toBeVisible();
      await expect(page.locator('.theme-doc-markdown')).toContainText(status.summary[locale]);
      // Where it sits: the breadcrumb names the L1 above an L2.
      if (status.parentKey) {
        await expect(page.locator('nav.theme-doc-breadcrumbs')).toContainText(taxonomy.byKey.get(status.parentKey)!.name[locale]);
      }
      await page.locator('.navbar__items--right .dropdown').hover();
      await page.locator(`.navbar__items--right .dropdown__menu a[lang="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${localePrefix(other)}${status.path}$`));
      await expect(page.locator('h1')).toHaveText(status.name[other]);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      expect(errors).toEqual([]);
    });
  }

  test(`${locale}: the filter narrows the tree and keeps ?filter= in the URL`, async ({page}) => {
    const query = locale === 'ja' ? 'ライセンス' : 'license';
    await page.goto(`${prefix}/`);
    const nodes = page.locator('li[data-status]');
    await expect(nodes).toHaveCount(taxonomy.all.length);
    await page.locator('input[type="search"][name="filter"]').fill(query);
    await expect(page).toHaveURL(new RegExp(`\\?filter=${encodeURIComponent(query)}$`));
    await expect(page.locator('li[data-status="blocked/billing-licensing-subscription"]')).toBeVisible();
    expect(await nodes.count()).toBeLessThan(taxonomy.all.length);
    // The shared link reopens the same filtered view.
    await page.reload();
    await expect(page.locator('input[type="search"][name="filter"]')).toHaveValue(query);
    expect(await nodes.count()).toBeLessThan(taxonomy.all.length);
  });
}

test('every status page answers at its permanent URL in both locales, with its h1 and lang', async ({request}) => {
  for (const locale of locales) {
    for (const status of taxonomy.all) {
      const response = await request.get(`${localePrefix(locale)}${status.path}`);
      expect(response.status(), status.path).toBe(200);
      const html = await response.text();
      expect(html, status.path).toMatch(new RegExp(`<html[^>]* lang="?${locale}"?[ >]`));
      const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '');
      expect(h1, `${locale} ${status.path}`).toBe(status.name[locale].replaceAll('&', '&amp;'));
    }
  }
});

test('English pages contain no Japanese text (except links that lead to Japanese)', async ({page}) => {
  for (const status of taxonomy.all) {
    await page.goto(`/en${status.path}`);
    const text = await page.evaluate(() => {
      document.querySelectorAll('[lang]:not([lang="en"])').forEach((el) => el.remove());
      return document.body.innerText;
    });
    const found = text.split('\n').filter((line) => japanese.test(line));
    expect(found, `/en${status.path}`).toEqual([]);
  }
});

test('without JavaScript the home page still shows and links the whole tree', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  for (const locale of locales) {
    await page.goto(`${localePrefix(locale)}/`);
    const hrefs = await page.locator('li[data-status] > div > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(taxonomy.all.map((n) => `${localePrefix(locale)}${n.path}`));
    for (const node of taxonomy.all) await expect(page.locator(`li[data-status="${node.key}"] > div > a`)).toBeVisible();
  }
  await context.close();
});

for (const locale of locales) {
  test(`${locale}: each status page links to the same page in the other language`, async ({page}) => {
    const other: Locale = locale === 'ja' ? 'en' : 'ja';
    await page.goto(`${localePrefix(locale)}/in-progress/migration`);
    await page.locator(`.theme-doc-markdown a[hreflang="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${localePrefix(other)}/in-progress/migration$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('h1')).toHaveText(taxonomy.byKey.get('in-progress/migration')!.name[other]);
  });
}
