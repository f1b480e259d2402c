/**
 * Compile-time guarantees of the taxonomy types, checked by `npm run typecheck`: each
 * `@ts-expect-error` below must stay an error, or tsc fails ("unused directive").
 */
import type {FinderAnswer, L1Id, L2Data, L2Key, L3Data, Localized} from '../../src/taxonomy';

// A missing English string is a compile error.
// @ts-expect-error: property 'en' is missing
export const missingEnglish: Localized = {ja: 'ブロック'};

const base = {
  name: {ja: '名前', en: 'Name'},
  summary: {ja: '定義です。', en: 'Definition.'},
  keywords: {ja: [], en: []},
} as const;

// An unknown parent id is a compile error.
export const unknownParent: L2Data<string, L1Id> = {
  ...base,
  id: 'x',
  // @ts-expect-error: 'blokced' is not an L1 id
  parent: 'blokced',
  origin: 'seed',
  legacyPage: 'l1l2l3-blocked-x-jp',
};

// An L3 must hang under an existing L2 key.
export const unknownL3Parent: L3Data<string, L2Key> = {
  ...base,
  id: 'y',
  // @ts-expect-error: 'blocked/nope' is not an L2 key
  parent: 'blocked/nope',
  origin: 'added',
  added: '2026-11-25',
};

// An L2 key pairs an id with its own parent only (not every L1 with every L2 id).
// @ts-expect-error: migration is under in-progress, not status-unknown
export const crossedKey: L2Key = 'status-unknown/migration';

// A status added after the seed has no legacy page: a made-up one would redirect URLs that never existed.
export const addedWithLegacy: L2Data<string, L1Id> = {
  ...base,
  id: 'w',
  parent: 'blocked',
  origin: 'added',
  added: '2026-11-25',
  // @ts-expect-error: an added status cannot have a legacyPage
  legacyPage: 'l1l2l3-blocked-w-jp',
};

// A seed status must keep its legacy page.
// @ts-expect-error: legacyPage is missing
export const seedWithoutLegacy: L2Data<string, L1Id> = {...base, id: 'v', parent: 'blocked', origin: 'seed'};

// Every L3 is added later (the seed has none).
export const seedL3: L3Data<string, L2Key> = {
  ...base,
  id: 'u',
  parent: 'blocked/legal-regulatory',
  // @ts-expect-error: an L3 cannot come from the seed
  origin: 'seed',
};

// A legacy page name must follow the seed's pattern.
export const badLegacy: L2Data<string, L1Id> = {
  ...base,
  id: 'z',
  parent: 'blocked',
  origin: 'seed',
  // @ts-expect-error: must look like l1l2l3-…-jp
  legacyPage: 'blocked-z',
};

// A finder answer must lead to a known question or status.
export const unknownResult: FinderAnswer = {
  id: 'x',
  label: {ja: 'x', en: 'x'},
  // @ts-expect-error: 'blocked/weather' is not a status key
  result: 'blocked/weather',
};
export const unknownQuestion: FinderAnswer = {
  id: 'y',
  label: {ja: 'y', en: 'y'},
  // @ts-expect-error: 'weather' is not a question id
  next: 'weather',
};
