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
  legacyPage: 'l1l2l3-blocked-x-jp',
};

// An L3 must hang under an existing L2 key.
export const unknownL3Parent: L3Data<string, L2Key> = {
  ...base,
  id: 'y',
  // @ts-expect-error: 'blocked/nope' is not an L2 key
  parent: 'blocked/nope',
};

// A legacy page name must follow the seed's pattern.
export const badLegacy: L2Data<string, L1Id> = {
  ...base,
  id: 'z',
  parent: 'blocked',
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
