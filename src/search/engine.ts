/**
 * The status search: MiniSearch (BM25, OR semantics) over one document per status, with the
 * shared tokenizer on both sides. A result is a status, with the evidence that matched and
 * the matched words marked. The index is built at build time (`serializeStatusSearch`) and
 * read back in the browser (`loadStatusSearchIndex`, src/search/standalone.ts), so both
 * search surfaces, the unit tests and the benchmark run this one engine and one ranking.
 */
import MiniSearch, {type Options, type SearchResult} from 'minisearch';
import {ruleAnchor, rulePointers, searchFields, type SearchData, type SearchDocument, type SearchField, type SearchIndexFile, type SearchText, type TellApartRule} from './documents';
import {packIndex, unpackIndex} from './serialized';
import {cleanQuery} from './query';
import {isCjkTerm, isKanaOnlyBigram, terms, tokenize, type Token} from './tokenize';
import {comparable, factorFor, katakanaReadings, katakanaWords, keptProductFactor, keptProductStatuses, signalsOf, wordsToSearch} from './meaning';
import {normalizeText} from './normalize';
import type {StatusKey} from '../taxonomy/keys';

/**
 * Each piece of evidence text as the tokenizer reads it, without apostrophes and hyphens:
 * a quick test of whether a term can be in it at all (`mayHold`), so a query tokenizes only
 * the pieces that can hold what it matched (the first query on a fresh results page spent
 * most of its time tokenizing every piece of every hit).
 */
