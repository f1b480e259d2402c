/**
 * One answer for every situation: each boundary rule (src/taxonomy/boundaries.ts) stands on
 * both statuses' pages, in both locales, with a link to each status; the finder shows the
 * result's rules; the history page lists the decisions. Everything derives from the data.
 */
import {expect, test} from '@playwright/test';
import {boundaryRules, finderQuestions, firstQuestion, localePrefix, locales, statusesOf, taxonomy, type FinderAnswer, type QuestionId} from '../../src/taxonomy';
import {rulesSection} from '../../src/plugins/status-pages/checkRules';
import {rulesAmong} from '../../src/taxonomy/localized';

for (const locale of locales) {
  const prefix = localePrefix(locale);

  test(`${locale}: every rule is on both statuses' pages, in the right section, linking both statuses`, async ({page}) => {
    const missing: string[] = [];
    for (const status of taxonomy.all) {
      const own = boundaryRules.filter((rule) => statusesOf(rule).includes(status.key as never));
      await page.goto(`${prefix}${status.path}`);
      // The elements after the section's h2 and before the next h2.
      const id = rulesSection(status.level);
      const section = page.locator(`xpath=//h2[@id="${id}"]/following-sibling::*[preceding-sibling::h2[1][@id="${id}"]]/descendant-or-self::*[@data-rule]`);
      const shown = await section.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
      for (const rule of own) {
        if (!shown.includes(rule.id)) {
          missing.push(`${prefix}${status.path}: rule ${rule.id} is not in #${rulesSection(status.level)}`);
          continue;
        }
        const block = page.locator(`[data-rule="${rule.id}"]`).first();
        for (const key of statusesOf(rule)) {
          const link = block.locator(`a[href="${prefix}${taxonomy.byKey.get(key)!.path}"]`).first();
          if ((await link.count()) === 0) missing.push(`${prefix}${status.path}: rule ${rule.id} has no link to ${key}`);
          else if (key === status.key) await expect(link).toHaveAttribute('aria-current', 'page');
        }
        await expect(block.locator('p').first()).toHaveText(rule.question[locale]);
        // Its anchor, which the L1 page's list and the search link to.
        await expect(block.locator(`[id="rule-${rule.id}"]`)).toHaveCount(1);
      }
    }
    expect(missing).toEqual([]);
  });

  test(`${locale}: an L1 page lists its L2s' rules by question, each linked to the rule on both L2 pages`, async ({page}) => {
    const problems: string[] = [];
    const parents = taxonomy.all.filter((s) => rulesAmong(s.children.map((c) => c.key), boundaryRules).length > 0);
    expect(parents.length, 'no L1 has a rule between two of its L2s').toBeGreaterThan(0);
    for (const parent of parents) {
      await page.goto(`${prefix}${parent.path}`);
      for (const rule of rulesAmong(parent.children.map((c) => c.key), boundaryRules)) {
        const item = page.locator(`[data-child-rule="${rule.id}"]`);
        if ((await item.count()) !== 1) {
          problems.push(`${prefix}${parent.path}: rule ${rule.id} is not listed once`);
          continue;
        }
        await expect(item).toContainText(rule.question[locale]);
        for (const key of statusesOf(rule)) {
          const href = `${prefix}${taxonomy.byKey.get(key)!.path}#rule-${rule.id}`;
          if ((await item.locator(`a[href="${href}"]`).count()) !== 1) problems.push(`${prefix}${parent.path}: rule ${rule.id} has no link to ${href}`);
        }
      }
      // The rules' answers and examples are on the L2 pages only: written once, read there.
      expect(await page.locator('main [data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')))).toEqual(
        expect.not.arrayContaining(rulesAmong(parent.children.map((c) => c.key), boundaryRules).map((r) => r.id)),
      );
    }
    // Each link's target, #rule-{id} on the L2 page, is the rule's heading there (the test above).
    expect(problems).toEqual([]);
  });

  test(`${locale}: what an L1 says of all its L2s stands on each L2's page, linked to its rule on the L1 page`, async ({page}) => {
    const parents = taxonomy.all.filter((s) => s.forEveryChild);
    expect(parents.length, 'no status says something of all its children').toBeGreaterThan(0);
    for (const parent of parents) {
      for (const child of parent.children) {
        await page.goto(`${prefix}${child.path}`);
        const note = page.locator(`[data-parent-condition="${parent.key}"]`);
        await expect(note).toContainText(parent.forEveryChild!.text[locale]);
        await expect(note.locator(`a[href="${prefix}${parent.path}#rule-${parent.forEveryChild!.rule}"]`)).toHaveCount(1);
      }
    }
  });

  test(`${locale}: the finder's result shows the rules of the status it ends on`, async ({page}) => {
    // A path through the finder to a status that has rules, found by walking the questions.
    const walk = (id: QuestionId, path: string[]): {path: string[]; result: string} | undefined => {
      for (const answer of finderQuestions[id].answers as readonly FinderAnswer[]) {
        if ('result' in answer) {
          if (boundaryRules.some((rule) => statusesOf(rule).includes(answer.result as never))) return {path: [...path, answer.id], result: answer.result};
        } else {
          const found = walk(answer.next, [...path, answer.id]);
          if (found) return found;
        }
      }
      return undefined;
    };
    const target = walk(firstQuestion, [])!;
    await page.goto(`${prefix}/finder?answers=${target.path.join(',')}`);
    for (const rule of boundaryRules.filter((r) => statusesOf(r).includes(target.result as never))) {
      await expect(page.locator(`[data-rule="${rule.id}"]`)).toContainText(rule.question[locale]);
    }
  });

  test(`${locale}: the history page lists every decision rule, linked to both statuses`, async ({page}) => {
    await page.goto(`${prefix}/history`);
    for (const rule of boundaryRules.filter((r) => r.basis.kind === 'decision')) {
      const row = page.locator(`tr[data-rule="${rule.id}"]`);
      await expect(row).toContainText(rule.question[locale]);
      for (const key of statusesOf(rule)) await expect(row.locator(`a[href="${prefix}${taxonomy.byKey.get(key)!.path}#rule-${rule.id}"]`)).toHaveCount(1);
    }
  });
}
