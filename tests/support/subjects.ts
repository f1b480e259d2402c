/** Properties tests pick their subjects by, so the picks hold whatever the real taxonomy becomes. */
import {taxonomy, type Taxonomy} from '../../src/taxonomy';

/**
 * Whether a fixture may retire this status on its own: it is active, has no children (they
 * would have to go too), and no retired status names it as successor (that one would lose it).
 */
export function retirableAlone(key: string, from: Taxonomy = taxonomy): boolean {
  const status = from.byKey.get(key);
  return status !== undefined && status.children.length === 0 && !from.retired.some((old) => old.retired!.successor === key);
}
