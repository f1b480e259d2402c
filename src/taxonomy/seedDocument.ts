/**
 * Reads the user's seed document (`seed/l1l2l3-homepage-list-jp.md`) with remark, so tests
 * can prove that the taxonomy keeps its names and definitions intact (node-side only).
 */
import {readFileSync} from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import type {Heading, Link, List, Paragraph, Root, RootContent, Table} from 'mdast';

export const seedPath = new URL('./seed/l1l2l3-homepage-list-jp.md', import.meta.url);

export interface SeedL2 {
  /** Link text without the "L2 - " prefix (one entry in the seed has none). */
  readonly name: string;
  /** The link text as the seed writes it, prefix included. */
  readonly linkText: string;
  /** Link target without `.md`. */
  readonly legacyPage: string;
  /** Text lines after the link: the definition first, then the seed's boundary/automation sentences. */
  readonly lines: readonly string[];
}

export interface SeedL1 {
  readonly name: string;
  readonly definition: string;
  readonly l2: readonly SeedL2[];
}

export interface SeedDocument {
  readonly l1: readonly SeedL1[];
  /** Rows of the 概要の更新 table: date, author, change. */
  readonly changes: readonly (readonly [string, string, string])[];
}

export function parseSeed(markdown: string = readFileSync(seedPath, 'utf8')): SeedDocument {
  const withoutFrontMatter = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(withoutFrontMatter) as Root;
  const l1: {name: string; definition: string[]; l2: SeedL2[]}[] = [];
  let changes: [string, string, string][] = [];
  let current: (typeof l1)[number] | undefined;

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth === 1) {
      const text = toString(node);
      const match = /^L1 - (.+)$/.exec(text);
      if (!match?.[1]) throw new Error(`Seed: unexpected h1 "${text}"`);
      current = {name: match[1], definition: [], l2: []};
      l1.push(current);
    } else if (node.type === 'heading') {
      current = undefined; // "## 概要の更新": end of the status list
    } else if (node.type === 'paragraph' && current && current.l2.length === 0) {
      current.definition.push(toString(node));
    } else if (node.type === 'list' && current) {
      for (const item of (node as List).children) {
        const [first, ...rest] = item.children as Paragraph[];
        const link = first?.children.find((c): c is Link => c.type === 'link');
        if (!first || !link) throw new Error('Seed: L2 list item without a link');
        const afterLink = first.children.slice(first.children.indexOf(link) + 1);
        const lines = [afterLink.map((c) => toString(c)).join(''), ...rest.map((p) => toString(p))]
          .flatMap((text) => text.split('\n'))
          .map((line) => line.trim())
          .filter(Boolean);
        current.l2.push({
          name: toString(link).replace(/^L2 - /, ''),
          linkText: toString(link),
          legacyPage: link.url.replace(/\.md$/, ''),
          lines,
        });
      }
    } else if (node.type === 'table') {
      changes = (node as Table).children.slice(1).map((row) => {
        const [date = '', author = '', change = ''] = row.children.map((cell) => toString(cell).trim());
        return [date, author, change];
      });
    }
  }
  return {l1: l1.map(({name, definition, l2}) => ({name, definition: definition.join('\n'), l2})), changes};
}

/**
 * Applies the taxonomy's recorded corrections of a definition to a seed text; each original must
 * occur exactly once. Corrections of the list entry (`part: 'list-entry'`) are not applied here.
 */
export function applyCorrections(text: string, corrections: readonly {original: string; corrected: string; part?: 'definition' | 'list-entry'}[]): string {
  return corrections.filter((c) => (c.part ?? 'definition') === 'definition').reduce((result, {original, corrected}) => {
    const count = result.split(original).length - 1;
    if (count !== 1) throw new Error(`Correction original "${original}" occurs ${count} times (expected once)`);
    return result.replace(original, corrected);
  }, text);
}
