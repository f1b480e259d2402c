/**
 * Builds the status search's documents for one locale from the taxonomy and the pages
 * (node-side: the Docusaurus plugin next to this file, the unit tests and the benchmark).
 *
 * Where each part of a page goes:
 * - name, keywords (the search vocabulary, src/search/vocabulary/; a retired status's words
 *   and name go to its successor), definition (summary, seed notes, the page's own
 *   definition paragraphs);
 * - examples ({#when-to-use}) and questions ({#questions}), with their anchors for the link;
 * - a boundary rule's answer and examples (src/taxonomy/boundaries.ts) count for the status
 *   they lead to, never for the other one: 「法律で…なら 法務/規制」 is evidence for 法務/規制;
 *   a sentence of a page's "not this one" ({#not-this-one}, {#neighbours}) that still links
 *   a status counts for that status in the same way;
 * - everything else of the page (next steps, recording) is "rest"; an L1's list of its L2s
 *   is left out, so an L1 never outranks its L2s on their own words.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import type {Nodes, Root} from 'mdast';
import {ancestorsOf, boundaryRules, getStatus, statusTrail, taxonomy as realTaxonomy, type BoundaryRule, type Locale, type Taxonomy} from '../../taxonomy';
import {rulePointers, type SearchData, type SearchDocument, type SearchField, type SearchText} from '../../search/documents';
import {expectedPageFile} from '../status-pages/files';
import {withoutEmphasis} from '../../taxonomy/emphasis';
import {localRule} from '../../taxonomy/localized';
import {vocabulary as realVocabulary, wordsOf, type WordsByLocale} from '../../search/vocabulary';

const statusLinkTag = /^<StatusLink\s+to="([^"]+)"(?:\s+hash="[^"]*")?\s*\/>$/;
const pointerSections = new Set(['not-this-one', 'neighbours']);
const fieldOfSection: Record<string, SearchField> = {definition: 'definition', 'when-to-use': 'examples', questions: 'questions'};
const leftOut = new Set(['l2-statuses']);

interface PageSection {
  readonly id: string;
  readonly nodes: readonly Nodes[];
}

function parsePage(source: string): PageSection[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const sections: PageSection[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const id = /\{#([^}]+)\}\s*$/.exec(textOf(node, 'ja', realTaxonomy, true))?.[1] ?? '';
      sections.push({id, nodes: []});
    } else if (sections.length > 0) {
      (sections[sections.length - 1]!.nodes as Nodes[]).push(node);
    }
  }
  return sections;
}

/** The text a reader sees: a `<StatusLink>` reads as the status's name, other JSX as nothing. */
function textOf(node: Nodes, locale: Locale, from: Taxonomy, keepBraces = false): string {
  if (node.type === 'html') {
    const link = statusLinkTag.exec(node.value.trim());
    return link && from.byKey.has(link[1]!) ? getStatus(link[1]!, from).name[locale] : '';
  }
  if (node.type === 'list') return '';
  if ('children' in node) return (node.children as Nodes[]).map((c) => textOf(c, locale, from, keepBraces)).join('');
  const value = 'value' in node ? String(node.value) : '';
  return keepBraces ? value : value.replace(/\{#[^}]+\}/g, '');
}

/** Status keys a node links to with `<StatusLink>`. */
function linkTargets(node: Nodes): string[] {
  const targets: string[] = [];
  visit(node, 'html', (html: {value: string}) => {
    const link = statusLinkTag.exec(html.value.trim());
    if (link) targets.push(link[1]!);
  });
  return targets;
}

/** Paragraphs, table rows and list items of a section, each as one piece of text. */
function piecesOf(nodes: readonly Nodes[], locale: Locale, from: Taxonomy): {text: string; node: Nodes}[] {
  const pieces: {text: string; node: Nodes}[] = [];
  const add = (text: string, node: Nodes) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) pieces.push({text: clean, node});
  };
  for (const top of nodes) {
    visit(top, (node: Nodes) => {
      if (node.type === 'listItem') add(textOf(node, locale, from), node);
      else if (node.type === 'tableRow') add(node.children.map((c) => textOf(c, locale, from)).join(' / '), node);
      else if (node.type === 'paragraph' && top === node) add(textOf(node, locale, from), node);
    });
  }
  return pieces;
}

/**
 * The words that find each active status in one locale: its own vocabulary, plus the words
 * and the name of every status it succeeds, so what partners used to type for a retired
 * status still finds the one that replaced it. The search documents and the tree filter
 * both read this, so they never disagree.
 */
