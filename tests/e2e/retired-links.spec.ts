/**
 * A retired status's links keep landing, and its words keep finding (issue 21). The real
 * taxonomy may have no retired status, so the spec makes one: on a temporary copy of the
 * site an L2 is added with the scaffold, filled in and retired the way the README says,
 * both locales are built, and the copy is served three ways — by the nginx recipe (its own
 * generated near-miss map), by `npm run serve` (the copy's src/deploy/staticServer.ts) and by
 * a host without any redirect, where the client module lands it.
 *
 * Every near-miss form of the retired URL (the forms of active ones, tests/support/
 * nearMissForms.ts) lands on that URL with its query and #section, with no console error
 * (no hydration mismatch), and the page there forwards to the successor. The 404 page's
 * "did you mean" knows the retired path, and the retired status's words find the successor
 * in the search and the tree filter.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {createServer, type AddressInfo} from 'node:net';
import type {Server} from 'node:http';
import {expect, test, type ConsoleMessage, type Page} from '@playwright/test';
import {localePrefix, locales, statusTrail, taxonomy, type Locale} from '../../src/taxonomy';
import {questionNear} from '../../src/plugins/status-pages/guards';
import {createStaticServer} from '../../src/deploy/staticServer';
import {copySite, type TempSite} from '../guards/tempSite';
import {buildLocale, check, statusAdd} from '../support/siteCommands';
import {completeRetirement, fillScaffold, markRetired} from '../support/maintainer';
import {nearMissForms, queryAndHash} from '../support/nearMissForms';

// An L1 with two L2s without L3s that the finder asks about: the new L2 goes there, a sibling succeeds it.
const l1 = taxonomy.roots.find((n) => n.children.filter((c) => c.children.length === 0).length >= 2 && questionNear(n.key));
const successor = l1?.children.find((n) => n.children.length === 0);
const retiredKey = `${l1?.key}/e2e-hardware-backorder`;
const words = {ja: '入荷待ち', en: 'backorder'} as const;
const texts = {
  name: {ja: '機材の入荷待ち', en: 'Hardware on Backorder'},
  summary: {ja: 'お客様が発注した機材の入荷を待っているため、展開が止まっています。', en: 'Deployment is on hold while the hardware the customer ordered is on backorder.'},
  words: {ja: [words.ja, '機材の納期遅れ'], en: [words.en, 'hardware delivery delay']},
  answer: {ja: '発注した機材の入荷を待っている', en: 'Waiting for ordered hardware to arrive'},
  page: {
    ja: ['機材が届くまで展開を始められない場合です。', '機材が届いていない場合に選びます。', '端末の入荷が遅れている。', 'ネットワーク機器の納期が延びた。', 'サーバーの調達が止まっている。', '機材が届いているなら、こちらを選びます:', '入荷予定日はいつですか。', '入荷予定日を目標日にします。'],
    en: ['Deployment cannot start until the hardware arrives.', 'Choose it when missing hardware is the reason.', 'Devices are on backorder.', 'The delivery date slipped.', 'Server procurement is stuck.', 'When the hardware is there, choose this instead:', 'When is the hardware due?', 'Record the delivery date as the target date.'],
  },
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Waits until a server answers, or fails naming it. */
async function answering(origin: string, what: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) before answering at ${origin}`);
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${what} did not answer at ${origin}`);
}

let site: TempSite | undefined;
let nginx: ChildProcess | undefined;
let serve: ChildProcess | undefined;
let bare: Server | undefined;
const origins = {nginx: '', serve: '', bare: ''};

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(8 * 60_000);
  if (!l1 || !successor) throw new Error('tests/e2e/retired-links.spec.ts: no L1 with two leaf L2s that a finder question asks about; pick the subject by another property');
  site = copySite();
  const ok = (result: {status: number | null; output: string}, what: string) => {
    if (result.status !== 0) throw new Error(`${what} failed on the copy:\n${result.output.slice(-4000)}`);
  };
  ok(statusAdd(site, retiredKey), 'npm run status:add');
  fillScaffold(site, retiredKey, texts);
  markRetired(site, retiredKey, {date: '2027-01-31', successor: successor.key, reason: {ja: `${successor.name.ja}に統合しました。`, en: `Merged into ${successor.name.en}.`}});
  completeRetirement(site, retiredKey, successor.key);
  ok(check(site), 'npm run check');
  for (const locale of locales) ok(buildLocale(site, locale), `docusaurus build --locale ${locale}`);

  const [nginxPort, servePort] = [await freePort(), await freePort()];
  origins.nginx = `http://127.0.0.1:${nginxPort}`;
  nginx = spawn(process.execPath, ['tests/e2e/nginx.mjs'], {cwd: site.dir, env: {...process.env, E2E_PORT: String(nginxPort)}, stdio: 'ignore'});
  origins.serve = `http://127.0.0.1:${servePort}`;
  serve = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/deploy/staticServer.ts'], {cwd: site.dir, env: {...process.env, PORT: String(servePort)}, stdio: 'ignore'});
  bare = createStaticServer({root: site.file('build'), redirects: false});
  await new Promise<void>((resolve) => bare!.listen(0, '127.0.0.1', resolve));
  origins.bare = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  await Promise.all([answering(origins.nginx, 'nginx (deploy recipe)', nginx), answering(origins.serve, 'npm run serve', serve)]);
});

