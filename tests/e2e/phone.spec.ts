/**
 * A status link opened on a phone: the first screen shows the breadcrumb, the name and
 * level, "Copy link" / "Share by email", the link to the other language and the whole
 * definition; the navbar's title and search box never overlap. Every status page, both
 * locales, light and dark, from the taxonomy.
 */
import {expect, test, type Page} from '@playwright/test';
import {localePrefix, locales, taxonomy} from '../../src/taxonomy';

/** Phone screens: the 390×844, and the narrowest and widest widths partners use. */
const screens = [
  {width: 390, height: 844},
  {width: 320, height: 844},
  {width: 430, height: 932},
] as const;

interface FirstScreen {
  readonly problems: string[];
}

/** What is not fully inside the first screen, or what overlaps (empty when all is well). */
async function firstScreenProblems(page: Page): Promise<FirstScreen> {
  // A string, not a function: the test runner's transpiler would add helpers the page lacks.
  return page.evaluate(`(() => {
    const problems = [];
    const height = window.innerHeight;
    const check = (what, selector) => {
      const element = document.querySelector(selector);
      if (!element) return problems.push(what + ': missing (' + selector + ')');
      const box = element.getBoundingClientRect();
      if (box.height === 0) problems.push(what + ': not shown');
      else if (box.bottom > height) problems.push(what + ' ends at ' + Math.round(box.bottom) + ' px, below the first screen (' + height + ' px)');
    };
    check('breadcrumb', '.theme-doc-breadcrumbs');
    check('name', '.theme-doc-markdown header h1');
    check('level', '[data-status-level]');
    check('Copy link', '[data-copy-link]');
    check('Share by email', 'a[href^="mailto:"]');
    check('other-language link', '.theme-doc-markdown a[hreflang]');
    check('definition', '[data-status-definition]');
    const title = document.querySelector('.navbar__title').getBoundingClientRect();
    const search = document.querySelector('.navbar__search-input, .navbar__search input').getBoundingClientRect();
    const overlap = Math.min(title.right, search.right) - Math.max(title.left, search.left);
    if (overlap > 0 && Math.min(title.bottom, search.bottom) > Math.max(title.top, search.top)) problems.push('the navbar title runs ' + Math.round(overlap) + ' px under the search box');
    return {problems};
  })()`) as Promise<FirstScreen>;
}

for (const {width, height} of screens) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${width}×${height}, ${colorScheme}: every status page shows its header and whole definition on the first screen`, async ({browser}) => {
      const context = await browser.newContext({viewport: {width, height}, isMobile: true, hasTouch: true, colorScheme});
      const page = await context.newPage();
      const failures: string[] = [];
      for (const locale of locales) {
        for (const status of taxonomy.all) {
          const url = `${localePrefix(locale)}${status.path}`;
          await page.goto(url);
          await expect(page.locator('[data-status-definition]')).toHaveText(status.summary[locale]);
          for (const problem of (await firstScreenProblems(page)).problems) failures.push(`${url}: ${problem}`);
        }
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }
}

test('the first screen check fails when the definition is pushed below it', async ({browser}) => {
  const context = await browser.newContext({viewport: screens[0], isMobile: true});
  const page = await context.newPage();
  const status = taxonomy.all.find((n) => n.level === 2)!;
  await page.goto(status.path);
  await page.addStyleTag({content: '[data-status-definition] { margin-top: 900px; }'});
  expect((await firstScreenProblems(page)).problems.join('\n')).toMatch(/definition ends at \d+ px, below the first screen/);
  await page.addStyleTag({content: '.navbar__title { min-width: 400px; }'});
  expect((await firstScreenProblems(page)).problems.join('\n')).toMatch(/navbar title runs \d+ px under the search box/);
  await context.close();
});
