/**
 * "How to tell them apart" under the search results: when a boundary rule separates the
 * first result from one of the next ones, the rule shows with its question and a link to
 * each status at the rule on its page — before the app has started and after; when no rule
 * separates them, nothing shows. The queries are found from the data (the rules' own
 * questions and the statuses' names), by the engine the site ships.
 */
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {localePrefix, locales, statusesOf, taxonomy, boundaryRules} from '../../src/taxonomy';
import {buildSearchData} from '../../src/plugins/status-search/buildSearchData';
import {createStatusSearch} from '../../src/search/engine';
import {cleanQuery} from '../../src/search/query';

const root = path.resolve(__dirname, '../..');
const mainBundle = /\/assets\/js\/main\.[^/]*\.js$/;

for (const locale of locales) {
  const prefix = localePrefix(locale);
  const engine = createStatusSearch(buildSearchData(root, locale));
  const candidates = [...boundaryRules.map((r) => r.question[locale]), ...taxonomy.all.map((n) => n.name[locale])];
  const withRule = candidates.map((query) => ({query, answer: engine.search(query)})).find((c) => c.answer.tellApart.length > 0)!;
  const without = candidates.find((query) => engine.search(query).tellApart.length === 0)!;

  const open = async (page: Page, query: string) => {
    await page.goto(`${prefix}/search?q=${encodeURIComponent(query)}`, {waitUntil: 'commit'});
    await expect(page.locator('main [data-results-for]')).toHaveAttribute('data-results-for', cleanQuery(query), {timeout: 20_000});
  };

  const expectRules = async (page: Page) => {
    const block = page.locator('main [data-tell-apart]');
    await expect(block.locator('h2')).toHaveText(locale === 'ja' ? '見分け方' : 'How to tell them apart');
    for (const rule of withRule.answer.tellApart) {
      const shown = block.locator(`[data-rule="${rule.id}"]`);
      await expect(shown).toContainText(rule.question);
      for (const key of statusesOf(boundaryRules.find((r) => r.id === rule.id)!)) {
        await expect(shown.locator(`a[href="${prefix}${taxonomy.byKey.get(key)!.path}#rule-${rule.id}"]`)).toHaveCount(1);
      }
    }
  };

  test(`${locale}: shows the rule between the first results, before the app and after`, async ({page}) => {
    await page.route(mainBundle, (route) => route.abort());
    await open(page, withRule.query);
    await expectRules(page);
    expect(await page.evaluate(() => document.documentElement.dataset.hasHydrated)).toBe('false');
    await page.unrouteAll();
    await open(page, withRule.query);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 20_000});
    await expectRules(page);
  });

  test(`${locale}: shows no rule when none separates the first results`, async ({page}) => {
    await open(page, without);
    await expect(page.locator('main [data-status-key]').first()).toBeAttached();
    await expect(page.locator('main [data-tell-apart]')).toHaveCount(0);
  });
}