test.afterAll(async () => {
  nginx?.kill('SIGTERM');
  serve?.kill('SIGTERM');
  await new Promise((resolve) => (bare ? bare.close(resolve) : resolve(undefined)));
  site?.dispose();
});

/** Console errors of a page; the host's own 404 answer for the address itself (its URL as typed, #section included) is expected where a host has no redirects. */
function consoleErrors(page: Page, expected404?: () => string): string[] {
  const errors: string[] = [];
  const keep = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (expected404 && /status of 404/.test(message.text()) && message.location().url === expected404()) return;
    errors.push(`${message.text()} (${message.location().url})`);
  };
  page.on('console', keep);
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The app is up on the page (Docusaurus marks <html> once hydrated). */
const hydrated = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 15_000});

const retiredPath = (locale: Locale) => `${localePrefix(locale)}/${retiredKey}`;

for (const locale of locales) {
  test(`${locale}: nginx recipe — every near-miss form of the retired URL is a 301 to it, query and #section kept, and it forwards to the successor`, async ({page}) => {
    const errors = consoleErrors(page);
    for (const {form, path} of nearMissForms(retiredPath(locale))) {
      const response = await page.goto(`${origins.nginx}${path}${queryAndHash}`);
      expect(response?.status(), form).toBe(200);
      expect(response?.request().redirectedFrom()?.url(), `${form}: answered by the server`).toBeTruthy();
      expect(page.url(), form).toBe(`${origins.nginx}${retiredPath(locale)}${queryAndHash}`);
      await hydrated(page);
    }
    // The page there names the successor and forwards to it.
    await expect(page.locator('main')).toContainText(statusTrail(successor!, locale));
    await expect(page).toHaveURL(`${origins.nginx}${localePrefix(locale)}${successor!.path}`, {timeout: 10_000});
    expect(errors).toEqual([]);
  });

  test(`${locale}: npm run serve — every near-miss form of the retired URL is a 301 to it, query kept`, async ({request}) => {
    const query = queryAndHash.split('#')[0]!;
    for (const {form, path} of nearMissForms(retiredPath(locale))) {
      const response = await request.get(`${origins.serve}${path}${query}`, {maxRedirects: 0});
      expect(response.status(), form).toBe(301);
      expect(response.headers().location, form).toBe(`${retiredPath(locale)}${query}`);
    }
    expect((await request.get(`${origins.serve}${retiredPath(locale)}`, {maxRedirects: 0})).status()).toBe(200);
  });

  test(`${locale}: host without redirects — the browser lands every near-miss form on the retired URL, with no console error`, async ({page}) => {
    let requested = '';
    const errors = consoleErrors(page, () => requested);
    for (const {form, path} of nearMissForms(retiredPath(locale))) {
      requested = `${origins.bare}${path}${queryAndHash}`;
      const response = await page.goto(`${origins.bare}${path}${queryAndHash}`, {waitUntil: 'commit'});
      expect(response?.status(), `${form}: the host itself does not redirect`).toBe(404);
      await expect(page, form).toHaveURL(`${origins.bare}${retiredPath(locale)}${queryAndHash}`);
      await hydrated(page);
    }
    expect(errors).toEqual([]);
  });

  test(`${locale}: did you mean — a mistyped retired URL suggests the retired status first, naming its successor`, async ({page}) => {
    const id = retiredKey.split('/').at(-1)!;
    const response = await page.goto(`${origins.nginx}${localePrefix(locale)}/${l1!.key}/${id.slice(0, 5)}${id.slice(6)}`);
    expect(response?.status()).toBe(404);
    const first = page.locator('[data-suggestion]').first();
    await expect(first).toHaveAttribute('data-suggestion', retiredKey);
    await expect(first.locator('a')).toHaveAttribute('href', retiredPath(locale));
    await expect(first).toContainText(statusTrail(successor!, locale));
  });

  test(`${locale}: the retired status's words find its successor, in the search and the tree filter`, async ({page}) => {
    const word = words[locale];
    await page.goto(`${origins.nginx}${localePrefix(locale)}/search?q=${encodeURIComponent(word)}`);
    const results = page.locator('main [data-results-for]');
    await expect(results).toHaveAttribute('data-results-for', word, {timeout: 20_000});
    await expect(results.locator('[data-status-key]').first()).toHaveAttribute('data-status-key', successor!.key);

    await page.goto(`${origins.nginx}${localePrefix(locale)}/?filter=${encodeURIComponent(word)}`);
    const shown = page.locator('li[data-status]');
    await expect(page.locator(`li[data-status="${successor!.key}"]`)).toContainText(word);
    expect(await shown.count()).toBeLessThan(taxonomy.all.length);
  });
}
