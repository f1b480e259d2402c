/**
 * Mistyped status URLs, derived from the taxonomy: three per locale, each one edit away
 * from a real status path (a letter dropped, two swapped, one replaced) in its last segment.
 * The statuses are picked by property (different places in the tree: the L2 with the
 * longest id, the L1 with the longest id, the deepest other status with the longest id), so
 * the picks hold when statuses are added, renamed or retired.
 */
import {localePrefix, taxonomy, type Locale, type StatusNode} from '../../src/taxonomy';

export interface MistypedPath {
  readonly path: string;
  readonly intended: StatusNode;
}

const typos: ((id: string) => string)[] = [
  (id) => id.slice(0, Math.floor(id.length / 2)) + id.slice(Math.floor(id.length / 2) + 1),
  (id) => {
    const i = Math.floor(id.length / 3);
    return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
  },
  (id) => {
    const i = id.length - 2;
    return id.slice(0, i) + (id[i] === 'x' ? 'z' : 'x') + id.slice(i + 1);
  },
];

export function mistypedPaths(locale: Locale): MistypedPath[] {
  const longest = (list: readonly StatusNode[]) => [...list].sort((a, b) => b.id.length - a.id.length || a.key.localeCompare(b.key))[0];
  const l2 = longest(taxonomy.all.filter((s) => s.level === 2));
  const l1 = longest(taxonomy.roots);
  const deepest = Math.max(...taxonomy.all.map((s) => s.level));
  const other = longest(taxonomy.all.filter((s) => s.level === deepest && s !== l2));
  const picks = [l2, l1, other];
  if (picks.some((p) => p === undefined)) throw new Error('tests/support/mistypedPaths.ts: the taxonomy has no L2 with a sibling to mistype; pick the statuses by another property');
  return (picks as StatusNode[]).map((intended, i) => {
    const segments = intended.key.split('/');
    segments[segments.length - 1] = typos[i]!(segments[segments.length - 1]!);
    return {path: `${localePrefix(locale)}/${segments.join('/')}`, intended};
  });
}
