/**
 * The status search engine on the real taxonomy and pages (node-side; the browser truth and
 * the quality fixture are in tests/e2e/search.spec.ts). Everything is derived from the taxonomy.
 */
import {mkdtempSync, cpSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {localTaxonomy, locales, taxonomy} from '../taxonomy';
import {filterTree} from '../components/StatusTree/filter';
import {vocabulary, wordsOf} from './vocabulary';
import {buildSearchData} from '../plugins/status-search/buildSearchData';
import {createStatusSearch, loadStatusSearchIndex, markSegments, mayHold, quickStatusSearch, serializeStatusSearch, type SearchAnswer} from './engine';
import {inLoadingOrder, packIndex, unpackIndex} from './serialized';
import {buildSearchIndex, bundleEngineScript} from '../plugins/status-search';
import {issueExamples, tuningCases} from '../../tests/fixtures/searchQueries';
import {heldOutCases} from '../../tests/fixtures/searchQueries.heldout';
import {englishBatchCases} from '../../tests/fixtures/searchQueries.english';
import MiniSearch, {type AsPlainObject} from 'minisearch';
import {normalizeText} from './normalize';
import {terms, tokenize} from './tokenize';

const siteDir = path.resolve(__dirname, '../..');
const data = Object.fromEntries(locales.map((l) => [l, buildSearchData(siteDir, l)])) as Record<(typeof locales)[number], ReturnType<typeof buildSearchData>>;
const engines = Object.fromEntries(locales.map((l) => [l, createStatusSearch(data[l])])) as Record<(typeof locales)[number], ReturnType<typeof createStatusSearch>>;

describe('normalisation and tokens: one spelling on both sides', () => {
  it.each([
    ['ユーザートレーニング', 'ユーザー トレーニング'],
    ['ユーザートレーニング', 'ユーザトレーニング'],
    ['ＳＫＵ', 'SKU'],
    ['ｵﾝﾌﾟﾚﾐｽ', 'オンプレミス'],
    ['ＶＰＮ　ライセンス', 'vpn ライセンス'],
  ])('%s = %s', (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
    expect(terms(a)).toEqual(terms(b));
  });

  it('an apostrophe left out changes nothing: dont = don’t, customers = customer’s', () => {
    expect(terms('customer dont need')).toEqual(terms('customer don’t need'));
    expect(terms('the customers plan')).toEqual(terms("the customer's plan"));
  });

  it('"it" is IT only when written so or when it names a team: "covers it" says nothing about IT', () => {
    const it = terms('IT')[0]!;
    expect(terms('crowdstrike already covers it')).not.toContain(it);
    expect(terms('the IT team is small')).toContain(it);
    expect(terms('it team is small')).toContain(it);
    expect(terms('no budget for it')).not.toContain(it);
    expect(terms('it 部門の人手不足')).toContain(it);
  });

  it('an inflection shares its stem: 取れません finds 取れない', () => {
    const shared = terms('取れません').filter((t) => terms('取れない').includes(t));
    expect(shared).toContain('取れ');
  });

  it('a single kana is never a token; a single kanji is', () => {
    expect(terms('か')).toEqual([]);
    expect(terms('を')).toEqual([]);
    expect(terms('法')).toEqual(['法']);
  });

  it('English is stemmed and function words are left out', () => {
    expect(terms('licenses')).toEqual(terms('license'));
    expect(terms('moving')).toEqual(terms('move'));
    expect(terms('the customer is not')).toEqual(terms('customer'));
    expect(terms('on-prem')).toContain(terms('onprem')[0]);
  });

  it('tokens point at the original text, so marks cover what the partner typed', () => {
    const text = 'ｵﾝﾌﾟﾚﾐｽの ユーザー トレーニング';
    for (const token of tokenize(text)) expect(normalizeText(text.slice(token.start, token.end)).replace(/\s/g, '')).toBe(token.term);
    const marked = markSegments('エンド ユーザー トレーニング', new Set(terms('ユーザトレーニング')));
    expect(marked.filter((s) => s.marked).map((s) => s.text).join('')).toBe('ユーザー トレーニング');
  });
});

describe.each(locales)('the status search (%s)', (locale) => {
  const search = engines[locale];

  it('has one document per status, and finds each status first by its own name', () => {
    const statusDocs = data[locale].documents.filter((d) => d.kind === 'status');
    expect(statusDocs.map((d) => d.id)).toEqual(taxonomy.all.map((s) => s.key));
    for (const status of taxonomy.all) {
      const found = search.search(status.name[locale]).statuses;
      expect(found[0]?.document.id, status.name[locale]).toBe(status.key);
      expect(new Set(found.map((h) => h.document.id)).size).toBe(found.length);
    }
  });

  it('finds each status by each of its keywords in the top 3', () => {
    const misses = taxonomy.all.flatMap((status) =>
      wordsOf(status.key, locale).filter((k) => !search.search(k).statuses.slice(0, 3).some((h) => h.document.id === status.key)).map((k) => `${status.key}: ${k}`),
    );
    // Keywords shared by look-alikes (a parent and its child, or deliberate overlaps) may rank lower; most must not.
    expect(misses.length / taxonomy.all.reduce((n, s) => n + wordsOf(s.key, locale).length, 0), misses.join('\n')).toBeLessThan(0.05);
  });

  it('ORs the words: an unknown word does not empty the list, and more matched words rank higher', () => {
    const status = taxonomy.all.find((s) => s.level === 2)!;
    expect(search.search(`${status.name[locale]} zzqxv`).statuses[0]?.document.id).toBe(status.key);
    expect(search.search('zzqxv').statuses).toEqual([]);
    expect(search.search('   ').statuses).toEqual([]);
  });

  it('shows evidence with the matched words marked, never a lone kana, and links to the section', () => {
    for (const status of taxonomy.all) {
      const hit = search.search(wordsOf(status.key, locale)[0]!).statuses.find((h) => h.document.id === status.key);
      expect(hit?.evidence.length, status.key).toBeGreaterThan(0);
      const marks = hit!.evidence.flatMap((e) => e.segments.filter((s) => s.marked).map((s) => s.text));
      expect(marks.length, status.key).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).not.toMatch(/^[\u3041-\u30ff]$/u);
      expect(hit!.href.startsWith(status.path)).toBe(true);
    }
  });

  it('lists glossary terms apart from statuses', () => {
    const glossary = data[locale].documents.filter((d) => d.kind === 'glossary');
    expect(glossary.length).toBeGreaterThan(0);
    const term = glossary[0]!;
    const answer = search.search(term.title);
    expect(answer.glossary.map((h) => h.document.id)).toContain(term.id);
    expect(answer.statuses.every((h) => h.document.kind === 'status')).toBe(true);
  });

  it('agrees with the tree filter on spelling variants of every keyword', () => {
    const variants = (k: string) => [k.normalize('NFKC').toUpperCase(), k.replace(/ー/g, ''), k.replace(/\s+/g, '')];
    for (const status of taxonomy.all) {
      for (const keyword of wordsOf(status.key, locale)) {
        for (const variant of variants(keyword)) {
          expect(filterTree(localTaxonomy(locale).roots, variant, vocabulary[locale])?.visible.has(status.key), `filter: ${variant}`).toBe(true);
        }
      }
    }
  });
});