const plainCache = new Map<string, string>();
function plainOf(text: string): string {
  let plain = plainCache.get(text);
  if (plain === undefined) {
    plain = normalizeText(text).replace(/['’-]/gu, '');
    plainCache.set(text, plain);
  }
  return plain;
}

/**
 * Whether `text` may hold a token `term`: a Japanese term stands in it as it is; an English
 * term is a stem, which may have changed its last letter (day → dai, happy → happi) or join a hyphenated
 * word (on-prem → onprem). False only when the tokenizer cannot find the term there.
 */
export function mayHold(text: string, term: string): boolean {
  const probe = !isCjkTerm(term) && term.length > 2 ? term.slice(0, -1) : term;
  return plainOf(text).includes(probe);
}

/** Tokens of each piece of evidence text, cut once on first use. */
const tokenCache = new Map<string, readonly Token[]>();
function tokensOf(text: string): readonly Token[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = tokenize(text);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * How much a match in each field counts: keywords and name, then the definition, then
 * examples, then questions and what points here (the boundary rules' answers and examples,
 * look-alike sentences of other pages), then the rest of the page. Chosen on the tuning part
 * of the fixture; the ranking moved by at most a few queries in a grid around these values
 * and BM25's k, b and d. Pointers went from 0.5 to 1 (2026-12-01) once the rules became the
 * one answer between look-alikes: a rule's case counts as much as a page's own question.
 */
export const fieldBoosts: {readonly [F in SearchField]: number} = {
  name: 4,
  keywords: 5,
  definition: 2,
  examples: 1.5,
  questions: 1,
  pointers: 1,
  rest: 0.2,
};

export interface MarkedSegment {
  readonly text: string;
  readonly marked: boolean;
}

export interface Evidence {
  readonly field: SearchField;
  readonly anchor?: string;
  readonly segments: readonly MarkedSegment[];
}

export interface SearchHit {
  readonly document: SearchDocument;
  readonly score: number;
  /** Page URL, at the section that matched when that is clear. */
  readonly href: string;
  readonly evidence: readonly Evidence[];
}

export interface SearchAnswer {
  readonly statuses: readonly SearchHit[];
  readonly glossary: readonly SearchHit[];
  /** The boundary rules between the first status and the next ones: how to tell them apart. */
  readonly tellApart: readonly TellApartRule[];
}

/** How many of the first statuses are looked at for a rule between two of them. */
export const tellApartAmong = 3;
/** The statuses whose words name what a customer keeps instead of the service (a denial naming one boosts it). */
export const keptProductKeys: readonly StatusKey[] = ['no-intent/using-competitive-solution', 'no-intent/using-microsoft-on-premises-solution'];

export interface StatusSearch {
  search(query: string, limits?: {statuses?: number; glossary?: number}): SearchAnswer;
}

function extractField(document: SearchDocument, field: string): string {
  if (field === 'id') return document.id;
  return (document.fields[field as SearchField] ?? []).map((t) => t.text).join('\n');
}

/** BM25 parameters (MiniSearch's defaults are k 1.2, b 0.7, d 0.5). */
export const bm25 = {k: 1.2, b: 0.7, d: 0.5};

/** The index's options: the same when it is built and when it is read back (MiniSearch requires it). */
const indexOptions: Options<SearchDocument> = {
  fields: [...searchFields],
  extractField,
  tokenize: terms,
  processTerm: (term) => term,
  searchOptions: {
    boost: fieldBoosts,
    bm25,
    combineWith: 'OR',
    // The last word may still be being typed (navbar suggestions); a single kanji stands for the words it starts.
    prefix: (term, i, all) => (isCjkTerm(term) ? Array.from(term).length === 1 : i === all.length - 1 && term.length >= 3),
    // A hurried partner's typo: a swapped or missing letter in a Latin word of four letters or
    // more (a swap is two edits, so long words need 0.25). Chosen on the tuning part (unchanged)
    // and on typos made of every English vocabulary word (src/search/meaning.test.ts).
    fuzzy: (term) => (!isCjkTerm(term) && term.length >= 4 ? 0.25 : false),
    // A typo's match weighs a fifth of an exact one (MiniSearch's default is 0.45), so a name
    // spelt exactly (Gmail, on one status) outweighs a word one letter away (email, on many).
    weights: {fuzzy: 0.2, prefix: 0.375},
    // Two hiragana (ない, から) are weak evidence next to kanji and katakana.
    boostTerm: (term) => (isKanaOnlyBigram(term) ? 0.3 : 1),
  },
};

function indexOf(data: SearchData): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(indexOptions);
  index.addAll(data.documents);
  return index;
}

/** The search over `data`, indexed at once from the documents (Node: tests, benchmark). */
export function createStatusSearch(data: SearchData): StatusSearch {
  const index = indexOf(data);
  return searchOver(() => index, data);
}

/** The file the browser loads (build time): the documents, for results and evidence, and their index. */
export function serializeStatusSearch(data: SearchData): SearchIndexFile {
  const rules = (data.rules ?? []).map(({id, question, answers, examples}) => ({id, question, answers, examples}));
  // The rules' evidence is derived from the rules again when the file is read (withRulePointers).
  const ruleAnchors = new Set(rules.map((r) => ruleAnchor(r.id)));
  const documents = data.documents.map((d) => ({...d, fields: {...d.fields, pointers: d.fields.pointers.filter((t) => !(t.anchor && ruleAnchors.has(t.anchor)))}}));
  return {locale: data.locale, documents, rules, index: packIndex(indexOf(data).toJSON())};
}

/** The documents of an index file with their rules' evidence added back, as the build made them. */
function withRulePointers(file: SearchIndexFile): SearchData {
  const extra = new Map<string, SearchText[]>();
  for (const {status, text} of rulePointers(file.rules ?? [])) extra.set(status, [...(extra.get(status) ?? []), text]);
  const documents = file.documents.map((d) => (extra.has(d.id) ? {...d, fields: {...d.fields, pointers: [...d.fields.pointers, ...extra.get(d.id)!]}} : d));
  return {...file, documents};
}

/**
 * The search over a file written by `serializeStatusSearch`, without indexing anything: the
 * index is read back a thousand terms per task (MiniSearch's loadJSAsync), so a phone stays
 * responsive meanwhile.
 */
export async function loadStatusSearchIndex(file: SearchIndexFile): Promise<StatusSearch> {
  const index = await MiniSearch.loadJSAsync<SearchDocument>(unpackIndex(file.index), indexOptions);
  return searchOver(() => index, withRulePointers(file));
}

/**
 * A lower bound of the edit distance between two words: the letters one has beyond the
 * other's, counted with repeats, whichever side has more. A word whose bound already exceeds
 * the typo distance cannot be a typo match, so the quick search leaves it out; MiniSearch
 * still measures the real distance of the words kept.
 */
function bagDistance(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const char of a) counts.set(char, (counts.get(char) ?? 0) + 1);
  let onlyInB = 0;
  for (const char of b) {
    const left = counts.get(char) ?? 0;
    if (left > 0) counts.set(char, left - 1);
    else onlyInB += 1;
  }
  let onlyInA = 0;
  for (const left of counts.values()) onlyInA += left;
  return Math.max(onlyInA, onlyInB);
}

/**
 * The search over a file written by `serializeStatusSearch`, answering at once: each query
 * reads back only the terms it can reach (its own terms, the terms they start when matched as
 * a prefix, and for a typo every term that may lie within the edit distance), which is all
 * MiniSearch looks at for it, so the answers are those of `loadStatusSearchIndex`. The results
 * page paints its first results with it (src/search/standalone.ts) instead of waiting for the
 * whole index to be read back: 8,000 Japanese terms took most of the time to the first
 * results on a phone. Each query costs a scan of the term list, so the app uses the whole index.
 */
export function quickStatusSearch(file: SearchIndexFile): StatusSearch {
  const allTerms = file.index.terms === '' ? [] : file.index.terms.split(' ');
  const {prefix, fuzzy, maxFuzzy = 6} = indexOptions.searchOptions!;
  const indexFor: IndexFor = (searchText) => {
    const queryTerms = terms(searchText);
    const reach = queryTerms.map((term, i) => {
      // As MiniSearch reads its fuzzy option: true is 0.2, a fraction is of the term's length.
      const option = typeof fuzzy === 'function' ? fuzzy(term, i, queryTerms) : fuzzy;
      const typo = option === true ? 0.2 : option;
      const distance = typeof typo === 'number' && typo > 0 ? (typo < 1 ? Math.min(maxFuzzy, Math.round(term.length * typo)) : typo) : 0;
      return {term, prefix: typeof prefix === 'function' ? prefix(term, i, queryTerms) : Boolean(prefix), distance};
    });
    const reached = (candidate: string) =>
      reach.some((q) => candidate === q.term || (q.prefix && candidate.startsWith(q.term)) || (q.distance > 0 && Math.abs(candidate.length - q.term.length) <= q.distance && bagDistance(candidate, q.term) <= q.distance));
    const keep = allTerms.flatMap((term, i) => (reached(term) ? [i] : []));
    const narrowed = {head: file.index.head, terms: keep.map((i) => allTerms[i]).join(' '), postings: keep.map((i) => file.index.postings[i]!)};
    return MiniSearch.loadJS<SearchDocument>(unpackIndex(narrowed), indexOptions);
  };
  return searchOver(indexFor, withRulePointers(file));
}

/** The index to answer one search text with: the whole index, or only what that text can reach (`quickStatusSearch`). */
type IndexFor = (searchText: string) => MiniSearch<SearchDocument>;

function searchOver(indexFor: IndexFor, data: SearchData): StatusSearch {
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  // The words of the statuses a customer may keep instead (product names, mostly), normalised once.
  const productWords = new Map(
    keptProductKeys.flatMap((key) => {
      const document = byId.get(key);
      return document ? [[key, document.fields.keywords.map((k) => comparable(k.text)).filter((w) => w.length >= 3)] as const] : [];
    }),
  );
  const rules = data.rules ?? [];
  // Loanwords as the documents write them, for hiragana typed before conversion.
  const loanwords = katakanaWords(data.documents.flatMap((d) => [...d.fields.name, ...d.fields.keywords, ...d.fields.definition].map((t) => t.text)));

  const hitOf = (result: SearchResult): SearchHit => {
    const document = byId.get(String(result.id))!;
    const evidence = evidenceOf(document, new Set(result.terms), result.match);
    const anchor = evidence[0]?.anchor;
    return {document, score: result.score, href: anchor && !document.path.includes('#') ? `${document.path}#${anchor}` : document.path, evidence};
  };

  return {
    search(query, limits = {}) {
      const text = cleanQuery(query);
      if (terms(text).length === 0) return {statuses: [], glossary: [], tellApart: []};
      // Words, then meaning (src/search/meaning.ts): a denial, a product kept, a shortage.
      const raised = signalsOf(text);
      const words = wordsToSearch(text, raised);
      const searchText = [words, ...katakanaReadings(words, loanwords)].join(' ');
      let results = indexFor(searchText).search(searchText);
      const kept = raised.some((signal) => signal.keepsNamedProduct) ? keptProductStatuses(text, productWords) : [];
      if (raised.length > 0 || kept.length > 0) {
        results = results
          .map((r) => ({...r, score: r.score * factorFor(String(r.id), raised) * (kept.includes(String(r.id)) ? keptProductFactor : 1)}))
          .sort((a, b) => b.score - a.score);
      }
      const of = (kind: SearchDocument['kind'], limit: number) =>
        results
          .filter((r) => byId.get(String(r.id))?.kind === kind)
          .slice(0, limit)
          .map(hitOf);
      const statuses = of('status', limits.statuses ?? 10);
      return {statuses, glossary: of('glossary', limits.glossary ?? 5), tellApart: rulesAmongFirst(statuses, rules)};
    },
  };
}

/**
 * The rules between the first status and the next ones (up to `tellApartAmong`), in the
 * order of the results: the partner is deciding whether the first answer is the right one.
 */
function rulesAmongFirst(statuses: readonly SearchHit[], rules: readonly TellApartRule[]): TellApartRule[] {
  const [top, ...next] = statuses.slice(0, tellApartAmong).map((hit) => hit.document.id);
  const between = (a: string, b: string) => rules.find((r) => r.answers.some((x) => x.status === a) && r.answers.some((x) => x.status === b));
  return next.flatMap((other) => {
    const rule = top === undefined ? undefined : between(top, other);
    return rule ? [rule] : [];
  });
}

/** The best one or two pieces of text that matched, strongest field first. */
function evidenceOf(document: SearchDocument, matchedTerms: ReadonlySet<string>, match: SearchResult['match']): Evidence[] {
  const fieldsMatched = new Set(Object.values(match).flat());
  // Marking only two hiragana (ない) when something stronger matched would mark grammar.
  const strong = new Set([...matchedTerms].filter((t) => !isKanaOnlyBigram(t)));
  const markable = strong.size > 0 ? strong : new Set(matchedTerms);
  const evidence: Evidence[] = [];
  for (const field of searchFields) {
    if (!fieldsMatched.has(field) || evidence.length >= 2) continue;
    let best: {text: string; anchor?: string; count: number} | undefined;
    for (const item of document.fields[field]) {
      if (![...markable].some((term) => mayHold(item.text, term))) continue;
      const count = new Set(tokensOf(item.text).filter((t) => markable.has(t.term)).map((t) => t.term)).size;
      if (count > 0 && (!best || count > best.count || (count === best.count && item.text.length < best.text.length))) {
        best = {...item, count};
      }
    }
    if (!best || field === 'name') continue; // the name is the result's title already
    evidence.push({field, anchor: best.anchor, segments: excerpt(markSegments(best.text, markable))});
  }
  return evidence;
}

/** Splits `text` into marked and unmarked runs: a run is marked where a matched term's token lies. */
export function markSegments(text: string, matchedTerms: ReadonlySet<string>): MarkedSegment[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const token of tokensOf(text)) {
    if (matchedTerms.has(token.term)) marked.fill(true, token.start, token.end);
  }
  const segments: MarkedSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({text: text.slice(start, i), marked: marked[start] ?? false});
      start = i;
    }
  }
  return segments;
}

/** Keeps about `max` characters around the first mark, with an ellipsis where text was cut. */
export function excerpt(segments: readonly MarkedSegment[], max = 110): MarkedSegment[] {
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  if (total <= max) return [...segments];
  let offset = 0;
  let firstMark = 0;
  for (const s of segments) {
    if (s.marked) {
      firstMark = offset;
      break;
    }
    offset += s.text.length;
  }
  const from = Math.max(0, Math.min(firstMark - Math.floor(max / 4), total - max));
  const to = from + max;
  const out: MarkedSegment[] = [];
  offset = 0;
  for (const s of segments) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + s.text.length);
    if (start < end) out.push({text: s.text.slice(start - offset, end - offset), marked: s.marked});
    offset += s.text.length;
  }
  if (from > 0) out.unshift({text: '…', marked: false});
  if (to < total) out.push({text: '…', marked: false});
  return out;
}
