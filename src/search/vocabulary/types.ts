import type {StatusKey} from '../../taxonomy';

/**
 * One locale's search vocabulary: for every status key (retired ones too), the words
 * partners type for it. A mapped type over the taxonomy's keys, so a status without an
 * entry, or an entry for a key the taxonomy does not have, is a compile error.
 */
export type Vocabulary = {readonly [K in StatusKey]: readonly string[]};