describe('what the index is built from', () => {
  it('credits a "not this one" sentence to the status it points to, never to its own page', () => {
    for (const locale of locales) {
      for (const doc of data[locale].documents.filter((d) => d.kind === 'status')) {
        const status = taxonomy.byKey.get(doc.id)!;
        for (const pointer of doc.fields.pointers) expect(pointer.text, doc.id).not.toBe('');
        // The status's own page never lists itself among its look-alikes, so its own name can only come from others.
        expect(doc.fields.examples.every((e) => e.anchor === 'when-to-use'), status.key).toBe(true);
      }
      const pointedTo = data[locale].documents.filter((d) => d.fields.pointers.length > 0);
      expect(pointedTo.length).toBeGreaterThan(taxonomy.all.length / 2);
    }
  });

  it('fails naming the file when a status has no page', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'search-data-'));
    try {
      for (const dir of ['docs', 'i18n']) cpSync(path.join(siteDir, dir), path.join(copy, dir), {recursive: true});
      const victim = taxonomy.all.find((s) => s.level === 2)!;
      rmSync(path.join(copy, 'i18n/en/docusaurus-plugin-content-docs/current', `${victim.key}.mdx`));
      expect(() => buildSearchData(copy, 'en')).toThrow(new RegExp(`${victim.key}\\.mdx.*"${victim.key}"`));
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  });
});

