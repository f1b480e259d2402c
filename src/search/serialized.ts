/**
 * The search index as it travels to the browser: MiniSearch's own serialization
 * (`toJSON`, read back with `loadJSAsync`), with its term index written compactly. As
 * MiniSearch writes it, every posting is a JSON object entry (`{"3":{"12":1}}`), and the
 * Japanese index was 72 KB gzip; as one string per term it is 53 KB, and it reads back to
 * the very same object, so the engine answers exactly as an index built from the documents.
 */
import type {AsPlainObject} from 'minisearch';

export interface PackedIndex {
  /** MiniSearch's serialization without its term index: document ids, field lengths, averages. */
  readonly head: Omit<AsPlainObject, 'index'>;
  /** Every term, in MiniSearch's order, separated by spaces (the tokenizer never keeps one in a term). */
  readonly terms: string;
  /**
   * One string per term: for each field it occurs in, the field id as a digit, then one
   * character per document that has the term there, repeated as often as it occurs.
   */
  readonly postings: readonly string[];
}

/** Documents are written as characters from here on, after the field digits (code points below it). */
const firstDocument = 0x41; // 'A'

/** The index's entries grouped by the term's first character, the largest group first (stable otherwise). */
export function inLoadingOrder(index: AsPlainObject['index']): AsPlainObject['index'] {
  const groups = new Map<string, AsPlainObject['index']>();
  for (const entry of index) {
    const first = String.fromCodePoint(entry[0].codePointAt(0) ?? 0);
    let group = groups.get(first);
    if (!group) groups.set(first, (group = []));
    group.push(entry);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length).flat();
}

export function packIndex(js: AsPlainObject): PackedIndex {
  const {index, ...head} = js;
  const terms: string[] = [];
  const postings: string[] = [];
  for (const [term, fields] of inLoadingOrder(index)) {
    if (/\s/u.test(term)) throw new Error(`search index: the term "${term}" holds white space, which the packed index uses to separate terms`);
    terms.push(term);
    let packed = '';
    for (const [fieldId, documents] of Object.entries(fields)) {
      if (!/^\d$/.test(fieldId)) throw new Error(`search index: field id ${fieldId} does not fit in one digit`);
      packed += fieldId;
      for (const [shortId, frequency] of Object.entries(documents as Record<string, number>)) {
        packed += String.fromCharCode(firstDocument + Number(shortId)).repeat(frequency);
      }
    }
    postings.push(packed);
  }
  return {head, terms: terms.join(' '), postings};
}

/** The object MiniSearch's `loadJS` / `loadJSAsync` read, back from its packed form (its entries in loading order). */
export function unpackIndex(packed: PackedIndex): AsPlainObject {
  const terms = packed.terms === '' ? [] : packed.terms.split(' ');
  if (terms.length !== packed.postings.length) throw new Error(`search index: ${terms.length} terms but ${packed.postings.length} posting lists`);
  const index: AsPlainObject['index'] = terms.map((term, i) => {
    const fields: Record<string, Record<string, number>> = {};
    let documents: Record<string, number> = {};
    const list = packed.postings[i]!;
    for (let k = 0; k < list.length; k += 1) {
      const code = list.charCodeAt(k);
      if (code < firstDocument) {
        documents = {};
        fields[list[k]!] = documents;
      } else {
        const shortId = code - firstDocument;
        documents[shortId] = (documents[shortId] ?? 0) + 1;
      }
    }
    return [term, fields];
  });
  return {...packed.head, index};
}
