/**
 * The taxonomy in ONE language, as the browser gets it. The build writes it per locale
 * (src/plugins/status-pages → `site-data.json`), so a Japanese page never downloads the
 * English strings and the other way round, and the search vocabulary is not in it at all.
 * Components read it through the hooks in src/hooks/useStatus.ts.
 *
 * This module holds no data and imports none (only types and data-free helpers), so importing it from a component
 * never pulls the two-language taxonomy into the browser.
 */
import {closestKeys} from './closest';
import type {BoundaryRule} from './boundaries';
import type {FinderAnswer, FinderQuestion, QuestionId} from './finder';
import type {Term} from './terms';
import type {IsoDate, Locale, SeedCorrection, SeedNote, StatusLevel, StatusNode, Taxonomy} from './types';

export interface LocalCorrection {
  readonly kind: SeedCorrection['kind'];
  /** Where the seed has the slip: its definition or its list entry. */
  readonly part: NonNullable<SeedCorrection['part']>;
  /** The seed's wording (Japanese). */
  readonly original: string;
  /** The wording shown instead (Japanese). */
  readonly corrected: string;
  /** On an English page, what the two Japanese wordings say (Japanese pages need no gloss). */
  readonly inEnglish?: {readonly original: string; readonly corrected: string};
  readonly reason: string;
  readonly date: IsoDate;
}

export interface LocalStatus {
  readonly level: StatusLevel;
  readonly id: string;
  readonly key: string;
  readonly path: string;
  readonly name: string;
  readonly summary: string;
  readonly notes: readonly {readonly kind: SeedNote['kind']; readonly text: string}[];
  readonly partnerStep?: string;
  readonly forEveryChild?: {readonly text: string; readonly rule: string};
  readonly corrections: readonly LocalCorrection[];
  readonly origin: 'seed' | 'added';
  readonly added?: IsoDate;
  readonly retired?: {readonly date: IsoDate; readonly successor: string; readonly reason: string};
  readonly parentKey?: string;
  /** Keys of the active children, in order. */
  readonly childKeys: readonly string[];
}

export type LocalFinderAnswer = {readonly id: string; readonly label: string} & ({readonly next: QuestionId} | {readonly result: string});

export interface LocalFinderQuestion {
  readonly id: QuestionId;
  readonly text: string;
  readonly hint?: string;
  readonly answers: readonly LocalFinderAnswer[];
}

/** A boundary rule in one locale (src/taxonomy/boundaries.ts). */
export interface LocalRule {
  readonly id: string;
  readonly question: string;
  readonly answers: readonly {readonly answer: string; readonly status: string}[];
  readonly examples: readonly {readonly case: string; readonly status: string}[];
  readonly basis: 'facts' | 'seed' | 'decision';
  /** For a decision of ours: when and why (listed on the update-history page). */
  readonly decision?: {readonly date: IsoDate; readonly reason: string};
}

/**
 * A rule as an L1 page lists it among its L2s' rules: its question and the two statuses, each
 * linked to the rule on its own page (the answers and examples stand there, written once).
 */
export interface LocalRuleLink {
  readonly id: string;
  readonly question: string;
  readonly statuses: readonly [string, string];
}

export function localRuleLink(rule: BoundaryRule, locale: Locale): LocalRuleLink {
  return {id: rule.id, question: rule.question[locale], statuses: [rule.answers[0].status, rule.answers[1].status]};
}

export function localRule(rule: BoundaryRule, locale: Locale): LocalRule {
  return {
    id: rule.id,
    question: rule.question[locale],
    answers: rule.answers.map((a) => ({answer: a.answer[locale], status: a.status})),
    examples: rule.examples.map((e) => ({case: e.case[locale], status: e.status})),
    basis: rule.basis.kind,
    ...(rule.basis.kind === 'decision' ? {decision: {date: rule.basis.date, reason: rule.basis.reason[locale]}} : {}),
  };
}

/** The rules a status's page shows: those it is one side of (in data order). */
export function rulesOf<R extends {readonly answers: readonly {readonly status: string}[]}>(key: string, rules: readonly R[]): R[] {
  return rules.filter((rule) => rule.answers.some((a) => a.status === key));
}

/** The rules between two children of a status (an L1's page shows them under its L2 list). */
export function rulesAmong<R extends {readonly answers: readonly {readonly status: string}[]}>(childKeys: readonly string[], rules: readonly R[]): R[] {
  return rules.filter((rule) => rule.answers.every((a) => childKeys.includes(a.status)));
}

/** A term of the wording list (src/taxonomy/terms.ts) in one locale, for the glossary. */
export interface LocalTerm {
  readonly id: string;
  readonly concept: string;
  readonly preferred: string;
  readonly variants: readonly string[];
  readonly usage?: string;
}

export function localTerm(term: Term, locale: Locale): LocalTerm {
  return {id: term.id, concept: term.concept[locale], preferred: term.preferred[locale], variants: term.variants[locale], ...(term.usage ? {usage: term.usage[locale]} : {})};
}

/** Everything the pages need, in one locale (JSON-serialisable). */
export interface LocalSiteData {
  readonly locale: Locale;
  /** Active statuses, depth-first in tree order. */
  readonly statuses: readonly LocalStatus[];
  readonly retired: readonly LocalStatus[];
  readonly finder: {readonly first: QuestionId; readonly questions: {readonly [Q in QuestionId]: LocalFinderQuestion}};
}

