/**
 * Japanese is drawn with real glyphs: on a machine without a Japanese font every page,
 * screenshot and PDF shows tofu (□) and nothing else would notice. Chromium's own report
 * of the fonts it used (DevTools protocol, CSS.getPlatformFontsForNode) must name fonts
 * with Japanese glyphs for at least as many glyphs as the h1 has Japanese characters.
 */
import {expect, test} from '@playwright/test';
import {taxonomy} from '../../src/taxonomy';
import {fontconfigJapaneseFamilies, isJapaneseFont, japaneseFontHint} from '../support/fonts';

const japaneseChar = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/gu;

test('ja: the h1 of an L2 page is drawn with a Japanese font, not tofu', async ({page}) => {
  const status = taxonomy.all.find((node) => node.level === 2)!;
  const japaneseChars = status.name.ja.match(japaneseChar)?.length ?? 0;
  expect(japaneseChars, `${status.key} has a Japanese name`).toBeGreaterThan(0);

  await page.goto(status.path);
  await expect(page.locator('h1')).toHaveText(status.name.ja);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const {root} = await cdp.send('DOM.getDocument', {depth: 0});
  const {nodeId} = await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector: 'h1'});
  const {fonts} = await cdp.send('CSS.getPlatformFontsForNode', {nodeId});

  const fontconfig = fontconfigJapaneseFamilies();
  const report = fonts.map((f) => `${f.familyName} ×${f.glyphCount}`).join(', ');
  const japaneseGlyphs = fonts.filter((f) => isJapaneseFont(f.familyName, fontconfig)).reduce((sum, f) => sum + f.glyphCount, 0);
  expect(japaneseGlyphs, `h1 "${status.name.ja}" was drawn with ${report || 'no font'}; no Japanese font: ${japaneseFontHint}`).toBeGreaterThanOrEqual(japaneseChars);
});
