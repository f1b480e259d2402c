import {describe, expect, it} from 'vitest';
import {ancestorsOf, localTaxonomy, taxonomy, type StatusNode} from '../../taxonomy';
import {l3FixtureKeys, l3FixtureParent, taxonomyWithL3} from '../../../tests/fixtures/taxonomyWithL3';
import {filterTree, normalizeForMatch, queryTerms, searchableText} from './filter';
import {vocabulary, wordsOf} from '../../search/vocabulary';

const local = {ja: localTaxonomy('ja'), en: localTaxonomy('en')};
const matched = (locale: 'ja' | 'en', query: string, from = local[locale]) => [...(filterTree(from.roots, query, vocabulary[locale])?.matched ?? [])];

/**
 * Samples come from the taxonomy (a status whose keyword has the form under test), so the
 * tests keep working when statuses are added, renamed or retired.
 */
function sample(locale: 'ja' | 'en', pattern: RegExp): {node: StatusNode; match: string} {
  for (const node of taxonomy.all) {
    for (const text of [node.name[locale], ...wordsOf(node.key, locale)]) {
      const found = pattern.exec(text);
      if (found) return {node, match: found[0]};
    }
  }
  throw new Error(`no ${locale} name or keyword matches ${pattern}: pick another sample form`);
}
/** A status whose text does not contain the query at all. */
const without = (locale: 'ja' | 'en', query: string) => local[locale].all.find((n) => !searchableText(n, vocabulary[locale]).includes(normalizeForMatch(query)))!;
/** An English keyword that only one leaf status has, with that status (a group would show its children too). */
const unique = (() => {
  for (const node of taxonomy.leaves.filter((n) => n.level > 1)) {
    for (const keyword of wordsOf(node.key, 'en')) {
      if (/^[a-z]{4,}$/i.test(keyword) && matched('en', keyword).length === 1) return {node, keyword};
    }
  }
  throw new Error('no English keyword is unique to one status');
})();

describe('tree filter', () => {
  it('does nothing for an empty or blank query', () => {
    expect(filterTree(local.ja.roots, '')).toBeUndefined();
    expect(filterTree(local.ja.roots, '  　 ')).toBeUndefined();
  });

  it('finds kanji compounds by substring', () => {
    const {node, match} = sample('ja', /[\u4e00-\u9fff]{3,}/);
    const query = match.slice(1, 3);
    expect(matched('ja', query)).toContain(node.key);
    expect(matched('ja', query)).not.toContain(without('ja', query).key);
  });

  it('finds katakana loanwords by substring', () => {
    const {node, match} = sample('ja', /[\u30a1-\u30fc]{4,}/);
    expect(matched('ja', match.slice(0, -1))).toContain(node.key);
  });

  it('matches half-width katakana and full-width letters (ﾗｲｾﾝｽ, ＶＰＮ)', () => {
    expect(matched('ja', 'ﾗｲｾﾝｽ')).toEqual(matched('ja', 'ライセンス'));
    expect(matched('ja', 'ＶＰＮ')).toEqual(matched('ja', 'vpn'));
    const {node, match} = sample('ja', /[A-Z]{2,}/);
    const fullWidth = [...match].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(matched('ja', fullWidth)).toContain(node.key);
  });

  it('ignores spaces inside a Japanese term (IT変更管理 finds 「IT 変更管理」)', () => {
    const {node, match} = sample('ja', /[A-Za-z]+ [\u3040-\u30ff\u4e00-\u9fff]+/);
    expect(matched('ja', match.replace(' ', ''))).toContain(node.key);
  });

  it('matches English case-insensitively, including keywords', () => {
    expect(matched('en', unique.keyword.toUpperCase())).toEqual([unique.node.key]);
    expect(matched('en', unique.keyword.toLowerCase())).toEqual([unique.node.key]);
  });

  it('uses the current locale only', () => {
    expect(matched('en', 'ライセンス')).toEqual([]);
    const {match} = sample('en', /^[a-z]{6,}$/);
    expect(matched('ja', match).filter((key) => !searchableText(local.ja.get(key)).includes(match))).toEqual([]);
  });

  it('requires every term of a multi-word query', () => {
    const {node, match} = sample('en', /^[a-z]{3,} [a-z]{3,}$/);
    expect(matched('en', match)).toContain(node.key);
    expect(matched('en', `${match.split(' ')[0]} zzzz`)).toEqual([]);
  });

  it('shows the ancestors of a match for context, and the descendants of a matching group', () => {
    const result = filterTree(local.en.roots, unique.keyword, vocabulary.en)!;
    expect(result.visible).toEqual(new Set([...ancestorsOf(unique.node).map((n) => n.key), unique.node.key]));
    const group = taxonomy.roots.find((n) => n.children.length > 0 && matched('en', n.name.en).includes(n.key))!;
    const groupResult = filterTree(local.en.roots, group.name.en, vocabulary.en)!;
    for (const child of group.children) expect(groupResult.visible.has(child.key)).toBe(true);
  });

  it('reaches L3 nodes (fixture)', () => {
    const result = filterTree(localTaxonomy('ja', taxonomyWithL3).roots, 'データ所在地テスト')!;
    expect([...result.matched]).toEqual([l3FixtureKeys[0]]);
    expect(result.visible).toEqual(new Set([l3FixtureParent.parentKey, l3FixtureParent.key, l3FixtureKeys[0]]));
  });

  it('normalises width and case', () => {
    expect(normalizeForMatch('ＡＢＣ ｄｅ')).toBe('abcde');
    expect(queryTerms(' Data　Migration ')).toEqual(['data', 'migration']);
  });
});
