import {describe, expect, it} from 'vitest';
import {buildTaxonomy, l1Statuses, l2Statuses, taxonomy} from '../../taxonomy';
import {l3Fixture} from '../../../tests/fixtures/taxonomyWithL3';
import {filterTree, normalizeForMatch, queryTerms} from './filter';

const matched = (locale: 'ja' | 'en', query: string, from = taxonomy) => [...(filterTree(from.roots, locale, query)?.matched ?? [])];

describe('tree filter', () => {
  it('does nothing for an empty or blank query', () => {
    expect(filterTree(taxonomy.roots, 'ja', '')).toBeUndefined();
    expect(filterTree(taxonomy.roots, 'ja', '  　 ')).toBeUndefined();
  });

  it('finds kanji compounds by substring (移行)', () => {
    const keys = matched('ja', '移行');
    expect(keys).toContain('in-progress/migration');
    expect(keys).not.toContain('blocked/legal-regulatory');
  });

  it('finds katakana loanwords by substring (ライセンス)', () => {
    const keys = matched('ja', 'ライセンス');
    expect(keys).toContain('blocked/billing-licensing-subscription');
    expect(keys).toContain('status-unknown/new-subscription-or-workload');
  });

  it('matches half-width katakana and full-width letters (ﾗｲｾﾝｽ, ＶＰＮ)', () => {
    expect(matched('ja', 'ﾗｲｾﾝｽ')).toEqual(matched('ja', 'ライセンス'));
    expect(matched('ja', 'ＶＰＮ')).toContain('blocked/customer-it-infrastructure-remediation');
  });

  it('ignores spaces inside a Japanese term (IT変更管理 finds 「IT 変更管理」)', () => {
    expect(matched('ja', 'IT変更管理')).toContain('blocked/it-change-management-resourcing');
  });

  it('matches English case-insensitively, including keywords (SLACK, vpn, Outage)', () => {
    expect(matched('en', 'SLACK')).toEqual(['no-intent/using-competitive-solution']);
    expect(matched('en', 'vpn')).toContain('blocked/customer-it-infrastructure-remediation');
    expect(matched('en', 'Outage')).toContain('blocked/service-reliability');
  });

  it('uses the current locale only', () => {
    expect(matched('en', 'ライセンス')).toEqual([]);
    expect(matched('ja', 'licensing')).toEqual([]);
  });

  it('requires every term of a multi-word query', () => {
    expect(matched('en', 'data migration')).toContain('in-progress/migration');
    expect(matched('en', 'data zzzz')).toEqual([]);
  });

  it('shows the ancestors of a match for context, and the descendants of a matching group', () => {
    const slack = filterTree(taxonomy.roots, 'en', 'slack')!;
    expect(slack.visible).toEqual(new Set(['no-intent', 'no-intent/using-competitive-solution']));
    const blocked = filterTree(taxonomy.roots, 'en', 'blocked')!;
    expect(blocked.visible.has('blocked/legal-regulatory')).toBe(true);
  });

  it('reaches L3 nodes (fixture)', () => {
    const fixture = buildTaxonomy(l1Statuses, l2Statuses, l3Fixture);
    const result = filterTree(fixture.roots, 'ja', 'データ所在地テスト')!;
    expect([...result.matched]).toEqual(['blocked/legal-regulatory/data-residency']);
    expect(result.visible).toEqual(new Set(['blocked', 'blocked/legal-regulatory', 'blocked/legal-regulatory/data-residency']));
  });

  it('normalises width and case', () => {
    expect(normalizeForMatch('ＡＢＣ ｄｅ')).toBe('abcde');
    expect(queryTerms(' Data　Migration ')).toEqual(['data', 'migration']);
  });
});
