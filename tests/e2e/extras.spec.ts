/**
 * Beyond the playbook, in Chromium over the served build: the status finder (both
 * locales, shareable state, Back/Start over, keyboard, no JavaScript), the machine-readable
 * taxonomy files, and the printable overview.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {expect, test} from '@playwright/test';
import {boundaryRules, finderQuestions, localePrefix, locales, statusesOf, taxonomy} from '../../src/taxonomy';

for (const locale of locales) {
  const prefix = localePrefix(locale);
  const label = (q: keyof typeof finderQuestions, id: string) => finderQuestions[q].answers.find((a) => a.id === id)!.label[locale];

  test(`${locale}: finder — answer to a status, share the URL, Back and Start over`, async ({page}) => {
    await page.goto(`${prefix}/finder`);
    await expect(page.getByRole('heading', {level: 2})).toHaveText(finderQuestions.tenant.text[locale]);
    await page.getByRole('link', {name: label('tenant', 'valid-tenant')}).click();
    await expect(page.getByRole('heading', {level: 2})).toHaveText(finderQuestions.contact.text[locale]);
    await expect(page.getByRole('heading', {level: 2})).toBeFocused();
    await page.getByRole('link', {name: label('contact', 'intent-known')}).click();
    await page.getByRole('link', {name: label('intent', 'held-back')}).click();
    await page.getByRole('link', {name: label('blocker', 'law')}).click();

    const legal = taxonomy.byKey.get('blocked/legal-regulatory')!;
    const result = page.getByRole('heading', {level: 2});
    await expect(result).toHaveText(`${taxonomy.byKey.get('blocked')!.name[locale]} › ${legal.name[locale]}`);
    await expect(page.getByText(legal.summary[locale])).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${prefix}/finder\\?answers=valid-tenant,intent-known,held-back,law$`));
    // Look-alikes lead elsewhere: the result's boundary rules, each with a link to the other status.
    const rule = boundaryRules.find((r) => statusesOf(r).includes(legal.key as never))!;
    const other = taxonomy.byKey.get(statusesOf(rule).find((k) => k !== legal.key)!)!;
    await expect(page.locator(`[data-rule="${rule.id}"]`).getByRole('link', {name: new RegExp(other.name[locale].replace(/[()/]/g, '.'))}).first()).toBeVisible();

    // The shared link reopens the same place.
    await page.reload();
    await expect(result).toHaveText(`${taxonomy.byKey.get('blocked')!.name[locale]} › ${legal.name[locale]}`);

    await page.getByRole('link', {name: locale === 'ja' ? 'ひとつ前に戻る' : 'Back one question'}).click();
    await expect(page.getByRole('heading', {level: 2})).toHaveText(finderQuestions.blocker.text[locale]);
    await page.getByRole('link', {name: locale === 'ja' ? '最初からやり直す' : 'Start over'}).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/finder$`));
    await expect(page.getByRole('heading', {level: 2})).toHaveText(finderQuestions.tenant.text[locale]);

    // The result's link opens the status page.
    await page.goto(`${prefix}/finder?answers=valid-tenant,intent-known,no-intent,competitor`);
    await page.getByRole('link', {name: locale === 'ja' ? 'このステータスのページを開く' : 'Open the status page'}).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/no-intent/using-competitive-solution$`));
  });
}

test('finder: keyboard only reaches a status', async ({page}) => {
  await page.goto('/finder');
  const answer = page.getByRole('link', {name: finderQuestions.tenant.answers[1]!.label.ja});
  await answer.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 2})).toHaveText('重複/無効');
  await expect(page.getByRole('heading', {level: 2})).toBeFocused();
});

test('finder without JavaScript: every question and status as plain links', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/finder');
  for (const question of Object.values(finderQuestions)) {
    await expect(page.locator(`#q-${question.id}`)).toContainText(question.text.ja);
  }
  await page.locator('#q-tenant a', {hasText: finderQuestions.tenant.answers[0]!.label.ja}).click();
  await expect(page).toHaveURL(/#q-contact$/);
  const legal = taxonomy.byKey.get('blocked/legal-regulatory')!;
  await page.locator('#q-blocker a', {hasText: legal.name.ja}).click();
  await expect(page).toHaveURL(/\/blocked\/legal-regulatory$/);
  await context.close();
});

test('taxonomy.json, taxonomy.schema.json and taxonomy.csv are served and valid', async ({request}) => {
  const schema = await (await request.get('/taxonomy.schema.json')).json();
  const jsonResponse = await request.get('/taxonomy.json');
  expect(jsonResponse.headers()['content-type']).toContain('application/json');
  const json = await jsonResponse.json();
  const validate = new Ajv2020({strict: true, validateFormats: false}).compile(schema);
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  type Exported = {key: string; children: Exported[]};
  const flat = (list: Exported[]): Exported[] => list.flatMap((s) => [s, ...flat(s.children)]);
  expect(flat(json.statuses).map((s) => s.key)).toEqual(taxonomy.all.map((n) => n.key));

  const csv = await (await request.get('/taxonomy.csv')).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8').trimEnd().split('\r\n')).toHaveLength(1 + taxonomy.leaves.length);
  for (const leaf of taxonomy.leaves) expect(csv.toString('utf8')).toContain(`,${leaf.key},`);
});

for (const locale of locales) {
  test(`${locale}: the overview prints on at most 3 A4 pages with every L2 name and URL`, async ({page}) => {
    await page.goto(`${localePrefix(locale)}/overview`);
    for (const node of taxonomy.all) await expect(page.getByRole('link', {name: node.name[locale], exact: true}).first()).toBeVisible();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'overview-')), 'overview.pdf');
    writeFileSync(file, await page.pdf({format: 'A4'}));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    expect(pages).toBeLessThanOrEqual(3);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
    const squeezed = text.replace(/\s/g, '');
    for (const l2 of taxonomy.all.filter((n) => n.level === 2)) {
      expect(squeezed, l2.name[locale]).toContain(l2.name[locale].replace(/\s/g, ''));
      expect(text).toContain(`${localePrefix(locale)}${l2.path}`);
    }
    expect(text).not.toContain(locale === 'ja' ? '印刷する' : 'Print');
    console.log(`overview ${locale}: ${pages} A4 pages`);
  });
}
