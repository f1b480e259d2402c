/**
 * `npm run bench` — a benchmark, not a test: builds both locales (cold and warm cache),
 * serves build/ with the nginx recipe (gzip on) on localhost, and prints one table:
 * build seconds, per page type and locale the HTML and first-load JS/CSS bytes (gzip) and
 * request count, search (bytes on first use, engine and page-to-results times), Lighthouse
 * mobile scores with LCP/TBT, and on a throttled phone (4× CPU) the time to the app being up
 * and the INP of a press on "Copy link".
 * `npm run bench -- --update-readme` also writes the table into README.md.
 * `--no-build` measures the build already in build/ (no build times); `--pages=search`
 * measures only those page types (comma-separated), e.g. to compare two builds quickly.
 */
import {execFileSync, execSync, spawn, type ChildProcess} from 'node:child_process';
import {lstatSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {createServer} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {localePrefix, locales, type Locale} from '../../src/taxonomy';
import {browserVersion, findBrowser} from '../support/browser';
import {findNginx, nginxLayout} from '../support/nginx.mjs';
import {buildSearchData} from '../../src/plugins/status-search/buildSearchData';
import {createStatusSearch} from '../../src/search/engine';
import {tuningCases} from '../fixtures/searchQueries';
import {heldOutCases} from '../fixtures/searchQueries.heldout';

const root = path.resolve(__dirname, '../..');
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const allPageTypes = {home: '/', L1: '/blocked', L2: '/blocked/legal-regulatory', glossary: '/glossary', finder: '/finder', search: '/search?q='} as const;
const onlyPages = process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
const pageTypes = Object.fromEntries(Object.entries(allPageTypes).filter(([type]) => !onlyPages || onlyPages.includes(type))) as Partial<typeof allPageTypes>;
const searchQuery: Record<Locale, string> = {ja: 'ライセンス', en: 'license'};
const lighthouseTypes = (['home', 'L1', 'L2', 'search'] as const).filter((type) => type in pageTypes);
/** Page types with a "Copy link" button (status pages). */
const copyLinkTypes = ['L1', 'L2'] as const;
const copyLinkLabel: Record<Locale, RegExp> = {ja: /リンクをコピー/, en: /Copy link/};

const targets = {
  performance: 0.99,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
  lcpMs: 1100,
  tbtMs: 100,
  firstLoadKb: 200,
  pageItselfKb: 40,
  copyLinkAnsweredMs: 200,
  buildSeconds: 30,
  searchFirstUseKb: 60,
  /** The serialized index per locale (issue 20), gzip. */
  indexKb: 80,
  /** A fresh /search?q= page (issue 20). */
  searchPerformance: 0.95,
  searchLcpMs: 1200,
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });
}

function timedBuild(env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  execSync('npm run build', {cwd: root, env, stdio: 'ignore'});
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['tests/e2e/nginx.mjs'], {cwd: root, env: {...process.env, E2E_PORT: String(port)}, stdio: 'ignore'});
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
}

interface Transfer {
  html: number;
  js: number;
  css: number;
  requests: number;
  total: number;
  /** Speculative prefetches of linked pages (low priority, not needed by this page). */
  prefetched: number;
  /** What the first load is made of: each request's path and bytes, largest first. */
  parts: {path: string; bytes: number}[];
}

async function measureTransfers(base: string, chromiumPath: string): Promise<Record<string, Transfer>> {
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromeFlags});
  const results: Record<string, Transfer> = {};
  for (const locale of locales) {
    for (const [type, pathname] of Object.entries(pageTypes)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses: Promise<{type: string; bytes: number; prefetch: boolean; path: string}>[] = [];
      page.on('requestfinished', (request) =>
        responses.push(
          Promise.all([request.sizes(), request.allHeaders()]).then(([sizes, headers]) => ({
            type: request.resourceType(),
            bytes: sizes.responseBodySize + sizes.responseHeadersSize,
            prefetch: /prefetch/.test(headers['sec-purpose'] ?? headers.purpose ?? ''),
            path: new URL(request.url()).pathname,
          })),
        ),
      );
      const url = `${base}${localePrefix(locale)}${pathname}${type === 'search' ? encodeURIComponent(searchQuery[locale]) : ''}`;
      await page.goto(url, {waitUntil: 'networkidle'});
      const finished = await Promise.all(responses);
      const all = finished.filter((r) => !r.prefetch);
      const sum = (t: string) => all.filter((r) => r.type === t).reduce((s, r) => s + r.bytes, 0);
      results[`${type} ${locale}`] = {
        html: sum('document'),
        js: sum('script'),
        css: sum('stylesheet'),
        requests: all.length,
        total: all.reduce((s, r) => s + r.bytes, 0),
        prefetched: finished.filter((r) => r.prefetch).reduce((s, r) => s + r.bytes, 0),
        parts: all.map((r) => ({path: r.path, bytes: r.bytes})).sort((a, b) => b.bytes - a.bytes),
      };
      await context.close();
    }
  }
  await browser.close();
  return results;
}

