/**
 * Accessibility in real Chromium: axe-core finds no WCAG 2.1 A/AA violation on each page
 * type, in both locales and both colour schemes; a keyboard-only path works with visible
 * focus; reduced motion is respected.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {localePrefix, locales} from '../../src/taxonomy';

const pageTypes = (locale: 'ja' | 'en') => ({
  home: '/',
  L1: '/blocked',
  L2: '/blocked/legal-regulatory',
  search: `/search?q=${encodeURIComponent(locale === 'ja' ? '移行' : 'migration')}`,
  '404': '/no-such-page',
  glossary: '/glossary',
  finder: '/finder?answers=valid-tenant,intent-known,held-back,law',
  overview: '/overview',
});

for (const locale of locales) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [type, path] of Object.entries(pageTypes(locale))) {
      test(`axe: ${type} (${locale}, ${colorScheme}) has no WCAG 2.1 A/AA violation`, async ({page}) => {
        await page.emulateMedia({colorScheme});
        await page.goto(`${localePrefix(locale)}${path}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        if (type === 'search') await expect(page.locator('main [data-status-key] h3 a').first()).toBeVisible();
        const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const violations = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n')}`,
        );
        expect(violations, violations.join('\n')).toEqual([]);
      });
    }
  }
}

/** Whether the focused element shows a focus indicator (outline or box-shadow ring). */
async function focusIsVisible(page: import('@playwright/test').Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return `${el.tagName} has no size`;
    return outline || ring ? null : `${el.tagName}.${el.className} "${el.textContent?.trim().slice(0, 30)}" has no visible focus`;
  });
}

for (const locale of locales) {
  test(`${locale}: keyboard only — Tab to the filter, type, Tab to a result, Enter opens it; focus always visible`, async ({page}) => {
    await page.goto(`${localePrefix(locale)}/`);
    const filter = page.locator('input[name="filter"]');
    let tabs = 0;
    while (!(await filter.evaluate((el) => el === document.activeElement)) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs += 1;
      expect(await focusIsVisible(page), `Tab stop ${tabs}`).toBeNull();
    }
    expect(tabs).toBeLessThan(40);
    const query = locale === 'ja' ? '移行' : 'migration';
    await page.keyboard.type(query);
    // Let the filtered view settle (tree and URL) before moving on, as a person would.
    await expect(page).toHaveURL(new RegExp(`filter=${encodeURIComponent(query)}`));
    await expect(page.locator('li[data-status="in-progress/migration"]')).toBeVisible();
    const target = locale === 'ja' ? '移行' : 'Migration';
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusIsVisible(page), `Tab stop after filter ${i + 1}`).toBeNull();
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === target) break;
    }
    await expect(page.locator(':focus')).toHaveText(target);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/in-progress/migration$`));
    await expect(page.locator('h1')).toHaveText(target);
  });
}

test('collapse buttons work from the keyboard (Space and Enter)', async ({page}) => {
  await page.goto('/');
  const toggle = page.getByRole('button', {name: 'ブロック の下位ステータスを表示'});
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});

test('prefers-reduced-motion turns off smooth scrolling and transitions', async ({page}) => {
  const motion = () =>
    page.evaluate(() => ({
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      transition: parseFloat(getComputedStyle(document.querySelector('.navbar__link')!).transitionDuration),
    }));
  await page.goto('/blocked');
  const normal = await motion();
  await page.emulateMedia({reducedMotion: 'reduce'});
  const reduced = await motion();
  expect(normal.transition).toBeGreaterThan(0.01);
  expect(reduced.scroll).toBe('auto');
  expect(reduced.transition).toBeLessThanOrEqual(0.00001);
});
