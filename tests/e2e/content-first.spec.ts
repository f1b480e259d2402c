/**
 * Content first (src/plugins/content-first): every page paints before any app script is
 * requested; what works without the app works at once; what needs the app is kept until it
 * is up — on a throttled phone (4× CPU, slow network) — and done once; linked pages are
 * fetched on intent, not on sight.
 *
 * "Before the app is up" is made certain, not left to timing: the main bundle is held back
 * at the network until the test has pressed, typed or clicked, then let through.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {htmlFiles} from '../../src/plugins/content-first';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';
import {isRetired, localePrefix, locales, taxonomy, type Locale} from '../../src/taxonomy';
import {wordsOf} from '../../src/search/vocabulary';

const l2 = taxonomy.all.find((n) => n.level === 2 && !isRetired(n))!;
const l1 = taxonomy.byKey.get(l2.parentKey!)!;
const copyLabel: Record<Locale, {press: string; done: RegExp}> = {
  ja: {press: 'リンクをコピー', done: /コピーしました/},
  en: {press: 'Copy link', done: /Copied/},
};
const mainBundle = /\/assets\/js\/main\.[^/]*\.js$/;

/** A phone on a slow network with a CPU four times slower than this machine's. */
async function throttle(page: Page, context: BrowserContext): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await cdp.send('Network.enable');
  // Chrome DevTools' "Slow 4G" profile.
  await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8});
}

/** Holds the main bundle at the network; `release()` lets it through. */
async function holdApp(page: Page): Promise<{requested: Promise<void>; release: () => void}> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const wasRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(mainBundle, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return {requested: wasRequested, release};
}

const appIsUp = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 20_000});

test('every page of the build starts its app after paint: no <script src> left, the list and the starter in place', () => {
  const wrong: string[] = [];
  let pages = 0;
  for (const file of htmlFiles('build')) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('__docusaurus')) continue; // redirect pages carry no app
    pages += 1;
    if (/<script[^>]*\ssrc=/.test(html)) wrong.push(`${file}: still requests a script with the page`);
    if (!html.includes('id="app-scripts"')) wrong.push(`${file}: no app script list`);
  }
  expect(pages).toBeGreaterThan(taxonomy.all.length);
  expect(wrong).toEqual([]);
});

