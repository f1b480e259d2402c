/**
 * The status taxonomy: the one place where statuses are defined. Import from here, not
 * from the data files, so that every consumer sees the same derived tree and lookups.
 */
import {l1Statuses, type L1Id} from './l1';
import {l2Statuses, type L2Id, type L2Key} from './l2';
import {l3Statuses} from './l3';
import type {L1Data, L2Data, L3Data, Locale, Localized, StatusNode} from './types';

export * from './types';
export * from './finder';
export type {L1Id, L2Id, L2Key};

export interface Taxonomy {
  /** L1 nodes in order, each with its children. */
  readonly roots: readonly StatusNode[];
  /** Every node, depth-first in tree order (L1, its L2s, their L3s, next L1 …). */
  readonly all: readonly StatusNode[];
  /** Lookup by key (`blocked`, `blocked/legal-regulatory`, …). */
  readonly byKey: ReadonlyMap<string, StatusNode>;
}

/**
 * Builds the tree from flat, typed lists. Exported so tests can build fixture taxonomies
 * (with L3 nodes) through the same code as the real one.
 */
export function buildTaxonomy(
  l1: readonly L1Data[],
  l2: readonly L2Data[],
  l3: readonly L3Data[],
): Taxonomy {
  const node = (
    data: L1Data | L2Data | L3Data,
    level: 1 | 2 | 3,
    key: string,
    children: readonly StatusNode[],
    parentKey?: string,
  ): StatusNode => ({
    level,
    id: data.id,
    key,
    path: `/${key}`,
    name: data.name,
    summary: data.summary,
    keywords: data.keywords,
    notes: data.notes ?? [],
    corrections: data.corrections ?? [],
    legacyPage: 'legacyPage' in data ? data.legacyPage : undefined,
    parentKey,
    children,
  });

  const roots = l1.map((one) => {
    const l2Nodes = l2
      .filter((two) => two.parent === one.id)
      .map((two) => {
        const key = `${one.id}/${two.id}`;
        const l3Nodes = l3
          .filter((three) => three.parent === key)
          .map((three) => node(three, 3, `${key}/${three.id}`, [], key));
        return node(two, 2, key, l3Nodes, one.id);
      });
    return node(one, 1, one.id, l2Nodes);
  });

  const all: StatusNode[] = [];
  const visit = (n: StatusNode) => {
    all.push(n);
    n.children.forEach(visit);
  };
  roots.forEach(visit);
  return {roots, all, byKey: new Map(all.map((n) => [n.key, n]))};
}

export const taxonomy: Taxonomy = buildTaxonomy(l1Statuses, l2Statuses, l3Statuses);

/** The node for a key; throws (naming the key) when the taxonomy does not know it. */
export function getStatus(key: string, from: Taxonomy = taxonomy): StatusNode {
  const found = from.byKey.get(key);
  if (!found) {
    throw new Error(
      `Unknown status "${key}". Known statuses: ${[...from.byKey.keys()].join(', ')}. ` +
        'Statuses are defined in src/taxonomy/.',
    );
  }
  return found;
}

/** The node's ancestors from the L1 down, without the node itself. */
export function ancestorsOf(n: StatusNode, from: Taxonomy = taxonomy): StatusNode[] {
  return n.parentKey ? [...ancestorsOf(getStatus(n.parentKey, from), from), getStatus(n.parentKey, from)] : [];
}

/** "ブロック › 法務/規制": the status with where it sits, for headings, previews and copied links. */
export function statusTrail(n: StatusNode, locale: Locale, from: Taxonomy = taxonomy): string {
  return [...ancestorsOf(n, from), n].map((node) => node.name[locale]).join(' › ');
}

/** URL prefix of a locale's pages (the default locale lives at the site root). */
export function localePrefix(locale: Locale): string {
  return locale === 'ja' ? '' : `/${locale}`;
}

/** Joins a list the way each language writes one (「、」 in Japanese, ", " in English). */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}

export function localized<T>(value: Localized<T>, locale: string): T {
  if (locale !== 'ja' && locale !== 'en') {
    throw new Error(`Unsupported locale "${locale}"; the taxonomy has ja and en.`);
  }
  return value[locale];
}

export {l1Statuses, l2Statuses, l3Statuses};