describe('the index built at build time', () => {
  /** Everything a result shows, in order; scores only to the last few bits (summation order). */
  const shown = (answer: SearchAnswer) =>
    [...answer.statuses, ...answer.glossary].map((h) => ({id: h.document.id, href: h.href, evidence: h.evidence, score: h.score.toPrecision(12)}));

  it.each(locales)('%s: read back from its file, it gives the same answers as an index built from the documents, for every fixture query', async (locale) => {
    const file = JSON.parse(JSON.stringify(serializeStatusSearch(data[locale]))) as ReturnType<typeof serializeStatusSearch>;
    const loaded = await loadStatusSearchIndex(file);
    const cases = [...tuningCases, ...heldOutCases, ...issueExamples].filter((c) => c.locale === locale);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(shown(loaded.search(c.query)), c.query).toEqual(shown(engines[locale].search(c.query)));
    // The navbar's limits too.
    for (const c of cases) expect(shown(loaded.search(c.query, {statuses: 6, glossary: 0})), c.query).toEqual(shown(engines[locale].search(c.query, {statuses: 6, glossary: 0})));
  });

  it.each(locales)('%s: the quick search (the results page\'s first results) gives the same answers, reading back only the terms a query reaches', async (locale) => {
    const file = JSON.parse(JSON.stringify(serializeStatusSearch(data[locale]))) as ReturnType<typeof serializeStatusSearch>;
    const whole = await loadStatusSearchIndex(file);
    const quick = quickStatusSearch(file);
    const queries = [
      ...[...tuningCases, ...heldOutCases, ...issueExamples].filter((c) => c.locale === locale).map((c) => c.query),
      ...taxonomy.all.flatMap((status) => [status.name[locale], ...wordsOf(status.key, locale, vocabulary)]),
    ];
    expect(queries.length).toBeGreaterThan(taxonomy.all.length);
    const withRules = (answer: SearchAnswer) => ({shown: shown(answer), tellApart: answer.tellApart.map((r) => r.id)});
    for (const query of queries) expect(withRules(quick.search(query)), query).toEqual(withRules(whole.search(query)));
    // It reads back a part of the index for a query, not all of it.
    const loads = vi.spyOn(MiniSearch, 'loadJS');
    try {
      for (const status of taxonomy.all) {
        quick.search(status.name[locale]);
        const read = loads.mock.lastCall![0] as AsPlainObject;
        expect(read.index.length, status.name[locale]).toBeLessThan(file.index.postings.length / 2);
      }
    } finally {
      loads.mockRestore();
    }
  });

  it.each(locales)('%s: the quick test of a piece of evidence text never rules out a term the tokenizer finds in it', (locale) => {
    let pieces = 0;
    for (const document of data[locale].documents) {
      for (const field of Object.values(document.fields)) {
        for (const piece of field) {
          pieces += 1;
          for (const token of tokenize(piece.text)) expect(mayHold(piece.text, token.term), `${document.id}: "${token.term}" in ${piece.text.slice(0, 60)}`).toBe(true);
        }
      }
    }
    expect(pieces).toBeGreaterThan(data[locale].documents.length);
    // And it does rule out: a term from elsewhere is not in a short piece.
    const piece = data[locale].documents.flatMap((d) => d.fields.name)[0]!;
    expect(mayHold(piece.text, 'zzzzq')).toBe(false);
  });

  it('packs MiniSearch\'s serialization and reads it back to the same terms and postings', () => {
    for (const locale of locales) {
      const index = new MiniSearch<(typeof data)[typeof locale]['documents'][number]>({fields: ['name'], extractField: (d, f) => (f === 'id' ? d.id : d.fields.name.map((t) => t.text).join(' ')), tokenize: terms, processTerm: (t) => t});
      index.addAll(data[locale].documents);
      const js = JSON.parse(JSON.stringify(index)) as AsPlainObject;
      const back = unpackIndex(JSON.parse(JSON.stringify(packIndex(js))));
      expect({...back, index: new Map(back.index)}).toEqual({...js, index: new Map(js.index)});
      expect(back.index.map(([term]) => term)).toEqual(inLoadingOrder(js.index).map(([term]) => term));
    }
    const file = serializeStatusSearch(data.ja);
    expect(file.index.terms.split(' ')).toHaveLength(file.index.postings.length);
  });

  it('sends the terms grouped by first character, the largest group first (MiniSearch reads them back faster so)', () => {
    for (const locale of locales) {
      const terms = serializeStatusSearch(data[locale]).index.terms.split(' ');
      const firsts = terms.map((t) => String.fromCodePoint(t.codePointAt(0)!));
      const sizes = new Map<string, number>();
      for (const f of firsts) sizes.set(f, (sizes.get(f) ?? 0) + 1);
      // Each group is contiguous, and no group comes after a smaller one.
      const order = firsts.filter((f, i) => i === 0 || firsts[i - 1] !== f);
      expect(new Set(order).size, locale).toBe(order.length);
      for (let i = 1; i < order.length; i += 1) expect(sizes.get(order[i - 1]!)!, `${locale}: ${order[i - 1]} before ${order[i]}`).toBeGreaterThanOrEqual(sizes.get(order[i]!)!);
      expect(sizes.size, locale).toBeGreaterThan(1);
    }
  });

  it('refuses a term the packed form cannot carry, and a file whose terms and postings disagree', () => {
    const js = JSON.parse(JSON.stringify(serializeStatusSearch(data.en))).index as ReturnType<typeof serializeStatusSearch>['index'];
    const unpacked = unpackIndex(js);
    const withSpace = {...unpacked, index: [['two words', {0: {0: 1}}], ...unpacked.index] as typeof unpacked.index};
    expect(() => packIndex(withSpace)).toThrow(/"two words" holds white space/);
    expect(() => unpackIndex({...js, postings: js.postings.slice(1)})).toThrow(/terms but .* posting lists/);
  });
});

