import {describe, expect, it} from 'vitest';
import {ancestorsOf, buildTaxonomy, findAnyStatus, getStatus, isRetired, l1Statuses, l2Statuses, l3Statuses, locales, statusTrail, taxonomy, type L1Data, type L2Data, type L3Data} from './index';
import {l3FixtureKeys, l3FixtureParent, taxonomyWithL3} from '../../tests/fixtures/taxonomyWithL3';
import {wordsOf} from '../search/vocabulary';
import {retirableAlone} from '../../tests/support/subjects';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

describe('taxonomy invariants', () => {
  it('has the active L1s in data order, each with its active L2s in data order', () => {
    const l1Data: readonly L1Data[] = l1Statuses;
    const l2Data: readonly L2Data[] = l2Statuses;
    expect(taxonomy.roots.map((n) => n.id)).toEqual(l1Data.filter((s) => !s.retired).map((s) => s.id));
    for (const l1 of taxonomy.roots) {
      expect(l1.children.map((n) => n.id)).toEqual(l2Data.filter((s) => !s.retired && s.parent === l1.id).map((s) => s.id));
    }
    expect(taxonomy.all.length + taxonomy.retired.length).toBe(l1Statuses.length + l2Statuses.length + l3Statuses.length);
  });

  it('has unique ids and keys', () => {
    const ids = taxonomy.all.filter((n) => n.level < 3).map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(taxonomy.byKey.size).toBe(taxonomy.all.length);
  });

  it('gives every L2 exactly one existing parent', () => {
    for (const l2 of l2Statuses) {
      expect(l1Statuses.filter((l1) => l1.id === l2.parent)).toHaveLength(1);
    }
  });

  it('lists nodes depth-first, and looks them up by key', () => {
    const expected = taxonomy.roots.flatMap((l1) => [l1.key, ...l1.children.flatMap((l2) => [l2.key, ...l2.children.map((l3) => l3.key)])]);
    expect(taxonomy.all.map((n) => n.key)).toEqual(expected);
    const l2 = taxonomy.all.find((n) => n.level === 2)!;
    expect(getStatus(l2.key)).toBe(l2);
    expect(ancestorsOf(l2).map((n) => n.key)).toEqual([l2.parentKey]);
    expect(statusTrail(l2, 'ja')).toBe(`${getStatus(l2.parentKey!).name.ja} › ${l2.name.ja}`);
    const l1 = getStatus(l2.parentKey!);
    expect(statusTrail(l1, 'en')).toBe(l1.name.en);
  });

  it('throws, naming the key and the closest known keys, for an unknown status', () => {
    const l2 = taxonomy.all.find((n) => n.level === 2)!;
    const typo = `${l2.key.slice(0, -1)}x`;
    expect(() => getStatus(typo)).toThrow(`Unknown status "${typo}". Did you mean "${l2.key}"`);
  });

  it('lists as leaves exactly the active statuses without active children', () => {
    expect(taxonomy.leaves.map((n) => n.key)).toEqual(taxonomy.all.filter((n) => n.children.length === 0).map((n) => n.key));
  });
});