/** What names a file of the first load, for the breakdown (hashed chunk names say nothing). */
function partName(path: string): string {
  const file = path.split('/').at(-1) ?? path;
  if (/^main\./.test(file)) return 'main.js (React, router, theme, the site\'s client modules)';
  if (/^runtime~main/.test(file)) return 'runtime~main.js (the chunk loader)';
  if (/^styles\..*\.css$/.test(file)) return 'styles.css (Infima and the theme, the site\'s CSS)';
  if (/^status-data\./.test(file)) return 'status-data.js (the taxonomy in this language)';
  if (/^status-tree\./.test(file)) return 'status-tree.js';
  if (/\.(svg|png|ico)$/.test(file)) return `${file} (icon)`;
  if (!/\.(js|css|json)$/.test(file)) return `${path} (the page's HTML)`;
  return `${file} (route chunk)`;
}

/** What the first load of the largest status page is made of, and the next cut (the biggest part). */
function breakdown(transfers: Record<string, Transfer>): string[] {
  const [key, largest] = Object.entries(transfers)
    .filter(([k]) => /^L[12] /.test(k))
    .sort((a, b) => b[1].total - a[1].total)[0] ?? [];
  if (!key || !largest) return [];
  const [top] = largest.parts;
  return [
    `What the largest status page's first load (${key}, ${kb(largest.total)} KB) is made of: ${largest.parts.map((p) => `${partName(p.path)} ${kb(p.bytes)}`).join(', ')}.`,
    top ? `The next cut is its largest part, ${partName(top.path)}: ${kb(top.bytes)} KB, ${Math.round((100 * top.bytes) / largest.total)} % of the page.` : '',
  ];
}

interface SearchFigures {
  /** Bytes (gzip) fetched when search is first used: everything (box, engine, documents). */
  firstUseBytes: number;
  /** Of those, the engine and the locale's documents (the issue's budget: ≤ 60 KB). */
  engineAndIndexBytes: number;
  /** Building the index in the browser, from the press on the box to the first answer, ms. */
  firstAnswerMs: number;
  /** Median of the engine alone over the whole fixture (Node), ms. */
  engineMedianMs: number;
  /** Median from opening /search?q=… to the results being shown, ms (loaded in the page's own clock). */
  pageMedianMs: number;
  /** The same on a phone: 4× CPU throttling and DevTools' "Fast 4G" profile, median. */
  phoneMedianMs: number;
}

/**
 * What the browser loads for search, as built (gzip level 6, as the nginx recipe): the index
 * file (documents and their index; before issue 20, the documents alone) and the engine.
 */
function searchFiles(locale: Locale): {file: string; indexBytes: number; engineBytes: number} {
  const dir = path.join(root, 'build', locale === 'ja' ? '' : locale, 'assets/search');
  const files = readdirSync(dir);
  const index = files.find((f) => /^search-index\.[0-9a-f]+\.json$/.test(f)) ?? files.find((f) => /^search-data\.[0-9a-f]+\.json$/.test(f))!;
  const engine = files.find((f) => /^search-engine\.[0-9a-f]+\.js$/.test(f));
  const gz = (f: string) => gzipSync(readFileSync(path.join(dir, f)), {level: 6}).length;
  return {file: index, indexBytes: gz(index), engineBytes: engine ? gz(engine) : 0};
}

