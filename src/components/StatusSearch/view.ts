/**
 * The markup of search results, written once and rendered two ways: by React
 * (`React.createElement`, in SearchHits and the navbar's evidence) and, on the results page,
 * by the engine script before the app has started (`domElement`, src/search/standalone.ts).
 * React then hydrates the elements the script made: they must be exactly what React would
 * render, which is why both come from this one function and why it uses no component
 * of the theme (a heading's anchor link, for one, exists only in React).
 */
import type {SearchField} from '../../search/documents';
import type {Evidence, SearchAnswer, SearchHit} from '../../search/engine';

/** The UI strings the results use, translated by the page (templates keep `{query}` and `{count}`). */
export interface SearchLabels {
  readonly fields: {readonly [F in SearchField]: string};
  readonly statusesHeading: string;
  readonly glossaryHeading: string;
  readonly count: string;
  readonly none: string;
  readonly failed: string;
  readonly noneHelp: string;
  readonly toFinder: string;
  readonly toTree: string;
  readonly tellApartHeading: string;
  /** `{first}` and `{second}`: the two statuses' names. */
  readonly tellApartPair: string;
  readonly tellApartLead: string;
}

/** CSS module class names (styles.module.css), handed to the engine script by the page. */
export const classNames = ['evidence', 'evidenceField', 'trail', 'groupHeading', 'hits', 'hit', 'hitTitle', 'evidenceLine', 'noResults', 'tellApart', 'rule', 'ruleHeading', 'ruleQuestion'] as const;
export type SearchClasses = {readonly [C in (typeof classNames)[number]]: string};

/** What the results need besides the answer: strings, class names, links. */
export interface ViewContext<N> {
  readonly labels: SearchLabels;
  readonly classes: SearchClasses;
  /** The locale's URL of a site path (`/blocked/x#y` → `/en/blocked/x#y`). */
  readonly href: (path: string) => string;
  /** What renders a link with `href` (an `<a>`, or the router's link in React). */
  readonly link: unknown;
}

/** React.createElement's shape: element type, props, children. */
export type Render<N> = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => N;

/** Docusaurus' interpolation: `{name}` placeholders of the template, in one pass. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (values[name] === undefined ? placeholder : String(values[name])));
}

/** The result count, announced in the page's live region ('' while there is nothing to say). */
export function countText(labels: SearchLabels, query: string, answer: SearchAnswer | undefined, failed: boolean): string {
  const trimmed = query.trim();
  if (failed) return labels.failed;
  if (trimmed === '' || answer === undefined) return '';
  const count = answer.statuses.length;
  return count === 0 ? fill(labels.none, {query: trimmed}) : fill(labels.count, {query: trimmed, count});
}

/** One piece of evidence: its kind, and the text with what matched marked. */
export function evidenceView<N>(h: Render<N>, evidence: Evidence, {labels, classes}: Pick<ViewContext<N>, 'labels' | 'classes'>): N {
  return h(
    'span',
    {className: classes.evidence},
    h('span', {className: classes.evidenceField}, labels.fields[evidence.field]),
    ' ',
    // An empty text would be a text node React does not expect.
    ...evidence.segments.filter((s) => s.text !== '').map((s, i) => (s.marked ? h('mark', {key: i}, s.text) : s.text)),
  );
}

function hitView<N>(h: Render<N>, hit: SearchHit, context: ViewContext<N>): N {
  const {classes} = context;
  return h(
    'li',
    {key: hit.document.id, className: classes.hit, 'data-status-key': hit.document.kind === 'status' ? hit.document.id : undefined},
    h(
      'article',
      null,
      h('h3', {className: classes.hitTitle}, h(context.link, {href: context.href(hit.href)}, hit.document.title)),
      h('p', {className: classes.trail, 'data-trail': ''}, hit.document.trail),
      ...hit.evidence.map((e) => h('p', {key: e.field, className: classes.evidenceLine}, evidenceView(h, e, context))),
    ),
  );
}

function groupView<N>(h: Render<N>, kind: 'status' | 'glossary', hits: readonly SearchHit[], heading: string, context: ViewContext<N>): N | null {
  if (hits.length === 0) return null;
  const headingId = `search-${kind}`;
  return h(
    'section',
    {key: kind, 'aria-labelledby': headingId, 'data-search-kind': kind},
    h('h2', {id: headingId, className: context.classes.groupHeading}, heading),
    h('ol', {className: context.classes.hits}, ...hits.map((hit) => hitView(h, hit, context))),
  );
}

/**
 * How to tell two of the first results apart: the boundary rules between them
 * (src/taxonomy/boundaries.ts), each with its question and a link to each status at the
 * rule on its page — the same rule both pages show.
 */
function tellApartView<N>(h: Render<N>, answer: SearchAnswer, context: ViewContext<N>): N | null {
  if (answer.tellApart.length === 0) return null;
  const {labels, classes} = context;
  const hit = (key: string) => answer.statuses.find((s) => s.document.id === key)!;
  return h(
    'section',
    {key: 'tell-apart', 'aria-labelledby': 'search-tell-apart', 'data-tell-apart': '', className: classes.tellApart},
    h('h2', {id: 'search-tell-apart', className: classes.groupHeading}, labels.tellApartHeading),
    h('p', null, labels.tellApartLead),
    ...answer.tellApart.map((rule) => {
      const [first, second] = rule.answers.map((a) => hit(a.status).document);
      return h(
        'div',
        {key: rule.id, className: classes.rule, 'data-rule': rule.id},
        h('h3', {className: classes.ruleHeading}, fill(labels.tellApartPair, {first: first!.title, second: second!.title})),
        h('p', {className: classes.ruleQuestion}, rule.question),
        h(
          'ul',
          null,
          ...rule.answers.map((a) => {
            const document = hit(a.status).document;
            return h('li', {key: a.status}, `${a.answer} → `, h(context.link, {href: context.href(`${document.path}#rule-${rule.id}`)}, document.trail));
          }),
        ),
      );
    }),
  );
}

/**
 * The contents of the results container for `query`: statuses, how to tell the first ones
 * apart when a rule separates two of them, then glossary terms; with nothing found, the
 * way on (the finder and the tree).
 */
export function resultsView<N>(h: Render<N>, query: string, answer: SearchAnswer, context: ViewContext<N>): (N | null)[] {
  if (query.trim() === '') return [];
  const {labels, classes} = context;
  return [
    groupView(h, 'status', answer.statuses, labels.statusesHeading, context),
    tellApartView(h, answer, context),
    groupView(h, 'glossary', answer.glossary, labels.glossaryHeading, context),
    answer.statuses.length > 0
      ? null
      : h(
          'div',
          {key: 'none', className: classes.noResults},
          h('p', null, labels.noneHelp),
          h('ul', null, h('li', null, h(context.link, {href: context.href('/finder')}, labels.toFinder)), h('li', null, h(context.link, {href: context.href('/')}, labels.toTree))),
        ),
  ];
}

/** How many results of each kind the results page shows (the same before and after the app starts). */
export const resultLimits = {statuses: 10, glossary: 5} as const;

/** What the engine script needs to paint the results page before the app (the container's `data-search-paint`). */
export interface PaintConfig {
  /** URL of the locale's index file. */
  readonly index: string;
  /** The locale's base URL (`/en/`). */
  readonly base: string;
  readonly labels: SearchLabels;
  readonly classes: SearchClasses;
}
