import {describe, expect, it} from 'vitest';
import {applyCorrections, parseSeed} from './seedDocument';
import {taxonomy} from './index';

const seed = parseSeed();

describe('the taxonomy keeps the seed document intact', () => {
  it('has the seed’s L1s in the seed’s order, with the seed’s names', () => {
    expect(taxonomy.roots.map((n) => n.name.ja)).toEqual(seed.l1.map((l) => l.name));
  });

  it.each(seed.l1.map((l, i) => [l.name, l, taxonomy.roots[i]!] as const))(
    'L1 %s: definition is the seed’s text with only the recorded corrections',
    (_name, seedL1, node) => {
      expect(node.summary.ja).toBe(applyCorrections(seedL1.definition, node.corrections));
    },
  );

  const l2Pairs = seed.l1.flatMap((l, i) =>
    l.l2.map((seedL2, j) => [seedL2.name, seedL2, taxonomy.roots[i]!.children[j]] as const),
  );

  it('has every seed L2 under the same L1, in the same order', () => {
    expect(taxonomy.roots.map((n) => n.children.map((c) => c.name.ja))).toEqual(seed.l1.map((l) => l.l2.map((c) => c.name)));
    expect(l2Pairs).toHaveLength(18);
  });

  it.each(l2Pairs)('L2 %s: name, legacy page, definition and notes match the seed', (_name, seedL2, node) => {
    expect(node).toBeDefined();
    expect(node!.legacyPage).toBe(seedL2.legacyPage);
    const [definition, ...noteLines] = seedL2.lines;
    expect(node!.summary.ja).toBe(applyCorrections(definition!, node!.corrections));
    // Every other sentence the seed attaches is kept as a note, in the seed's order.
    expect(node!.notes.map((n) => n.text.ja)).toEqual(noteLines);
  });

  it('the L2 id is the legacy page name without l1l2l3-{l1}- and -jp (the URL rule)', () => {
    for (const l1 of taxonomy.roots) {
      for (const l2 of l1.children) {
        expect(l2.legacyPage).toBe(`l1l2l3-${l1.id}-${l2.id}-jp`);
      }
    }
  });

  it('reads the seed’s change table', () => {
    expect(seed.changes).toEqual([
      ['04/30/2020', 'Celia Kennedy', '全般メンテナンス'],
      ['03/27/2020', 'Celia Kennedy', '全般メンテナンス'],
      ['09/27/2019', 'Celia Kennedy', 'パートナー コンテンツを更新'],
    ]);
  });

  it('fails when a definition drifts from the seed', () => {
    const drifted = parseSeed().l1[3]!.definition.replace('ブロック', 'ブロツク');
    expect(applyCorrections(drifted, taxonomy.roots[3]!.corrections)).not.toBe(taxonomy.roots[3]!.summary.ja);
  });
});
