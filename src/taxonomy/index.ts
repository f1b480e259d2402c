/**
 * The status taxonomy: the one place where statuses are defined. Import from here, not
 * from the data files, so that every consumer sees the same derived tree and lookups.
 */
import {l1Statuses, type L1Id} from './l1';
import {l2Statuses, type L2Id, type L2Key} from './l2';
import {l3Statuses, type L3Key} from './l3';
import {closestKeys} from './closest';
import {finderQuestions, firstQuestion} from './finder';
import {buildLocalTaxonomy, localizeSite, type LocalTaxonomy} from './localized';
import type {L1Data, L2Data, L3Data, Locale, StatusNode, Taxonomy} from './types';

export * from './types';
export * from './closest';
export * from './locale';
export * from './finder';
export * from './boundaries';
export * from './terms';
export type {L1Id, L2Id, L2Key, L3Key};
export type {StatusKey} from './keys';


/** Thrown when the data itself is inconsistent; each problem names the data file and the id. */
export class TaxonomyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The taxonomy in src/taxonomy/ is inconsistent (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TaxonomyError';
  }
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const dataFile = (level: 1 | 2 | 3) => `src/taxonomy/l${level}.ts`;

/** True for a status that has been retired (kept only so its URL keeps answering). */
export function isRetired(node: Pick<StatusNode, 'retired'>): boolean {
  return node.retired !== undefined;
}

/**
 * Builds the tree from flat, typed lists. Exported so tests can build fixture taxonomies
 * (with L3 nodes) through the same code as the real one. Throws a `TaxonomyError` naming
 * the data file and the id for a duplicate id or key, an unknown parent, or a retirement
 * whose successor is not an active status — TypeScript cannot see these.
 */
export function buildTaxonomy(
  l1: readonly L1Data[],
  l2: readonly L2Data[],
  l3: readonly L3Data[],
): Taxonomy {
  const problems: string[] = [];
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
    notes: data.notes ?? [],
    ...(data.partnerStep ? {partnerStep: data.partnerStep} : {}),
    ...(data.forEveryChild ? {forEveryChild: data.forEveryChild} : {}),
    corrections: data.corrections ?? [],
    origin: data.origin,
    added: data.origin === 'added' ? data.added : undefined,
    legacyPage: 'legacyPage' in data ? data.legacyPage : undefined,
    retired: data.retired,
    parentKey,
    children,
  });

  // Every key once, across levels: a duplicate would give two statuses one URL.
  const seen = new Map<string, number>();
  const claim = (key: string, level: 1 | 2 | 3, id: string) => {
    if (!kebab.test(id)) problems.push(`${dataFile(level)}: id "${id}" must be lowercase kebab-case ASCII (it is a URL segment)`);
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push(`${dataFile(level)}: duplicate status "${key}" (id "${id}" is already used${before === level ? ` in ${dataFile(before)}` : ` by an L${before}`}); every key must be unique`);
    }
    seen.set(key, level);
  };
  const l2Ids = new Map<string, string>();
  for (const one of l1) claim(one.id, 1, one.id);
  for (const two of l2) {
    if (!l1.some((one) => one.id === two.parent)) problems.push(`${dataFile(2)}: "${two.id}" has parent "${two.parent}", which is not an L1 id`);
    claim(`${two.parent}/${two.id}`, 2, two.id);
    // L2 ids are unique across L1s too: the playbook's page names and partners' shorthand rely on it.
    const other = l2Ids.get(two.id);
    if (other && other !== two.parent) problems.push(`${dataFile(2)}: duplicate L2 id "${two.id}" (under "${other}" and "${two.parent}")`);
    l2Ids.set(two.id, two.parent);
  }
  for (const three of l3) {
    if (!l2.some((two) => `${two.parent}/${two.id}` === three.parent)) problems.push(`${dataFile(3)}: "${three.id}" has parent "${three.parent}", which is not an L2 key`);
    claim(`${three.parent}/${three.id}`, 3, three.id);
  }

  const all: StatusNode[] = [];
  const retired: StatusNode[] = [];
  const place = (n: StatusNode) => (n.retired ? retired : all).push(n);
  const roots: StatusNode[] = [];
  for (const one of l1) {
    const l2Nodes: StatusNode[] = [];
    const l1Retired: StatusNode[] = [];
    for (const two of l2.filter((t) => t.parent === one.id)) {
      const key = `${one.id}/${two.id}`;
      const l3Nodes = l3.filter((three) => three.parent === key).map((three) => node(three, 3, `${key}/${three.id}`, [], key));
      const twoNode = node(two, 2, key, l3Nodes.filter((n) => !n.retired), one.id);
      if (two.retired) {
        for (const child of twoNode.children) problems.push(`${dataFile(3)}: "${child.key}" is active under retired "${key}"; retire it too or move it`);
        l1Retired.push(twoNode, ...l3Nodes.filter((n) => n.retired));
      } else {
        l2Nodes.push(twoNode);
        l1Retired.push(...l3Nodes.filter((n) => n.retired));
      }
    }
    const oneNode = node(one, 1, one.id, l2Nodes);
    if (one.retired && l2Nodes.length > 0) problems.push(`${dataFile(1)}: "${one.id}" is retired but has active L2s; retire them too or move them`);
    if (!one.retired) roots.push(oneNode);
    else retired.push(oneNode);
    retired.push(...l1Retired);
  }
  const visit = (n: StatusNode) => {
    place(n);
    n.children.forEach(visit);
  };
  roots.forEach(visit);

  const byKey = new Map(all.map((n) => [n.key, n]));
  for (const old of retired) {
    const successor = old.retired!.successor;
    if (!byKey.has(successor)) {
      problems.push(`${dataFile(old.level)}: retired "${old.key}" names successor "${successor}", which is not an active status${closestHint(successor, [...byKey.keys()])}`);
    }
  }
  if (problems.length > 0) throw new TaxonomyError(problems);
  return {roots, all, byKey, retired, leaves: all.filter((n) => n.children.length === 0)};
}

