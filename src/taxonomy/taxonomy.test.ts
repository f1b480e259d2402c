import {describe, expect, it} from 'vitest';
import {ancestorsOf, buildTaxonomy, getStatus, l1Statuses, l2Statuses, locales, statusTrail, taxonomy} from './index';
import {l3Fixture} from '../../tests/fixtures/taxonomyWithL3';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

describe('taxonomy invariants', () => {
  it('has the 5 L1s in the seed’s order', () => {
    expect(taxonomy.roots.map((n) => n.id)).toEqual(['status-unknown', 'in-progress', 'no-intent', 'blocked', 'duplicate-invalid']);
  });

  it('has 18 L2s: 2, 3, 3, 10 and 0 per L1', () => {
    expect(taxonomy.roots.map((n) => n.children.length)).toEqual([2, 3, 3, 10, 0]);
    expect(taxonomy.all.filter((n) => n.level === 2)).toHaveLength(18);
  });

  it('has unique ids and keys', () => {
    const ids = taxonomy.all.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(taxonomy.byKey.size).toBe(taxonomy.all.length);
  });

  it('gives every L2 exactly one existing parent', () => {
    for (const l2 of l2Statuses) {
      expect(l1Statuses.filter((l1) => l1.id === l2.parent)).toHaveLength(1);
    }
  });

  it('lists nodes depth-first, and looks them up by key', () => {
    expect(taxonomy.all.slice(0, 4).map((n) => n.key)).toEqual([
      'status-unknown',
      'status-unknown/customer-unresponsive',
      'status-unknown/new-subscription-or-workload',
      'in-progress',
    ]);
    expect(getStatus('blocked/legal-regulatory').name.en).toBe('Legal/Regulatory');
    expect(ancestorsOf(getStatus('blocked/legal-regulatory')).map((n) => n.key)).toEqual(['blocked']);
    expect(statusTrail(getStatus('blocked/legal-regulatory'), 'ja')).toBe('ブロック › 法務/規制');
    expect(statusTrail(getStatus('blocked'), 'en')).toBe('Blocked');
  });

  it('throws, naming the key, for an unknown status', () => {
    expect(() => getStatus('blocked/nope')).toThrow(/Unknown status "blocked\/nope"/);
  });
});

describe.each(taxonomy.all.map((n) => [n.key, n] as const))('status %s', (_key, node) => {
  it('has a kebab-case ASCII id and a path that follows the URL scheme', () => {
    expect(node.id).toMatch(kebab);
    expect(node.path).toBe(`/${[...ancestorsOf(node).map((a) => a.id), node.id].join('/')}`);
  });

  it.each(locales)('has a name, a summary and keywords in %s', (locale) => {
    expect(node.name[locale].trim()).not.toBe('');
    expect(node.summary[locale].trim().length).toBeGreaterThan(10);
    expect(node.keywords[locale].length).toBeGreaterThan(0);
    expect(new Set(node.keywords[locale]).size).toBe(node.keywords[locale].length);
  });

  it('writes English without Japanese characters, and Japanese in Japanese', () => {
    const english = [node.name.en, node.summary.en, ...node.keywords.en, ...node.notes.map((n) => n.text.en)];
    for (const text of english) expect(text).not.toMatch(japanese);
    expect(node.summary.ja).toMatch(japanese);
  });

  it('records each correction with a reason in both languages, and shows the corrected text', () => {
    for (const c of node.corrections) {
      expect(c.original).not.toBe(c.corrected);
      expect(node.summary.ja).toContain(c.corrected);
      expect(c.reason.ja).toMatch(japanese);
      expect(c.reason.en).not.toMatch(japanese);
    }
  });
});

describe('L3 support (fixture)', () => {
  const fixture = buildTaxonomy(l1Statuses, l2Statuses, l3Fixture);

  it('places L3 nodes under their L2 with a three-segment key and path', () => {
    const l3 = getStatus('blocked/legal-regulatory/data-residency', fixture);
    expect(l3.level).toBe(3);
    expect(l3.path).toBe('/blocked/legal-regulatory/data-residency');
    expect(ancestorsOf(l3, fixture).map((n) => n.key)).toEqual(['blocked', 'blocked/legal-regulatory']);
    expect(getStatus('blocked/legal-regulatory', fixture).children.map((n) => n.id)).toEqual(['data-residency', 'sector-regulator']);
  });

  it('keeps the depth-first order with L3s right after their L2', () => {
    const keys = fixture.all.map((n) => n.key);
    const at = keys.indexOf('blocked/legal-regulatory');
    expect(keys.slice(at, at + 3)).toEqual([
      'blocked/legal-regulatory',
      'blocked/legal-regulatory/data-residency',
      'blocked/legal-regulatory/sector-regulator',
    ]);
  });
});
