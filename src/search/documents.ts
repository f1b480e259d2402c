/**
 * What the status search indexes: one document per status (and, below the statuses, one
 * per glossary term), built with the site from the taxonomy and the pages
 * (src/plugins/status-search) and shipped to the browser as JSON with their index.
 */
import type {PackedIndex} from './serialized';
import type {LocalRule} from '../taxonomy/localized';

/** What the results show of a boundary rule: its question and answers. */
export type TellApartRule = Pick<LocalRule, 'id' | 'question' | 'answers'>;
/** A boundary rule as the search has it: shown as a tell-apart, and evidence for the statuses it leads to (its reasons stay on the pages). */
export type SearchRule = TellApartRule & Pick<LocalRule, 'examples'>;

/** Fields of a document, from the strongest evidence to the weakest. */
export const searchFields = ['name', 'keywords', 'definition', 'examples', 'questions', 'pointers', 'rest'] as const;
export type SearchField = (typeof searchFields)[number];

/** One piece of text a partner can be shown as evidence, with the page section it is in. */
export interface SearchText {
  readonly text: string;
  /** Section anchor of the status page (`when-to-use`) when the text is on the page itself. */
  readonly anchor?: string;
}

export interface SearchDocument {
  /** Status key (`blocked/legal-regulatory`) or `glossary#{anchor}`. */
  readonly id: string;
  readonly kind: 'status' | 'glossary';
  /** Site path without the locale prefix (`/blocked/legal-regulatory`); links add the locale's base URL. */
  readonly path: string;
  readonly title: string;
  /** "ブロック › 法務/規制"; for a glossary term, the glossary's title. */
  readonly trail: string;
  readonly fields: {readonly [F in SearchField]: readonly SearchText[]};
}

export interface SearchData {
  readonly locale: string;
  readonly documents: readonly SearchDocument[];
  /** The boundary rules in this locale: the results say how to tell two look-alikes apart. */
  readonly rules?: readonly SearchRule[];
}

/** The anchor of a rule on a status page: what the rule's evidence links to. */
export const ruleAnchor = (id: string) => `rule-${id}`;

/**
 * What a boundary rule counts as for each status it leads to, linked at the rule on that
 * status's page: each answer (with the question) and each example. 「法令がクラウドを禁じている
 * → 法務/規制」 is evidence for 法務/規制, wherever the rule is shown. One definition for the
 * build and the browser: the index file ships the rules, and the browser derives these
 * texts from them instead of receiving them twice.
 */
export function rulePointers(rules: readonly SearchRule[]): {readonly status: string; readonly text: SearchText}[] {
  return rules.flatMap((rule) => [
    ...rule.answers.map((a) => ({status: a.status, text: {text: `${rule.question} ${a.answer}`, anchor: ruleAnchor(rule.id)}})),
    ...rule.examples.map((e) => ({status: e.status, text: {text: e.case, anchor: ruleAnchor(rule.id)}})),
  ]);
}

/** The file the browser loads: the documents (results and evidence) and their index, built at build time. */
export interface SearchIndexFile extends SearchData {
  readonly index: PackedIndex;
}