function closestHint(key: string, known: readonly string[]): string {
  const best = closestKeys(key, known);
  return best.length ? `. Did you mean ${best.map((k) => `"${k}"`).join(', ')}?` : '';
}

export const taxonomy: Taxonomy = buildTaxonomy(l1Statuses, l2Statuses, l3Statuses);

/** The active node for a key; throws (naming the key and the closest known keys) when there is none. */
export function getStatus(key: string, from: Taxonomy = taxonomy): StatusNode {
  const found = from.byKey.get(key);
  if (!found) {
    const old = from.retired.find((n) => n.key === key);
    throw new Error(
      old
        ? `Status "${key}" is retired; link its successor "${old.retired!.successor}" instead.`
        : `Unknown status "${key}"${closestHint(key, [...from.byKey.keys()])} Statuses are defined in src/taxonomy/.`,
    );
  }
  return found;
}

/** A status by key, active or retired (for URLs that must keep answering). */
export function findAnyStatus(key: string, from: Taxonomy = taxonomy): StatusNode | undefined {
  return from.byKey.get(key) ?? from.retired.find((n) => n.key === key);
}

/** The node's ancestors from the L1 down, without the node itself (a retired node's too). */
export function ancestorsOf(n: StatusNode, from: Taxonomy = taxonomy): StatusNode[] {
  const parent = n.parentKey ? findAnyStatus(n.parentKey, from) : undefined;
  return parent ? [...ancestorsOf(parent, from), parent] : [];
}

/** "ブロック › 法務/規制": the status with where it sits, for headings, previews and copied links. */
export function statusTrail(n: StatusNode, locale: Locale, from: Taxonomy = taxonomy): string {
  return [...ancestorsOf(n, from), n].map((node) => node.name[locale]).join(' › ');
}


export {l1Statuses, l2Statuses, l3Statuses};

/** The taxonomy in one language, as the pages get it (src/taxonomy/localized.ts): for the build and the tests. */
export function localTaxonomy(locale: Locale, from: Taxonomy = taxonomy): LocalTaxonomy {
  return buildLocalTaxonomy(localizeSite(locale, from, {first: firstQuestion, questions: finderQuestions}));
}