export function searchWords(locale: Locale, from: Taxonomy = realTaxonomy, words: WordsByLocale = realVocabulary): Record<string, string[]> {
  const result: Record<string, string[]> = Object.fromEntries(from.all.map((status) => [status.key, [...wordsOf(status.key, locale, words)]]));
  for (const old of from.retired) {
    // The taxonomy only accepts an active successor (buildTaxonomy), so this is one step.
    const successor = old.retired!.successor;
    result[successor]?.push(old.name[locale], ...wordsOf(old.key, locale, words).filter((w) => !result[successor]!.includes(w)));
  }
  return result;
}

export function buildSearchData(
  siteDir: string,
  locale: Locale,
  from: Taxonomy = realTaxonomy,
  words: WordsByLocale = realVocabulary,
  rules: readonly BoundaryRule[] = boundaryRules,
): SearchData {
  const fields = new Map<string, Record<SearchField, SearchText[]>>();
  const empty = (): Record<SearchField, SearchText[]> => ({name: [], keywords: [], definition: [], examples: [], questions: [], pointers: [], rest: []});
  for (const status of from.all) fields.set(status.key, empty());

  for (const status of from.all) {
    const own = fields.get(status.key)!;
    own.name.push({text: status.name[locale]});
    own.definition.push({text: status.summary[locale], anchor: 'definition'});
    for (const note of status.notes) {
      (note.kind === 'automation' ? own.definition : own.rest).push({text: withoutEmphasis(note.text[locale]), anchor: note.kind === 'automation' ? 'definition' : 'not-this-one'});
    }
    own.rest.push(...ancestorsOf(status, from).map((a) => ({text: a.name[locale]})));

    const file = path.join(siteDir, expectedPageFile(locale, status.key));
    if (!existsSync(file)) throw new Error(`${expectedPageFile(locale, status.key)}: missing page for status "${status.key}" (the search index needs it)`);
    for (const section of parsePage(readFileSync(file, 'utf8'))) {
      if (leftOut.has(section.id)) continue;
      for (const piece of piecesOf(section.nodes, locale, from)) {
        if (pointerSections.has(section.id)) {
          for (const target of new Set(linkTargets(piece.node))) {
            if (target !== status.key) fields.get(target)?.pointers.push({text: piece.text});
          }
        } else {
          own[fieldOfSection[section.id] ?? 'rest'].push({text: piece.text, anchor: section.id || undefined});
        }
      }
    }
  }

  for (const [key, list] of Object.entries(searchWords(locale, from, words))) fields.get(key)?.keywords.push(...list.map((text) => ({text})));

  // What each boundary rule counts as for the statuses it leads to (after the page's own pointers).
  const local = rules.map((rule) => localRule(rule, locale));
  for (const {status, text} of rulePointers(local)) fields.get(status)?.pointers.push(text);

  const documents: SearchDocument[] = from.all.map((status) => ({
    id: status.key,
    kind: 'status',
    path: status.path,
    title: status.name[locale],
    trail: statusTrail(status, locale, from),
    fields: fields.get(status.key)!,
  }));
  documents.push(...glossaryDocuments(siteDir, locale, from));
  return {locale, documents, rules: local};
}

/** One document per glossary term (an h2 of the glossary page). */
function glossaryDocuments(siteDir: string, locale: Locale, from: Taxonomy): SearchDocument[] {
  const file = path.join(siteDir, expectedPageFile(locale, 'glossary'));
  if (!existsSync(file)) return [];
  const source = readFileSync(file, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? 'Glossary';
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const documents: SearchDocument[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const heading = textOf(node, locale, from, true);
      const anchor = /\{#([^}]+)\}\s*$/.exec(heading)?.[1];
      if (!anchor) continue;
      const name = heading.replace(/\{#[^}]+\}\s*$/, '').trim();
      documents.push({
        id: `glossary#${anchor}`,
        kind: 'glossary',
        path: `/glossary#${anchor}`,
        title: name,
        trail: title,
        fields: {name: [{text: name}], keywords: [], definition: [], examples: [], questions: [], pointers: [], rest: []},
      });
    } else if (documents.length > 0) {
      const current = documents[documents.length - 1]!;
      for (const piece of piecesOf([node], locale, from)) (current.fields.definition as SearchText[]).push({text: piece.text});
    }
  }
  return documents;
}