/** Installed before the page's scripts: when the first results (or "nothing found") are in the page. */
const resultsProbe = () => {
  const w = window as unknown as {resultsAt?: number};
  new MutationObserver((_, observer) => {
    if (document.querySelector('main [data-results-for]')) {
      w.resultsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, {subtree: true, childList: true, attributes: true});
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Search: what first use costs, how fast the engine answers, and how fast a shared link shows results. */
async function measureSearch(base: string, chromiumPath: string): Promise<Record<Locale, SearchFigures>> {
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromeFlags});
  const figures = {} as Record<Locale, SearchFigures>;
  const cases = [...tuningCases, ...heldOutCases];
  for (const locale of locales) {
    const search = createStatusSearch(buildSearchData(root, locale));
    const mine = cases.filter((c) => c.locale === locale);
    for (const c of mine) search.search(c.query); // warm up
    const engineTimes = mine.map((c) => {
      const started = performance.now();
      search.search(c.query);
      return performance.now() - started;
    });

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${localePrefix(locale)}/blocked`, {waitUntil: 'networkidle'});
    // Each response is told apart by what it carries: the documents, the engine (its chunk
    // exports createStatusSearch; MiniSearch's has addAllAsync), or the search box's own code.
    const bytes: Promise<{size: number; engineOrIndex: boolean}>[] = [];
    page.on('requestfinished', (request) =>
      bytes.push(
        (async () => {
          const sizes = await request.sizes();
          const body = (await (await request.response())?.text().catch(() => '')) ?? '';
          const engineOrIndex = /"kind":"status"|createStatusSearch|addAllAsync|loadJSAsync/.test(body);
          return {size: sizes.responseBodySize + sizes.responseHeadersSize, engineOrIndex};
        })(),
      ),
    );
    const pressed = Date.now();
    await page.locator('.navbar input[name="q"]').focus();
    const box = page.getByRole('combobox');
    await box.fill(mine[0]!.query);
    await page.waitForFunction((q) => document.querySelector('.navbar [data-results-for]')?.getAttribute('data-results-for') === q, mine[0]!.query);
    const firstAnswerMs = Date.now() - pressed;
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(bytes);
    const firstUseBytes = fetched.reduce((a, b) => a + b.size, 0);
    const engineAndIndexBytes = fetched.filter((f) => f.engineOrIndex).reduce((a, b) => a + b.size, 0);

    const pageTimes: number[] = [];
    const phoneTimes: number[] = [];
    const sample = mine.filter((_, i) => i % 4 === 0);
    const resultsAt = async (target: typeof page, query: string) => {
      await target.goto(`${base}${localePrefix(locale)}/search?q=${encodeURIComponent(query)}`, {waitUntil: 'commit'});
      await target.waitForFunction(() => (window as unknown as {resultsAt?: number}).resultsAt !== undefined, undefined, {timeout: 60_000});
      return target.evaluate(() => (window as unknown as {resultsAt: number}).resultsAt);
    };
    // Each page opened fresh (new context: empty cache), as from a link in an email.
    for (const c of sample) {
      const fresh = await browser.newContext();
      const tab = await fresh.newPage();
      await tab.addInitScript(resultsProbe);
      pageTimes.push(await resultsAt(tab, c.query));
      await fresh.close();
    }
    for (const c of sample.filter((_, i) => i % 4 === 0)) {
      const fresh = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
      const tab = await fresh.newPage();
      await tab.addInitScript(resultsProbe);
      const cdp = await fresh.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
      await cdp.send('Network.enable');
      // DevTools' "Fast 4G": 150 ms, 9 Mbit/s down.
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 150, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8});
      phoneTimes.push(await resultsAt(tab, c.query));
      await fresh.close();
    }
    await context.close();
    figures[locale] = {firstUseBytes, engineAndIndexBytes, firstAnswerMs, engineMedianMs: median(engineTimes), pageMedianMs: median(pageTimes), phoneMedianMs: median(phoneTimes)};
  }
  await browser.close();
  return figures;
}

/** What a partner on a phone waits for: Chromium with 4× CPU throttling, medians of 3. */
interface Startup {
  /** From navigation start to the app being interactive (React hydrated), ms. */
  appUpMs: number;
  /** "Copy link" pressed 3 s after opening: the press's event duration (INP), ms. */
  copyInpMs?: number;
  /** The same press: from the press to "copied" being shown and announced, ms. */
  copyAnsweredMs?: number;
  /** "Copy link" pressed right after the first paint (before the app is up): press to answer, ms. */
  earlyCopyAnsweredMs?: number;
}

const startupRuns = 3;

/** Installed before the page's own scripts: timestamps of hydration, of presses and of the copy answer. */
const startupProbe = () => {
  const w = window as unknown as {probe: {appUp?: number; answered?: number; pressed?: number; inp: number[]}};
  w.probe = {inp: []};
  let button: Element | null = null;
  new MutationObserver(() => {
    if (w.probe.appUp === undefined && document.documentElement.dataset.hasHydrated === 'true') w.probe.appUp = performance.now();
    // "Copy link" answers in the live region beside the button.
    if (button && w.probe.answered === undefined && button.parentElement?.querySelector('[role="status"]')?.textContent) w.probe.answered = performance.now();
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  window.addEventListener(
    'pointerdown',
    (e) => {
      w.probe.pressed ??= e.timeStamp;
      button ??= e.target instanceof Element ? e.target.closest('button') : null;
    },
    true,
  );
  new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === 'pointerup' || e.name === 'click' || e.name === 'pointerdown' ? w.probe.inp.push(e.duration) : undefined)).observe({type: 'event', durationThreshold: 16, buffered: true} as PerformanceObserverInit);
};

async function measureStartup(base: string, chromiumPath: string): Promise<Record<string, Startup>> {
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromeFlags});
  const results: Record<string, Startup> = {};
  type Probe = {appUp?: number; answered?: number; pressed?: number; inp: number[]};
  const open = async (url: string, locale: Locale) => {
    const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: base});
    const page = await context.newPage();
    await page.addInitScript(startupProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await page.goto(url, {waitUntil: 'commit'});
    const probe = () => page.evaluate(() => (window as unknown as {probe: Probe}).probe);
    const copy = page.getByRole('button', {name: copyLinkLabel[locale]});
    return {context, page, probe, copy};
  };
  for (const locale of locales) {
    for (const [type, pathname] of Object.entries(pageTypes)) {
      const url = `${base}${localePrefix(locale)}${pathname}${type === 'search' ? encodeURIComponent(searchQuery[locale]) : ''}`;
      const appUp: number[] = [];
      const inp: number[] = [];
      const answered: number[] = [];
      const early: number[] = [];
      for (let run = 0; run < startupRuns; run += 1) {
        const late = await open(url, locale);
        await late.page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: 30_000});
        appUp.push((await late.probe()).appUp!);
        if ((copyLinkTypes as readonly string[]).includes(type)) {
          await late.page.waitForFunction(() => performance.now() >= 3000);
          await late.copy.click();
          await late.page.waitForFunction(() => (window as unknown as {probe: Probe}).probe.answered !== undefined);
          await late.page.waitForTimeout(300); // let the event timing entry arrive
          const p = await late.probe();
          answered.push(p.answered! - p.pressed!);
          inp.push(Math.max(0, ...p.inp));

          const soon = await open(url, locale);
          await soon.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
          await soon.copy.click();
          await soon.page.waitForFunction(() => (window as unknown as {probe: Probe}).probe.answered !== undefined, undefined, {timeout: 30_000});
          const q = await soon.probe();
          early.push(q.answered! - q.pressed!);
          await soon.context.close();
        }
        await late.context.close();
      }
      results[`${type} ${locale}`] = {
        appUpMs: median(appUp),
        ...(answered.length ? {copyInpMs: median(inp), copyAnsweredMs: median(answered), earlyCopyAnsweredMs: median(early)} : {}),
      };
    }
  }
  await browser.close();
  return results;
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's long tasks (simulated ms) with the script they belong to: what makes the TBT. */
  longTasks: string[];
}

/** Lighthouse runs per page; the run with the median performance score is reported. */
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/**
 * Lighthouse CLI (default mobile config, simulated throttling), in its own Node process:
 * tsx would rewrite the functions Lighthouse sends into the page.
 */
async function runLighthouse(base: string, chromiumPath: string): Promise<Record<string, Scores>> {
  const results: Record<string, Scores> = {};
  const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
  for (const locale of locales) {
    for (const type of lighthouseTypes) {
      const runs: Scores[] = [];
      for (let run = 0; run < lighthouseRuns; run += 1) {
        const url = `${base}${localePrefix(locale)}${pageTypes[type]}${type === 'search' ? encodeURIComponent(searchQuery[locale]) : ''}`;
        const output = execFileSync(
          process.execPath,
          [cli, url, '--output=json', '--output-path=stdout', '--quiet', '--form-factor=mobile', `--chrome-flags=${chromeFlags.join(' ')}`],
          {env: {...process.env, CHROME_PATH: chromiumPath}, maxBuffer: 64 * 1024 * 1024},
        );
        const lhr = JSON.parse(output.toString());
        runs.push({
          performance: lhr.categories.performance!.score ?? 0,
          accessibility: lhr.categories.accessibility!.score ?? 0,
          bestPractices: lhr.categories['best-practices']!.score ?? 0,
          seo: lhr.categories.seo!.score ?? 0,
          lcpMs: lhr.audits['largest-contentful-paint']!.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']!.numericValue ?? NaN,
          longTasks: ((lhr.audits['long-tasks']?.details?.items ?? []) as {url: string; duration: number}[]).map(
            (task) => `${Math.round(task.duration)} ${task.url.replace(/^https?:\/\/[^/]+/, '').replace(/\.[0-9a-f]{8}\.js$/, '.js') || '(page)'}`,
          ),
        });
      }
      runs.sort((a, b) => a.performance - b.performance);
      results[`${type} ${locale}`] = runs[Math.floor(runs.length / 2)]!;
    }
  }
  return results;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

async function main() {
  // Both are needed after the builds: a missing one stops the benchmark before it builds.
  const chromiumPath = findBrowser().executablePath;
  nginxLayout(findNginx());
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {...process.env, SITE_URL: base};

  const build = !process.argv.includes('--no-build');
  // A work tree whose node_modules is a link to another checkout's shares its cache with
  // builds running there: it is left alone, so "cold" then means without .docusaurus only.
  const sharedCache = lstatSync(path.join(root, 'node_modules')).isSymbolicLink();
  let cold = NaN;
  let warm = NaN;
  if (build) {
    rmSync(path.join(root, 'build'), {recursive: true, force: true});
    rmSync(path.join(root, '.docusaurus'), {recursive: true, force: true});
    if (!sharedCache) rmSync(path.join(root, 'node_modules/.cache'), {recursive: true, force: true});
    cold = timedBuild(env);
    warm = timedBuild(env);
  }

  const server = await startServer(port);
  try {
    const transfers = await measureTransfers(base, chromiumPath);
    const search = await measureSearch(base, chromiumPath);
    const startup = await measureStartup(base, chromiumPath);
    const scores = await runLighthouse(base, chromiumPath);

    const files = Object.fromEntries(locales.map((l) => [l, searchFiles(l)])) as Record<Locale, ReturnType<typeof searchFiles>>;
    const load = os.loadavg().map((n) => n.toFixed(1)).join(', ');
    const date = new Date().toISOString().slice(0, 10);
    const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browserVersion(chromiumPath) ?? chromiumPath}`;
    const ms = (value: number | undefined, target?: number) => (value === undefined ? '—' : `${Math.round(value)}${target === undefined ? '' : ` ${mark(value <= target)}`}`);
    const lines = [
      `Measured ${date} on ${machine}; served by nginx (deploy recipe, gzip) on localhost; load average when the measures ended ${load} (1, 5, 15 min; ${os.cpus().length} cores).`,
      '',
      build
        ? `Build, both locales: cold${sharedCache ? ' (node_modules/.cache is shared with another checkout and was kept)' : ''} ${cold.toFixed(1)} s ${mark(cold <= targets.buildSeconds)}, warm ${warm.toFixed(1)} s ${mark(warm <= targets.buildSeconds)} (target ≤ ${targets.buildSeconds} s). `
        : 'Build: not measured (--no-build).',
      '',
      `Search index (gzip, what the browser loads): ${locales
        .map((l) => `${l}: ${files[l].file.replace(/\.[0-9a-f]+\.json$/, '.json')} ${kb(files[l].indexBytes)} KB ${files[l].file.startsWith('search-index') ? mark(files[l].indexBytes / 1024 <= targets.indexKb) : '(documents only, indexed in the browser)'}, engine script ${files[l].engineBytes ? `${kb(files[l].engineBytes)} KB` : '— (a chunk of the app)'}`)
        .join('; ')} (target ≤ ${targets.indexKb} KB per locale).`,
      '',
      `From opening /search?q= to the first results (the page's own clock, a fresh browser context each time, median over every 4th fixture query): ${locales
        .map((l) => `${l}: ${Math.round(search[l].pageMedianMs)} ms; on a phone (4× CPU, Fast 4G, every 16th query) ${Math.round(search[l].phoneMedianMs)} ms`)
        .join('; ')}.`,
      '',
      `Navbar box, first use on a status page (what it fetches; engine times over the whole fixture, ${[...tuningCases, ...heldOutCases].length} queries): ${locales
        .map((l) => `${l}: first use ${kb(search[l].firstUseBytes)} KB, of which engine + index ${kb(search[l].engineAndIndexBytes)} KB ${mark(search[l].engineAndIndexBytes / 1024 <= targets.searchFirstUseKb)}, a query ${search[l].engineMedianMs.toFixed(2)} ms (engine, median), navbar first answer ${search[l].firstAnswerMs} ms after the press`)
        .join('; ')}.`,
      '',
      '**First load** — transferred bytes (gzip, KB = 1024 bytes) of everything the page requests before any interaction, until the network is idle; "page" is its HTML + CSS. Prefetched: low-priority fetches of linked pages (none since prefetch is on intent).',
      '',
      '| page | page (HTML + CSS) KB | JS KB | requests | first load KB | prefetched KB |',
      '| --- | --- | --- | --- | --- | --- |',
      ...Object.entries(transfers).map(
        ([key, t]) =>
          `| ${key} | ${kb(t.html + t.css)} ${mark((t.html + t.css) / 1024 <= targets.pageItselfKb)} | ${kb(t.js)} | ${t.requests} | ${kb(t.total)} ${mark(t.total / 1024 <= targets.firstLoadKb)} | ${kb(t.prefetched)} |`,
      ),
      '',
      ...breakdown(transfers),
      '',
      `**Lighthouse** mobile (simulated throttling), the run with the median performance score of ${lighthouseRuns}.`,
      '',
      '| page | perf | a11y | best pr. | SEO | LCP ms | TBT ms |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...Object.entries(scores).map(
        ([key, s]) =>
          `| ${key} | ${s.performance.toFixed(2)} ${mark(s.performance >= targets.performance)}${key.startsWith('search') ? ` (≥ ${targets.searchPerformance} ${mark(s.performance >= targets.searchPerformance)}; LCP ≤ ${targets.searchLcpMs} ${mark(s.lcpMs <= targets.searchLcpMs)})` : ''} | ${s.accessibility.toFixed(2)} ${mark(s.accessibility >= targets.accessibility)} | ${s.bestPractices.toFixed(2)} ${mark(s.bestPractices >= targets.bestPractices)} | ${s.seo.toFixed(2)} ${mark(s.seo >= targets.seo)} | ${ms(s.lcpMs, targets.lcpMs)} | ${ms(s.tbtMs, targets.tbtMs)} |`,
      ),
      '',
      `Long tasks of those runs (Lighthouse, simulated ms, by script; "(page)" is the HTML itself): ${Object.entries(scores)
        .filter(([key]) => /^(L2|search) /.test(key))
        .map(([key, s]) => `${key}: ${s.longTasks.join(', ') || 'none'}`)
        .join('; ')}.`,
      '',
      `**On a throttled phone** — Chromium, 4× CPU throttling, 412 × 823, median of ${startupRuns}. App up: navigation start to React hydrated. "Copy link" pressed 3 s after opening: INP (the press's event duration) and press → copied and announced. Pressed right after the first paint, before the app is up: press → answered.`,
      '',
      '| page | app up ms | Copy link at 3 s: INP ms | … answered ms | Copy link at first paint: answered ms |',
      '| --- | --- | --- | --- | --- |',
      ...Object.entries(startup).map(
        ([key, u]) => `| ${key} | ${ms(u.appUpMs)} | ${ms(u.copyInpMs, targets.copyLinkAnsweredMs)} | ${ms(u.copyAnsweredMs, targets.copyLinkAnsweredMs)} | ${ms(u.earlyCopyAnsweredMs)} |`,
      ),
      '',
      `Targets: performance ≥ ${targets.performance}, accessibility/best practices/SEO = 1, LCP ≤ ${targets.lcpMs} ms, TBT ≤ ${targets.tbtMs} ms; first load ≤ ${targets.firstLoadKb} KB, of which the page itself ≤ ${targets.pageItselfKb} KB; "Copy link" at 3 s answered within ${targets.copyLinkAnsweredMs} ms.`,
    ];
    const table = lines.join('\n');
    console.log(table);
    writeFileSync(path.join(root, 'bench-results.json'), `${JSON.stringify({date, machine, load, cold, warm, files, search, transfers, scores, startup}, null, 2)}\n`);

    if (process.argv.includes('--update-readme')) {
      const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
      const start = '<!-- bench:start -->';
      const end = '<!-- bench:end -->';
      if (!readme.includes(start) || !readme.includes(end)) throw new Error('README.md has no bench markers');
      writeFileSync(path.join(root, 'README.md'), readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));
      console.log('README.md updated');
    }
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
