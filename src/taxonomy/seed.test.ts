/**
 * Seed fidelity: every status of the seed document is in the taxonomy, found by its key
 * (derived from the seed's page name), with the seed's name and definition. Statuses added
 * after the seed (origin 'added') are allowed and not compared.
 */
import {describe, expect, it} from 'vitest';
import {applyCorrections, parseSeed, type SeedL2} from './seedDocument';
import {findAnyStatus, l1Statuses, l2Statuses, taxonomy} from './index';
import {withoutEmphasis} from './emphasis';

const seed = parseSeed();

/** The key the URL rule gives a seed page name: `l1l2l3-{l1}-{l2}-jp` → `{l1}/{l2}`. */
function keyOfSeedL2(l2: SeedL2): string | undefined {
  const l1 = l1Statuses.find((one) => l2.legacyPage.startsWith(`l1l2l3-${one.id}-`));
  return l1 && `${l1.id}/${l2.legacyPage.slice(`l1l2l3-${l1.id}-`.length).replace(/-jp$/, '')}`;
}

const seedL1s = seed.l1.map((l) => [l.name, l, l1Statuses.find((one) => one.name.ja === l.name)] as const);
const seedL2s = seed.l1.flatMap((l) => l.l2.map((l2) => [l2.legacyPage, l2, keyOfSeedL2(l2), l.name] as const));

describe('the taxonomy keeps the seed document intact', () => {
  it('reads a seed with statuses (the parser found them)', () => {
    expect(seedL1s.length).toBeGreaterThan(0);
    expect(seedL2s.length).toBeGreaterThan(0);
  });

  it.each(seedL1s)('L1 %s: is in the taxonomy, from the seed, with the seed’s definition and only recorded corrections', (_name, seedL1, data) => {
    expect(data, `no L1 named ${seedL1.name} in src/taxonomy/l1.ts`).toBeDefined();
    expect(data!.origin).toBe('seed');
    const node = findAnyStatus(data!.id)!;
    expect(node.summary.ja).toBe(applyCorrections(seedL1.definition, node.corrections));
  });

  it.each(seedL2s)('L2 %s: found by its key, under the same L1, with the seed’s name, definition and notes', (_page, seedL2, key, l1Name) => {
    expect(key, `no L1 id fits the page name ${seedL2.legacyPage}`).toBeDefined();
    const node = findAnyStatus(key!);
    expect(node, `"${key}" (seed page ${seedL2.legacyPage}) is missing from src/taxonomy/l2.ts`).toBeDefined();
    expect(node!.origin).toBe('seed');
    expect(node!.legacyPage).toBe(seedL2.legacyPage);
    expect(node!.name.ja).toBe(seedL2.name);
    expect(findAnyStatus(node!.parentKey!)!.name.ja).toBe(l1Name);
    const [definition, ...noteLines] = seedL2.lines;
    expect(node!.summary.ja).toBe(applyCorrections(definition!, node!.corrections));
    // A list entry without the usual prefix is a slip of the seed: it is recorded as a correction.
    if (seedL2.linkText !== `L2 - ${seedL2.name}`) expect(node!.corrections.some((c) => c.part === 'list-entry'), `${seedL2.linkText}: record the list entry's slip as a correction (part: 'list-entry')`).toBe(true);
    // A correction of the list entry names the seed's link as written ([text]), and the corrected one is the usual [L2 - {name}].
    for (const c of node!.corrections.filter((one) => one.part === 'list-entry')) {
      expect(c.original).toBe(`[${seedL2.linkText}]`);
      expect(c.corrected).toBe(`[L2 - ${node!.name.ja}]`);
    }
    // Every other sentence the seed attaches is kept as a note, in the seed's order.
    expect(node!.notes.map((n) => withoutEmphasis(n.text.ja))).toEqual(noteLines);
  });

  it('claims the seed as origin only for statuses the seed has, keeping the seed’s order', () => {
    expect(l1Statuses.filter((s) => s.origin === 'seed').map((s) => s.name.ja)).toEqual(seedL1s.map(([name]) => name));
    const seedKeys = seedL2s.map(([, , key]) => key);
    expect(l2Statuses.filter((s) => s.origin === 'seed').map((s) => `${s.parent}/${s.id}`)).toEqual(seedKeys);
  });

  it('gives every seed L2 the legacy page of the URL rule (l1l2l3-{l1}-{l2}-jp), and no added status one', () => {
    for (const node of [...taxonomy.all, ...taxonomy.retired]) {
      if (node.level === 2 && node.origin === 'seed') expect(node.legacyPage).toBe(`l1l2l3-${node.parentKey}-${node.id}-jp`);
      if (node.origin === 'added') expect(node.legacyPage).toBeUndefined();
    }
  });

  it('reads the seed’s change table', () => {
    expect(seed.changes.length).toBeGreaterThan(0);
    for (const [date, author, change] of seed.changes) {
      expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(author.trim()).not.toBe('');
      expect(change.trim()).not.toBe('');
    }
  });

  it('fails when a definition drifts from the seed', () => {
    const [, seedL1, data] = seedL1s[0]!;
    const drifted = `${seedL1.definition}ヅ`;
    expect(applyCorrections(drifted, findAnyStatus(data!.id)!.corrections)).not.toBe(findAnyStatus(data!.id)!.summary.ja);
  });
});
