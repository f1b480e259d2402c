/**
 * Types of the status taxonomy. The data lives in `l1.ts`, `l2.ts` and `l3.ts`;
 * everything else (sidebar, pages, tree, search keywords, guards) derives from it.
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
  /** What was wrong: a typo, a sentence whose meaning was wrong, or a product that was renamed. */
  readonly kind: 'typo' | 'meaning' | 'rename';
  /** The exact wording of the seed; it must occur once in the seed's definition. */
  readonly original: string;
  /** The wording shown on the site instead. */
  readonly corrected: string;
  /** Why, in both languages. */
  readonly reason: Localized;
  /** ISO date the correction was made. */
  readonly date: `${number}-${number}-${number}`;
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

interface StatusNodeData<Id extends string> {
  /** URL segment: lowercase kebab-case ASCII; it is part of a permanent URL, never change it. */
  readonly id: Id;
  readonly name: Localized;
  /** One-paragraph definition. Japanese: the seed's text (with `corrections` applied). */
  readonly summary: Localized;
  /** Words a partner may type for this status: synonyms, product and competitor names. */
  readonly keywords: Localized<readonly string[]>;
  readonly notes?: readonly SeedNote[];
  readonly corrections?: readonly SeedCorrection[];
}

export type L1Data<Id extends string = string> = StatusNodeData<Id>;

export interface L2Data<Id extends string = string, Parent extends string = string>
  extends StatusNodeData<Id> {
  readonly parent: Parent;
  /** The page name in the seed (`l1l2l3-{l1}-{l2}-jp`); kept so old links can be redirected. */
  readonly legacyPage: `l1l2l3-${string}-jp`;
}

export interface L3Data<Id extends string = string, Parent extends string = string>
  extends StatusNodeData<Id> {
  /** Key of the parent L2, e.g. `blocked/legal-regulatory` (L3 ids need only be unique in their L2). */
  readonly parent: Parent;
}

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
  readonly keywords: Localized<readonly string[]>;
  readonly notes: readonly SeedNote[];
  readonly corrections: readonly SeedCorrection[];
  readonly legacyPage?: string;
  readonly parentKey?: string;
  readonly children: readonly StatusNode[];
}
