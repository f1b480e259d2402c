/**
 * Types of the status taxonomy. The data lives in `l1.ts`, `l2.ts` and `l3.ts`;
 * everything else (sidebar, pages, tree, search documents, guards) derives from it. What
 * partners type to find a status is the search's (src/search/vocabulary/), not the taxonomy's.
 */

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

/** A value in every locale. A mapped Record, so a missing English string is a compile error. */
export type Localized<T = string> = {readonly [L in Locale]: T};

export type StatusLevel = 1 | 2 | 3;

/**
 * A change we made to the seed's Japanese text. The seed file stays as the user wrote it
 * (`seed/`); the test `seed.test.ts` re-applies these corrections to it and must reproduce
 * the module's text exactly, and the update-history page lists every one of them.
 */
export interface SeedCorrection {
  /** What was wrong: a typo, a sentence whose meaning was wrong, a product that was renamed, or a placeholder left in the text. */
  readonly kind: 'typo' | 'meaning' | 'rename' | 'placeholder';
  /**
   * Where the seed has the slip: its definition (the default) or its list entry, the link
   * text of the status in the seed's list (a missing "L2 - " prefix, for example).
   */
  readonly part?: 'definition' | 'list-entry';
  /** The exact wording of the seed; it must occur once in the seed's definition (a list entry: the whole link, as `[text]`). */
  readonly original: string;
  /** The wording shown on the site instead. */
  readonly corrected: string;
  /** What the two Japanese wordings say, in English, for the English update-history page. */
  readonly inEnglish: {readonly original: string; readonly corrected: string};
  /** Why, in both languages. */
  readonly reason: Localized;
  /** ISO date the correction was made. */
  readonly date: IsoDate;
}

/**
 * A note the seed attaches to a status:
 * - `automation`: how the record gets this status automatically (shown with the definition);
 * - `boundary`: the seed's own sentence on what does *not* belong here (shown under "not this one").
 */
export interface SeedNote {
  readonly kind: 'automation' | 'boundary';
  readonly text: Localized;
}

export type IsoDate = `${number}-${number}-${number}`;

/**
 * Where a status comes from. A seed status keeps its playbook page name (`legacyPage`), so
 * the playbook's old links are redirected to it; a status added later never had such a page,
 * so it has no legacy name and no redirect (a made-up one would answer URLs that never existed).
 */
export type SeedOrigin = {readonly origin: 'seed'};
export type AddedOrigin = {
  readonly origin: 'added';
  /** ISO date the status was added (listed on the update-history page). */
  readonly added: IsoDate;
  readonly legacyPage?: never;
};

/**
 * A retired status stays in the data (its URL was published and must keep answering): it
 * leaves the tree, sidebar, finder, exports and search, and its URL becomes a short page
 * that names the successor and forwards to it.
 */
export interface Retirement {
  readonly date: IsoDate;
  /** Key of the status that replaces it, e.g. `blocked/legal-regulatory` (must be active). */
  readonly successor: string;
  /** Why, in both languages (shown on the forwarding page and in the history). */
  readonly reason: Localized;
}

interface StatusNodeData<Id extends string> {
  /** URL segment: lowercase kebab-case ASCII; it is part of a permanent URL, never change it. */
  readonly id: Id;
  readonly name: Localized;
  /** One-paragraph definition. Japanese: the seed's text (with `corrections` applied). */
  readonly summary: Localized;
  readonly notes?: readonly SeedNote[];
  /**
   * What a partner does for a customer in this status, where the playbook facts say so
   * (shown with who records the status, by <StatusRoles />). Left out where they say nothing.
   */
  readonly partnerStep?: Localized;
  /**
   * What holds for every status below this one (all of Blocked's L2s: only what is not
   * planned, late, refused or stuck), written once here and shown under each child's
   * definition, with a link to the boundary rule `rule` on this status's page.
   */
  readonly forEveryChild?: {readonly text: Localized; readonly rule: string};
  readonly corrections?: readonly SeedCorrection[];
  readonly retired?: Retirement;
}

export type L1Data<Id extends string = string> = StatusNodeData<Id> & (SeedOrigin | AddedOrigin);

/** A seed L2 must carry its playbook page name; an added one must not have any. */
export type L2Origin =
  | (SeedOrigin & {
      /** The page name in the seed (`l1l2l3-{l1}-{l2}-jp`); kept so old links can be redirected. */
      readonly legacyPage: `l1l2l3-${string}-jp`;
    })
  | AddedOrigin;

export type L2Data<Id extends string = string, Parent extends string = string> = StatusNodeData<Id> &
  L2Origin & {readonly parent: Parent};

/** The seed has no L3: every L3 is added later. */
export type L3Data<Id extends string = string, Parent extends string = string> = StatusNodeData<Id> &
  AddedOrigin & {
    /** Key of the parent L2, e.g. `blocked/legal-regulatory` (L3 ids need only be unique in their L2). */
    readonly parent: Parent;
  };

/** A node of the built tree, as components and plugins consume it. */
export interface StatusNode {
  readonly level: StatusLevel;
  readonly id: string;
  /** Path without leading slash, e.g. `blocked/legal-regulatory`. Equals the doc id. */
  readonly key: string;
  /** Site-relative URL path, e.g. `/blocked/legal-regulatory` (add the locale prefix for English). */
  readonly path: string;
  readonly name: Localized;
  readonly summary: Localized;
  readonly notes: readonly SeedNote[];
  readonly partnerStep?: Localized;
  readonly forEveryChild?: {readonly text: Localized; readonly rule: string};
  readonly corrections: readonly SeedCorrection[];
  readonly origin: 'seed' | 'added';
  /** ISO date an added status was added (undefined for the seed's). */
  readonly added?: IsoDate;
  /** Set for seed statuses that had a playbook page (never for added ones). */
  readonly legacyPage?: string;
  /** Set when the status is retired (see `Retirement`). */
  readonly retired?: Retirement;
  readonly parentKey?: string;
  readonly children: readonly StatusNode[];
}

/** The built tree and its lookups (src/taxonomy/index.ts builds it from the data files). */
export interface Taxonomy {
  /** Active L1 nodes in order, each with its active children. */
  readonly roots: readonly StatusNode[];
  /** Every active node, depth-first in tree order (L1, its L2s, their L3s, next L1 …). Retired ones are not here. */
  readonly all: readonly StatusNode[];
  /** Lookup of active nodes by key (`blocked`, `blocked/legal-regulatory`, …). */
  readonly byKey: ReadonlyMap<string, StatusNode>;
  /** Retired nodes (each with `retired` set), in data order: their URLs keep answering with a forwarding page. */
  readonly retired: readonly StatusNode[];
  /** Active statuses a record can end on: nodes without active children (an L2 without L3, an L3, an L1 without L2). */
  readonly leaves: readonly StatusNode[];
}