function localStatus(node: StatusNode, locale: Locale): LocalStatus {
  return {
    level: node.level,
    id: node.id,
    key: node.key,
    path: node.path,
    name: node.name[locale],
    summary: node.summary[locale],
    notes: node.notes.map((note) => ({kind: note.kind, text: note.text[locale]})),
    ...(node.partnerStep ? {partnerStep: node.partnerStep[locale]} : {}),
    ...(node.forEveryChild ? {forEveryChild: {text: node.forEveryChild.text[locale], rule: node.forEveryChild.rule}} : {}),
    corrections: node.corrections.map((c) => ({
      kind: c.kind,
      part: c.part ?? 'definition',
      original: c.original,
      corrected: c.corrected,
      ...(locale === 'ja' ? {} : {inEnglish: c.inEnglish}),
      reason: c.reason[locale],
      date: c.date,
    })),
    origin: node.origin,
    ...(node.added ? {added: node.added} : {}),
    ...(node.retired ? {retired: {date: node.retired.date, successor: node.retired.successor, reason: node.retired.reason[locale]}} : {}),
    ...(node.parentKey ? {parentKey: node.parentKey} : {}),
    childKeys: node.children.map((child) => child.key),
  };
}

function localQuestion(question: FinderQuestion, locale: Locale): LocalFinderQuestion {
  return {
    id: question.id,
    text: question.text[locale],
    ...(question.hint ? {hint: question.hint[locale]} : {}),
    answers: question.answers.map((answer: FinderAnswer) => ({...answer, label: answer.label[locale]})),
  };
}

/** The site's data in one locale, from the two-language sources (node side: the plugin and the tests). */
export function localizeSite(
  locale: Locale,
  from: Taxonomy,
  finder: {readonly first: QuestionId; readonly questions: {readonly [Q in QuestionId]: FinderQuestion}},
): LocalSiteData {
  return {
    locale,
    statuses: from.all.map((node) => localStatus(node, locale)),
    retired: from.retired.map((node) => localStatus(node, locale)),
    finder: {
      first: finder.first,
      questions: Object.fromEntries(Object.entries(finder.questions).map(([id, q]) => [id, localQuestion(q, locale)])) as {[Q in QuestionId]: LocalFinderQuestion},
    },
  };
}

/** A status of the built local tree. */
export interface LocalNode extends LocalStatus {
  readonly children: readonly LocalNode[];
}

/** The local tree with its lookups: the browser's counterpart of `Taxonomy`. */
export interface LocalTaxonomy {
  readonly locale: Locale;
  readonly roots: readonly LocalNode[];
  /** Active nodes, depth-first in tree order. */
  readonly all: readonly LocalNode[];
  readonly byKey: ReadonlyMap<string, LocalNode>;
  readonly retired: readonly LocalNode[];
  /** Active statuses a record can end on (no active children). */
  readonly leaves: readonly LocalNode[];
  readonly finder: LocalSiteData['finder'];
  /** The active node for a key; throws, naming the key, when there is none (a retired key names its successor). */
  get(key: string): LocalNode;
  /** An active or retired node, or undefined. */
  find(key: string): LocalNode | undefined;
  /** "ブロック › 法務/規制": the node with its ancestors. */
  trail(node: LocalStatus): string;
  /** The node's ancestors from the L1 down. */
  ancestors(node: LocalStatus): LocalNode[];
}

export function buildLocalTaxonomy(data: LocalSiteData): LocalTaxonomy {
  type Building = LocalStatus & {children: LocalNode[]};
  const nodes = new Map<string, Building>();
  const all: Building[] = data.statuses.map((status) => {
    const node = {...status, children: []};
    nodes.set(status.key, node);
    return node;
  });
  for (const node of all) node.children = node.childKeys.map((key) => nodes.get(key)!);
  const retired: LocalNode[] = data.retired.map((status) => ({...status, children: []}));
  const byKey: ReadonlyMap<string, LocalNode> = nodes;
  const find = (key: string) => byKey.get(key) ?? retired.find((n) => n.key === key);
  const ancestors = (node: LocalStatus): LocalNode[] => {
    const parent = node.parentKey ? find(node.parentKey) : undefined;
    return parent ? [...ancestors(parent), parent] : [];
  };
  return {
    locale: data.locale,
    roots: all.filter((node) => node.level === 1),
    all,
    byKey,
    retired,
    leaves: all.filter((node) => node.children.length === 0),
    finder: data.finder,
    get(key) {
      const found = byKey.get(key);
      if (found) return found;
      const old = retired.find((n) => n.key === key);
      throw new Error(
        old
          ? `Status "${key}" is retired; link its successor "${old.retired!.successor}" instead.`
          : `Unknown status "${key}". Did you mean ${closestKeys(key, [...byKey.keys()]).map((k) => `"${k}"`).join(', ')}? Statuses are defined in src/taxonomy/.`,
      );
    },
    find,
    trail: (node) => [...ancestors(node), node].map((n) => n.name).join(' › '),
    ancestors,
  };
}
