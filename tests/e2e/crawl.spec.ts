/**
 * Full crawl of the production build as deployed (nginx recipe): every URL of both
 * sitemaps, and every internal link and asset on those pages, answers 200; pages load
 * with no console or page error, request nothing from any other host, and carry the
 * right `lang`.
 */
import {expect, test} from '@playwright/test';
import {localePrefix, locales} from '../../src/taxonomy';

test('crawl: both sitemaps, all links and assets, no errors, no foreign hosts, right lang', async ({page, request, baseURL}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(`${page.url()} → ${r.url()}`);
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()} (loaded by ${page.url()})`));

  const toCheck = new Set<string>();
  let pages = 0;
  for (const locale of locales) {
    const sitemap = await (await request.get(`${localePrefix(locale)}/sitemap.xml`)).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(paths.length, `${locale} sitemap`).toBeGreaterThanOrEqual(26);
    for (const path of paths) {
      const response = await page.goto(path, {waitUntil: 'networkidle'});
      pages += 1;
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
      const urls = await page.evaluate(() =>
        [
          ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
          ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((l) => l.rel !== 'canonical' && l.rel !== 'alternate').map((l) => l.href),
          ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
          ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
        ].filter(Boolean),
      );
      for (const url of urls) {
        const parsed = new URL(url);
        if (parsed.origin === origin) toCheck.add(parsed.pathname + parsed.search);
        else if (parsed.protocol.startsWith('http')) foreign.push(`${path} links to ${url}`);
      }
    }
  }
  const broken: string[] = [];
  for (const path of toCheck) {
    const response = await request.get(path);
    if (response.status() !== 200) broken.push(`${response.status()} ${path}`);
  }
  console.log(`crawl: ${pages} pages, ${toCheck.size} distinct internal links and assets checked`);
  expect(broken).toEqual([]);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