describe('the English batch (a fourth author, tuning): recall@3 and top-1, printed', () => {
  // Below the fixture's bar (98 / 90 %): 93.8 / 83.1 % when it came in, 96.9 / 83.8 % after
  // the first tuning on it and review 7's page fixes (2026-12-02). The floor keeps it from falling, with room for the
  // three to five cases an added status may take over; raise it as the figure rises.
  const floor = {recall: 0.94, top1: 0.81};
  it(`holds recall@3 ≥ ${floor.recall * 100} % and top-1 ≥ ${floor.top1 * 100} %`, () => {
    let inThree = 0;
    let first = 0;
    const misses: string[] = [];
    for (const c of englishBatchCases) {
      const keys = engines.en.search(c.query).statuses.map((h) => h.document.id);
      if (keys.slice(0, 3).includes(c.expected)) inThree += 1;
      if (keys[0] === c.expected) first += 1;
      else misses.push(`${c.query} → ${keys.slice(0, 3).join(', ')} (want ${c.expected})`);
    }
    const [recall, top1] = [inThree / englishBatchCases.length, first / englishBatchCases.length];
    console.log(`English batch: ${englishBatchCases.length} queries, recall@3 ${(recall * 100).toFixed(1)} %, top-1 ${(top1 * 100).toFixed(1)} %`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(floor.recall);
    expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(floor.top1);
  });
});

describe('the build of the search index', () => {
  const copyOfSite = () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    for (const dir of ['docs', 'i18n', 'src']) cpSync(path.join(siteDir, dir), path.join(copy, dir), {recursive: true});
    return copy;
  };

  it('fails naming the page file when a page the index needs is missing', async () => {
    const copy = copyOfSite();
    try {
      const victim = taxonomy.all.find((s) => s.level === 1)!;
      rmSync(path.join(copy, 'docs', `${victim.key}.mdx`));
      await expect(buildSearchIndex(copy, 'ja')).rejects.toThrow(new RegExp(`docs/${victim.key}\\.mdx: missing page for status "${victim.key}"`));
      await expect(buildSearchIndex(siteDir, 'ja')).resolves.toHaveProperty('locale', 'ja');
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  });

  it('fails naming the file when the engine script cannot be bundled', async () => {
    const copy = copyOfSite();
    try {
      rmSync(path.join(copy, 'src/search/query.ts'));
      await expect(bundleEngineScript(copy)).rejects.toThrow(/src\/search\/standalone\.ts: the search engine script could not be bundled: .*query/s);
      expect(await bundleEngineScript(siteDir)).toMatch(/__statusSearch/);
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  }, 30_000);
});
