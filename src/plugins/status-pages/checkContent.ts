/**
 * Content check: every status page carries the guidance partners need, in proper Japanese
 * and English. Pages are parsed with remark (remark-parse + remark-gfm); each problem names
 * the file and the rule it breaks. Run by `npm test` (tests/unit/content.test.ts).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Heading, List, Nodes, Root} from 'mdast';
import {closestKeys, locales, taxonomy, type StatusNode, type Taxonomy} from '../../taxonomy';
import {expectedPageFile} from './files';
import {excerptAt, firstJapanese, isEnglishOnly} from './excerpt';

export interface ContentProblem {
  readonly file: string;
  readonly rule: string;
  readonly message: string;
}

const statusLinkPattern = /<StatusLink\s+to="([^"]*)"/g;

/** Sections (by heading id) each kind of status page must have. */
export function requiredSections(status: StatusNode): readonly string[] {
  if (status.level > 1) return ['definition', 'when-to-use', 'not-this-one', 'questions', 'next-steps'];
  if (status.children.length > 0) return ['definition', 'l2-statuses', 'recording', 'neighbours'];
  return ['definition', 'when-to-use', 'not-this-one', 'effect', 'recording', 'neighbours'];
}

export const minimumExamples = 3;

interface Section {
  readonly id: string | undefined;
  readonly heading: Heading;
  readonly nodes: readonly Nodes[];
  readonly source: string;
}

function sectionsOf(tree: Root, source: string): Section[] {
  const sections: Section[] = [];
  const children = tree.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 2) return;
    const nextIndex = children.findIndex((n, i) => i > index && n.type === 'heading' && n.depth === 2);
    const end = nextIndex === -1 ? children.length : nextIndex;
    const nodes = children.slice(index + 1, end);
    const from = node.position?.end.offset ?? 0;
    const to = nextIndex === -1 ? source.length : (children[nextIndex]!.position?.start.offset ?? source.length);
    sections.push({id: /\{#([^}]+)\}\s*$/.exec(toString(node))?.[1], heading: node, nodes, source: source.slice(from, to)});
  });
  return sections;
}

/** Visible prose of a node: text without JSX (`html` nodes) and inline code. */
function proseOf(node: Nodes): string {
  if (node.type === 'html' || node.type === 'inlineCode' || node.type === 'code') return '';
  if ('children' in node) return (node.children as Nodes[]).map(proseOf).join('');
  return 'value' in node ? String(node.value) : '';
}

export function checkPageContent(file: string, source: string, status: StatusNode | undefined, locale: 'ja' | 'en', from: Taxonomy): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (rule: string, message: string) => problems.push({file, rule, message});
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  // Line numbers are the file's (as an editor shows them), not the body's.
  const frontMatterLines = source.slice(0, source.length - body.length).split('\n').length - 1;
  const lineOf = (bodyLine: number) => bodyLine + frontMatterLines;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const sections = sectionsOf(tree, body);

  for (const section of sections) {
    if (!section.id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(section.id)) {
      add('heading-id', `h2 "${toString(section.heading)}" needs an explicit ASCII id, e.g. {#when-to-use}`);
    }
  }
  for (const match of body.matchAll(statusLinkPattern)) {
    const key = match[1]!;
    if (from.byKey.has(key)) continue;
    const line = lineOf(body.slice(0, match.index).split('\n').length);
    const old = from.retired.find((n) => n.key === key);
    if (old && !status) continue; // the history and glossary may name a retired status; its link forwards
    add(
      'status-link',
      old
        ? `line ${line}: <StatusLink to="${key}" /> points to a retired status; link its successor "${old.retired!.successor}"`
        : `line ${line}: <StatusLink to="${key}" /> points to no status in the taxonomy. Closest known keys: ${closestKeys(key, [...from.byKey.keys()]).join(', ')}`,
    );
  }
  body.split('\n').forEach((line, i) => {
    // The scaffold (npm run status:add) leaves TODO markers where text is still to be written.
    if (/\bTODO\b/.test(line)) add('placeholder', `line ${lineOf(i + 1)}: fill in the placeholder: ${excerptAt(line, line.search(/\bTODO\b/))}`);
  });

  if (status) {
    const byId = new Map(sections.map((s) => [s.id, s]));
    for (const id of requiredSections(status)) {
      if (!byId.has(id)) add('required-section', `missing section {#${id}}`);
    }
    const examples = byId.get('when-to-use');
    if (examples) {
      const count = examples.nodes.filter((n): n is List => n.type === 'list').reduce((sum, list) => sum + list.children.length, 0);
      if (count < minimumExamples) add('examples', `{#when-to-use} has ${count} example(s); at least ${minimumExamples} are needed`);
    }
  }

  if (locale === 'en') {
    body.split('\n').forEach((line, i) => {
      const at = firstJapanese(line);
      if (at >= 0) add('english-only', `line ${lineOf(i + 1)} contains Japanese characters: ${excerptAt(line, at)}`);
    });
  } else {
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
      const text = proseOf(node as Nodes).trim();
      if (isEnglishOnly(text, 4)) {
        // The paragraph is the offending part: quoted from its first word.
        add('japanese-only', `line ${node.position ? lineOf(node.position.start.line) : '?'} is an untranslated English paragraph: ${excerptAt(text, text.search(/[A-Za-z]/))}`);
      }
    });
  }
  return problems;
}

export function checkContent(siteDir: string, from: Taxonomy = taxonomy, extraIds: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pages = [...from.all.map((s) => [s.key, s] as const), ...extraIds.map((id) => [id, undefined] as const)];
  for (const locale of locales) {
    for (const [docId, status] of pages) {
      const file = expectedPageFile(locale, docId);
      const full = path.join(siteDir, file);
      if (!existsSync(full)) continue; // reported by the page guard
      problems.push(...checkPageContent(file, readFileSync(full, 'utf8'), status, locale, from));
    }
  }
  return problems;
}

/**
 * Rules a page that is still being written may break on the dev server (they fail the
 * build): a missing section, too few examples, a placeholder. The language and link rules
 * fail the dev server too.
 */
export const completenessRules: ReadonlySet<string> = new Set(['required-section', 'examples', 'placeholder']);

export function formatContentProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: [${p.rule}] ${p.message}`).join('\n');
}