/** Whether a chunk holds a text: as written (the bundles are UTF-8, src/plugins/utf8-bundles) or \\u-escaped. */
const holds = (js: string, text: string) => js.includes(text) || js.includes(text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`));

for (const locale of locales) {
  test(`${locale}: a status page gets the taxonomy in its own language only, in one chunk`, async ({page}) => {
    const other = locales.find((l) => l !== locale)!;
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text());
    });
    await page.goto(`${localePrefix(locale)}${l2.path}`);
    await appIsUp(page);
    const scripts = await Promise.all(bodies);
    expect(scripts.filter((js) => holds(js, l2.summary[locale])), 'chunks with this language\'s definition').toHaveLength(1);
    expect(scripts.filter((js) => holds(js, l2.summary[other])), `chunks with the ${other} definition`).toHaveLength(0);
  });
}

for (const locale of locales) {
  const prefix = localePrefix(locale);
  const pageTypes = {home: '/', L1: l1.path, L2: l2.path, search: '/search?q=VPN'};

  test(`${locale}: home, L1, L2 and search paint before any script of the app is requested`, async ({page}) => {
    for (const [type, pathname] of Object.entries(pageTypes)) {
      await page.goto(`${prefix}${pathname}`);
      await appIsUp(page);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
        scripts: performance.getEntriesByType('resource').filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script').map((r) => r.startTime),
      }));
      expect(timing.scripts.length, `${type}: the app's scripts were loaded`).toBeGreaterThan(0);
      expect(Math.min(...timing.scripts), `${type}: first script request (ms) after the first paint`).toBeGreaterThan(timing.paint);
    }
  });

  test(`${locale}: without the app, the page reads and its links and search form work`, async ({page}) => {
    await page.route(mainBundle, (route) => route.abort());
    await page.goto(`${prefix}${l2.path}`);
    await expect(page.locator('h1')).toHaveText(l2.name[locale]);
    await expect(page.locator('.theme-doc-markdown')).toContainText(l2.summary[locale]);
    // A section anchor and a link to another status page: plain links.
    await page.locator(`.theme-doc-markdown a[href="#definition"], .table-of-contents a[href="#definition"]`).first().click();
    await expect(page).toHaveURL(/#definition$/);
    await page.locator(`nav.theme-doc-breadcrumbs a[href="${prefix}${l1.path}"]`).click();
    await expect(page.locator('h1')).toHaveText(l1.name[locale]);
    // The search box is a plain form to the results page.
    await page.locator('.navbar input[name="q"]').fill('VPN');
    await page.locator('.navbar input[name="q"]').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=VPN$/);
  });

  test(`${locale}: throttled phone — "Copy link" pressed twice before the app is up copies once, when it is`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    await page.addInitScript(() => {
      const w = window as unknown as {clipboardWrites: number};
      w.clipboardWrites = 0;
      const write = navigator.clipboard.write.bind(navigator.clipboard);
      navigator.clipboard.write = (items) => {
        w.clipboardWrites += 1;
        return write(items);
      };
    });
    await throttle(page, context);
    const app = await holdApp(page);
    await page.goto(`${prefix}${l2.path}`, {waitUntil: 'commit'});
    const button = page.getByRole('button', {name: copyLabel[locale].press});
    await button.click();
    await button.click();
    await app.requested; // the press started the app at once
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'false');
    app.release();
    await appIsUp(page);
    await expect(page.getByRole('button', {name: copyLabel[locale].done})).toBeVisible();
    await expect(page.getByRole('status').filter({hasText: locale === 'ja' ? 'コピーしました' : 'copied'})).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseURL}${prefix}${l2.path}`);
    expect(await page.evaluate(() => (window as unknown as {clipboardWrites: number}).clipboardWrites)).toBe(1);
  });

  test(`${locale}: throttled phone — the menu pressed before the app is up opens once, when it is`, async ({page, context}) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewportSize({width: 390, height: 844});
    await throttle(page, context);
    const app = await holdApp(page);
    await page.goto(`${prefix}${l2.path}`, {waitUntil: 'commit'});
    const menu = page.locator('button.navbar__toggle');
    await menu.click();
    await menu.click();
    await app.requested;
    app.release();
    await appIsUp(page);
    await expect(page.locator('.navbar')).toHaveClass(/navbar-sidebar--show/);
    // The page's own menu lists the statuses (the desktop sidebar, hidden here, was not hydrated).
    await expect(page.locator(`.navbar-sidebar a[href="${prefix}${l2.path}"]`)).toBeVisible();
    expect(errors).toEqual([]);
    // The locale switch is in the main menu, behind the page's own menu: it leads to the twin page.
    const other: Locale = locale === 'ja' ? 'en' : 'ja';
    await page.locator('.navbar-sidebar__back').click();
    await page.locator('.navbar-sidebar').getByRole('button', {name: locale === 'ja' ? '他の言語' : 'Languages', exact: true}).click();
    await page.locator(`.navbar-sidebar a[lang="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${localePrefix(other)}${l2.path}$`));
  });

  test(`${locale}: throttled — Enter on the locale menu before the app is up opens it once, when it is`, async ({page, context}) => {
    await throttle(page, context);
    const app = await holdApp(page);
    await page.goto(`${prefix}${l2.path}`, {waitUntil: 'commit'});
    const toggle = page.locator('.navbar__items--right .dropdown > a.navbar__link');
    await toggle.focus();
    await toggle.press('Enter');
    await expect(page).not.toHaveURL(/#$/); // the # link did not jump to the top
    app.release();
    await appIsUp(page);
    await expect(page.locator('.navbar__items--right .dropdown')).toHaveClass(/dropdown--show/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  test(`${locale}: throttled — text typed into the tree filter and the search box before the app is up is kept and used`, async ({page, context}) => {
    await throttle(page, context);
    // A word only the search vocabulary has: the filter finds it once the vocabulary has arrived.
    const keyword = wordsOf(l2.key, locale).find((w) => !`${l2.name[locale]}${l2.summary[locale]}`.includes(w)) ?? wordsOf(l2.key, locale)[0]!;
    let app = await holdApp(page);
    await page.goto(`${prefix}/`, {waitUntil: 'commit'});
    await page.locator('input[name="filter"]').pressSequentially(keyword);
    app.release();
    await appIsUp(page);
    await expect(page.locator('input[name="filter"]')).toHaveValue(keyword);
    await expect(page.locator(`li[data-status="${l2.key}"]`)).toBeVisible();
    await expect(page.locator('li[data-status]')).not.toHaveCount(taxonomy.all.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBe(keyword);

    await page.unrouteAll();
    app = await holdApp(page);
    await page.goto(`${prefix}${l2.path}`, {waitUntil: 'commit'});
    await page.locator('.navbar input[name="q"]').pressSequentially(keyword);
    app.release();
    await appIsUp(page);
    await expect(page.getByRole('combobox')).toHaveValue(keyword);
    await expect(page.locator(`.navbar [data-results-for="${keyword}"]`)).toBeAttached({timeout: 20_000});
  });

  test(`${locale}: throttled phone — the results page paints its results first, and the app is requested only after them`, async ({page, context}) => {
    await throttle(page, context);
    await page.addInitScript(() => {
      const w = window as unknown as {resultsAt?: number};
      new MutationObserver((_, observer) => {
        if (document.querySelector('main [data-results-for] [data-status-key]')) {
          w.resultsAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, {subtree: true, childList: true});
    });
    await page.goto(`${prefix}/search?q=${encodeURIComponent(l2.name[locale])}`, {waitUntil: 'commit'});
    await appIsUp(page);
    await expect(page.locator('main [data-status-key]').first()).toHaveAttribute('data-status-key', l2.key);
    const timing = await page.evaluate(() => ({
      results: (window as unknown as {resultsAt?: number}).resultsAt ?? Infinity,
      app: performance.getEntriesByType('resource').filter((r) => /\/assets\/js\/main\.[^/]*\.js$/.test(r.name)).map((r) => r.startTime),
    }));
    expect(timing.app).toHaveLength(1);
    expect(timing.app[0]!, 'main.js requested (ms) after the results were painted').toBeGreaterThan(timing.results);
  });

  test(`${locale}: linked pages are fetched on hover or focus, not on sight`, async ({page}) => {
    await page.goto(`${prefix}${l1.path}`);
    await appIsUp(page);
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/js\//.test(request.url())) fetched.push(request.url());
    });
    // Scroll the whole page and its sidebar into view: nothing is fetched for what is seen.
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    expect(fetched).toEqual([]);

    const children = l1.children.filter((n) => !isRetired(n));
    await page.locator(`.theme-doc-markdown a[href="${prefix}${children[0]!.path}"]`).first().hover();
    await expect.poll(() => fetched.length).toBeGreaterThan(0);
    const afterHover = fetched.length;
    const focused = children.find((n) => n !== children[0]) ?? l1;
    await page.locator(`main a[href="${prefix}${focused.path}"]`).first().focus();
    await expect.poll(() => fetched.length).toBeGreaterThan(afterHover);
  });
}
