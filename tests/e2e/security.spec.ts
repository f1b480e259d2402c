/**
 * The build served with exactly the deploy recipe's security headers: the pages,
 * search (with its web worker), the tree filter and "Copy link" run with no
 * Content-Security-Policy violation and no console error.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {htmlFiles} from '../../src/plugins/content-first';
import {expect, test} from '@playwright/test';
import {inlineScriptHashes, securityHeaders} from '../../src/deploy/securityHeaders';
import {localePrefix, locales} from '../../src/taxonomy';

test('every inline script the server sends is allowed by a hash in the CSP (names the page otherwise)', () => {
  const unknown: string[] = [];
  for (const file of htmlFiles('build')) {
    // Legacy-name pages are answered by a 301 from the server and never reach a browser there.
    if (/\/l1l2l3-[^/]+\/index\.html$/.test(file)) continue;
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="?application\/(ld\+)?json/.test(match[1]!)) continue; // data, not script
      const hash = `sha256-${createHash('sha256').update(match[2]!).digest('base64')}`;
      if (!(inlineScriptHashes as readonly string[]).includes(hash)) unknown.push(`${file}: inline script ${hash} (${match[2]!.slice(0, 60)}…)`);
    }
  }
  expect(unknown, 'add the hash to src/deploy/securityHeaders.ts only after checking the script').toEqual([]);
});

test('the server sends the security headers of the recipe', async ({request}) => {
  for (const pathname of ['/', '/en/blocked', '/no-such-page', '/assets/js/' ]) {
    const response = await request.get(pathname);
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${pathname}`).toBe(value);
    }
  }
});

for (const locale of locales) {
  test(`${locale}: pages, search, filter and copy link run under the CSP with no violation`, async ({page, context, baseURL}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
    await page.addInitScript(() => {
      const w = window as unknown as {cspViolations: string[]};
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const violations = async () => page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);
    const prefix = localePrefix(locale);

    await page.goto(`${prefix}/`);
    await page.locator('input[name="filter"]').fill(locale === 'ja' ? 'ライセンス' : 'license');
    await expect(page.locator('li[data-status="blocked/billing-licensing-subscription"]')).toBeVisible();
    problems.push(...(await violations()));

    await page.goto(`${prefix}/blocked/legal-regulatory`);
    await page.getByRole('button', {name: locale === 'ja' ? 'リンクをコピー' : 'Copy link'}).click();
    await expect(page.getByRole('button', {name: locale === 'ja' ? 'コピーしました' : 'Copied'})).toBeVisible();
    await page.locator('.navbar input[name="q"]').focus();
    await page.getByRole('combobox').fill(locale === 'ja' ? '移行' : 'migration');
    await expect(page.locator('.navbar [role="option"]').first()).toBeVisible();
    problems.push(...(await violations()));

    await page.goto(`${prefix}/search?q=${encodeURIComponent(locale === 'ja' ? 'ライセンス' : 'license')}`);
    await expect(page.locator('main [data-status-key] h3 a').first()).toBeVisible();
    await page.locator('main [data-status-key] h3 a').first().click();
    await expect(page.locator('h1')).toBeVisible();
    problems.push(...(await violations()));

    expect(problems).toEqual([]);

    // The 404 page: its own 404 status is the one expected console message.
    const before = problems.length;
    await page.goto(`${prefix}/no-such-page`);
    await expect(page.locator('li[data-status]').first()).toBeVisible();
    expect(problems.slice(before).filter((p) => !p.includes('status of 404'))).toEqual([]);
    expect(await violations()).toEqual([]);
  });
}
