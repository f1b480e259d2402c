/**
 * The one-language taxonomy the pages get: the same tree as the two-language one, with
 * only the locale's strings and nothing of the search vocabulary.
 */
import {describe, expect, it} from 'vitest';
import {buildTaxonomy, finderQuestions, firstQuestion, l1Statuses, l2Statuses, locales, localTaxonomy, statusTrail, taxonomy} from './index';
import {localizeSite} from './localized';
import {vocabulary} from '../search/vocabulary';
import {l3Fixture} from '../../tests/fixtures/taxonomyWithL3';

const other = {ja: 'en', en: 'ja'} as const;

describe.each(locales)('the %s site data', (locale) => {
  const data = localizeSite(locale, taxonomy, {first: firstQuestion, questions: finderQuestions});
  const json = JSON.stringify(data);
  const local = localTaxonomy(locale);

  it('has the same tree, lookups, leaves and trails as the taxonomy', () => {
    expect(local.all.map((n) => n.key)).toEqual(taxonomy.all.map((n) => n.key));
    expect(local.roots.map((n) => n.key)).toEqual(taxonomy.roots.map((n) => n.key));
    expect(local.leaves.map((n) => n.key)).toEqual(taxonomy.leaves.map((n) => n.key));
    expect(local.retired.map((n) => n.key)).toEqual(taxonomy.retired.map((n) => n.key));
    for (const node of taxonomy.all) {
      const mine = local.get(node.key);
      expect(mine.children.map((c) => c.key)).toEqual(node.children.map((c) => c.key));
      expect(mine.name).toBe(node.name[locale]);
      expect(local.trail(mine)).toBe(statusTrail(node, locale));
    }
  });

  it(`carries no ${other[locale]} string and no search vocabulary`, () => {
    for (const node of taxonomy.all) {
      // A name that reads the same in both languages (a product name) cannot tell them apart.
      if (node.name[other[locale]] !== node.name[locale]) expect(json).not.toContain(JSON.stringify(node.name[other[locale]]));
      expect(json).not.toContain(node.summary[other[locale]]);
    }
    // No status's word list, not even two of its words in a row.
    for (const [key, words] of Object.entries(vocabulary[locale])) {
      for (let i = 0; i + 1 < words.length; i += 1) expect(json, key).not.toContain(JSON.stringify(words.slice(i, i + 2)).slice(1, -1));
    }
  });

  it('walks the finder with the same questions and answers', () => {
    expect(Object.keys(local.finder.questions)).toEqual(Object.keys(finderQuestions));
    for (const question of Object.values(finderQuestions)) {
      expect(local.finder.questions[question.id].answers.map((a) => a.id)).toEqual(question.answers.map((a) => a.id));
    }
  });

  it('throws for an unknown key, naming the closest known one', () => {
    const real = taxonomy.all.find((n) => n.level === 2)!;
    expect(() => local.get(`${real.key}x`)).toThrow(new RegExp(`Unknown status "${real.key}x". Did you mean "${real.key}"`));
  });

  it('builds L3 nodes from a fixture', () => {
    const fixture = localTaxonomy(locale, buildTaxonomy(l1Statuses, l2Statuses, l3Fixture));
    for (const l3 of l3Fixture) {
      const key = `${l3.parent}/${l3.id}`;
      expect(fixture.get(key).level).toBe(3);
      expect(fixture.get(l3.parent).children.map((c) => c.key)).toContain(key);
    }
  });
});
