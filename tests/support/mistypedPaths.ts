/**
 * Mistyped status URLs, derived from the taxonomy: three per locale, each one edit away
 * from a real status path (a letter dropped, two swapped, one replaced) in its last segment.
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
  const l2 = taxonomy.all.filter((s) => s.level === 2);
  // The first and last L2 and the first L1: different places in the tree.
  const picks = [l2[0]!, l2[l2.length - 1]!, taxonomy.roots[0]!];
  return picks.map((intended, i) => {
    const segments = intended.key.split('/');
    segments[segments.length - 1] = typos[i]!(segments[segments.length - 1]!);
    return {path: `${localePrefix(locale)}/${segments.join('/')}`, intended};
  });
}