describe('taxonomy data errors (fixtures): a clear error naming the file and the id', () => {
  // Picked by property, so the fixtures hold whatever the real data becomes: a seed L2 that can
  // be retired on its own and another active L2 (a valid successor).
  const active = (data: L2Data) => taxonomy.byKey.get(`${data.parent}/${data.id}`);
  const first: L2Data | undefined = l2Statuses.find((s) => s.origin === 'seed' && retirableAlone(`${s.parent}/${s.id}`));
  const second: L2Data | undefined = l2Statuses.find((s) => s !== first && active(s));
  const build = (l2: readonly L2Data[], l3: readonly L3Data[] = l3Statuses) => () => buildTaxonomy(l1Statuses, l2, l3);
  const replaced = (by: L2Data) => l2Statuses.map((s): L2Data => (s === first ? by : s));

  it('finds its subjects in the data', () => {
    expect(first, 'no active seed L2 without L3s').toBeDefined();
    expect(second, 'no second active L2').toBeDefined();
  });

  it('rejects a duplicate status (same key twice)', () => {
    expect(build([...l2Statuses, {...second!}])).toThrow(
      `src/taxonomy/l2.ts: duplicate status "${second!.parent}/${second!.id}" (id "${second!.id}" is already used in src/taxonomy/l2.ts)`,
    );
  });

  it('rejects the same L2 id under two L1s', () => {
    const otherL1 = l1Statuses.find((l1) => l1.id !== first!.parent)!;
    expect(build([...l2Statuses, {...first!, parent: otherL1.id}])).toThrow(`src/taxonomy/l2.ts: duplicate L2 id "${first!.id}"`);
  });

  it('rejects an id that is not kebab-case ASCII', () => {
    expect(build([...l2Statuses, {...first!, id: 'Not_Kebab'}])).toThrow('src/taxonomy/l2.ts: id "Not_Kebab" must be lowercase kebab-case ASCII');
  });

  it('rejects a retirement whose successor is unknown, suggesting the closest keys', () => {
    const retired = {...first!, retired: {date: '2026-11-25', successor: `${second!.parent}/${second!.id}x`, reason: {ja: '理由です。', en: 'Reason.'}}} as const;
    expect(build(replaced(retired))).toThrow(
      `src/taxonomy/l2.ts: retired "${first!.parent}/${first!.id}" names successor "${second!.parent}/${second!.id}x", which is not an active status. Did you mean "${second!.parent}/${second!.id}"`,
    );
  });

  it('moves a retired status out of the tree into `retired`, keeping its legacy page', () => {
    const successor = `${second!.parent}/${second!.id}`;
    const retired = {...first!, retired: {date: '2026-11-25', successor, reason: {ja: '理由です。', en: 'Reason.'}}} as const;
    const fixture = buildTaxonomy(l1Statuses, replaced(retired), l3Statuses);
    const key = `${first!.parent}/${first!.id}`;
    expect(fixture.byKey.has(key)).toBe(false);
    expect(fixture.all.some((n) => n.key === key)).toBe(false);
    expect(new Set(fixture.retired.map((n) => n.key))).toEqual(new Set([...taxonomy.retired.map((n) => n.key), key]));
    expect(isRetired(findAnyStatus(key, fixture)!)).toBe(true);
    expect(taxonomy.all.some(isRetired)).toBe(false);
    expect(findAnyStatus(key, fixture)?.legacyPage).toBe(first!.legacyPage);
    expect(() => getStatus(key, fixture)).toThrow(`Status "${key}" is retired; link its successor "${successor}" instead.`);
  });
});

describe.each([...taxonomy.all, ...taxonomy.retired].map((n) => [n.key, n] as const))('status %s', (_key, node) => {
  it('has a kebab-case ASCII id and a path that follows the URL scheme', () => {
    expect(node.id).toMatch(kebab);
    expect(node.path).toBe(`/${[...ancestorsOf(node).map((a) => a.id), node.id].join('/')}`);
  });

  it.each(locales)('has a name, a summary and search words in %s', (locale) => {
    expect(node.name[locale].trim()).not.toBe('');
    expect(node.summary[locale].trim().length).toBeGreaterThan(10);
    // A retired status's words lead to its successor; a maintainer may have moved them all elsewhere.
    if (!isRetired(node)) expect(wordsOf(node.key, locale).length).toBeGreaterThan(0);
    expect(new Set(wordsOf(node.key, locale)).size).toBe(wordsOf(node.key, locale).length);
  });

  it('writes English without Japanese characters, and Japanese in Japanese', () => {
    const english = [node.name.en, node.summary.en, ...wordsOf(node.key, 'en'), ...node.notes.map((n) => n.text.en)];
    for (const text of english) expect(text).not.toMatch(japanese);
    expect(node.summary.ja).toMatch(japanese);
  });

  it('records each correction with a reason in both languages, and shows the corrected text', () => {
    for (const c of node.corrections) {
      expect(c.original).not.toBe(c.corrected);
      if (c.part === 'list-entry') expect(c.corrected).toContain(node.name.ja);
      else expect(node.summary.ja).toContain(c.corrected);
      expect(c.reason.ja).toMatch(japanese);
      expect(c.reason.en).not.toMatch(japanese);
      // The English history page says what the Japanese wordings mean.
      expect(c.inEnglish.original.trim()).not.toBe('');
      expect(c.inEnglish.corrected).not.toMatch(japanese);
      expect(c.inEnglish.original).not.toMatch(japanese);
    }
  });
});

describe('L3 support (fixture)', () => {
  const fixture = taxonomyWithL3;
  const parent = l3FixtureParent;

  it('places L3 nodes under their L2 with a three-segment key and path', () => {
    const l3 = getStatus(l3FixtureKeys[0]!, fixture);
    expect(l3.level).toBe(3);
    expect(l3.path).toBe(`/${l3FixtureKeys[0]}`);
    expect(ancestorsOf(l3, fixture).map((n) => n.key)).toEqual([parent.parentKey, parent.key]);
    expect(getStatus(parent.key, fixture).children.map((n) => n.key)).toEqual(l3FixtureKeys);
    expect(fixture.leaves).toContain(l3);
    expect(fixture.leaves.map((n) => n.key)).not.toContain(parent.key);
  });

  it('keeps the depth-first order with L3s right after their L2', () => {
    const keys = fixture.all.map((n) => n.key);
    const at = keys.indexOf(parent.key);
    expect(keys.slice(at, at + 1 + l3FixtureKeys.length)).toEqual([parent.key, ...l3FixtureKeys]);
  });
});
