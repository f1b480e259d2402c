import type {L2Key} from './l2';
import type {L3Data} from './types';

/**
 * L3 statuses: a third level under an L2, at `/{l1}/{l2}/{l3}`. None are published yet —
 * the public playbook names no L3 values, and the internal copy's lists must not be
 * published. The types, tree, pages and guards already handle them (see the L3 fixture in
 * `tests/fixtures/`). `parent` must be an existing L2 key (compile error otherwise).
 */
export const l3Statuses = [] as const satisfies readonly L3Data<string, L2Key>[];

/** `{l1}/{l2}/{l3}`: the doc id and URL path of an L3 page. */
export type L3Key = (typeof l3Statuses)[number] extends infer S ? (S extends {parent: infer P extends string; id: infer I extends string} ? `${P}/${I}` : never) : never;
