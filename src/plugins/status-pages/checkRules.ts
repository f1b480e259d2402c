/**
 * The boundary-rule guard (run with every other guard: build, dev server, `npm run check`).
 * Each problem names the file, the line and the rule or status:
 * - a rule names an unknown or retired status, repeats a pair another rule already answers,
 *   leads both answers to one status, or gives an example a third status;
 * - a rule's text is still a TODO, or has Japanese in English / no Japanese in Japanese;
 * - a status's page does not show the rules the data gives it (`<StatusRules />` in its
 *   {#not-this-one} section, or {#neighbours} for an L1), or writes a look-alike as prose
 *   there (a `<StatusLink>`) instead of as a rule.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {boundaryRules, locales, statusesOf, taxonomy, type BoundaryRule, type Taxonomy} from '../../taxonomy';
import {expectedPageFile} from './files';

export const rulesFile = 'src/taxonomy/boundaries.ts';

export interface RuleProblem {
  readonly file: string;
  readonly message: string;
  readonly incomplete?: boolean;
}

const japanese = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The section of a status page where its rules stand. */
export function rulesSection(level: number): 'not-this-one' | 'neighbours' {
  return level === 1 ? 'neighbours' : 'not-this-one';
}

/** Lines of a page's h2 section `{#id}`: [first line after the heading, end), 0-based. */
function sectionLines(lines: readonly string[], id: string): [number, number] | undefined {
  const start = lines.findIndex((line) => /^## /.test(line) && line.includes(`{#${id}}`));
  if (start < 0) return undefined;
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line));
  return [start + 1, next < 0 ? lines.length : next];
}

export function checkRules(siteDir: string, from: Taxonomy = taxonomy, rules: readonly BoundaryRule[] = boundaryRules): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const source = existsSync(path.join(siteDir, rulesFile)) ? readFileSync(path.join(siteDir, rulesFile), 'utf8').split('\n') : [];
  const at = (id: string) => {
    const index = source.findIndex((line) => line.includes(`id: '${id}'`));
    return index < 0 ? '' : `line ${index + 1}: `;
  };
  const add = (rule: BoundaryRule, message: string, incomplete = false) => problems.push({file: rulesFile, message: `${at(rule.id)}rule "${rule.id}" ${message}`, incomplete});
  /** The line of a string of the rule (the first at or after the rule's id line), for a TODO. */
  const lineOfText = (rule: BoundaryRule, value: string) => {
    const from = Math.max(0, source.findIndex((line) => line.includes(`id: '${rule.id}'`)));
    const index = source.findIndex((line, i) => i >= from && line.includes(value.replace(/'/g, "\\'")));
    return index < 0 ? at(rule.id) : `line ${index + 1}: `;
  };

  const ids = new Set<string>();
  const pairs = new Map<string, string>();
  for (const rule of rules) {
    if (!kebab.test(rule.id)) add(rule, 'needs a kebab-case ASCII id (it is the anchor #rule-{id} on both pages)');
    if (ids.has(rule.id)) add(rule, 'has the id of another rule');
    ids.add(rule.id);

    const [a, b] = statusesOf(rule);
    if (a === b) add(rule, `leads both answers to "${a}": a rule separates two statuses`);
    for (const key of [a, b]) {
      const old = from.retired.find((n) => n.key === key);
      if (old) add(rule, `names retired status "${key}": point it to its successor "${old.retired!.successor}", or delete the rule if the successor already has one`);
      else if (!from.byKey.has(key)) add(rule, `names unknown status "${key}"`);
    }
    const pair = [a, b].sort().join(' ↔ ');
    const before = pairs.get(pair);
    if (before) add(rule, `answers the same pair as rule "${before}" (${pair}): one rule per pair, so the two cannot disagree`);
    pairs.set(pair, rule.id);
    for (const example of rule.examples) {
      if (example.status !== a && example.status !== b) add(rule, `has an example for "${example.status}", which is not one of its two statuses`);
    }

    const texts = [rule.question, ...rule.answers.map((x) => x.answer), ...rule.examples.map((x) => x.case), ...(rule.basis.kind === 'decision' ? [rule.basis.reason] : [])];
    for (const text of texts) {
      for (const locale of locales) {
        const value = text[locale];
        if (/\bTODO\b/.test(value)) problems.push({file: rulesFile, message: `[placeholder] ${lineOfText(rule, value)}rule "${rule.id}": fill in the ${locale} text (still ${JSON.stringify(value.slice(0, 40))})`, incomplete: true});
        else if (locale === 'en' && japanese.test(value)) add(rule, `has Japanese in its English text: ${JSON.stringify(excerptAround(value, japanese))}`);
        else if (locale === 'ja' && !japanese.test(value)) add(rule, `has no Japanese in its Japanese text: ${JSON.stringify(value.slice(0, 60))}`);
      }
    }
  }

  // What a status says of all its children links to one of its own rules (on its page).
  for (const status of from.all) {
    const said = status.forEveryChild;
    if (!said) continue;
    const file = `src/taxonomy/l${status.level}.ts`;
    const text = existsSync(path.join(siteDir, file)) ? readFileSync(path.join(siteDir, file), 'utf8').split('\n') : [];
    const start = Math.max(0, text.findIndex((line) => line.includes(`id: '${status.id}'`)));
    const index = text.findIndex((line, i) => i >= start && line.includes('forEveryChild:'));
    const where = index < 0 ? '' : `line ${index + 1}: `;
    const rule = rules.find((r) => r.id === said.rule);
    if (!rule) problems.push({file, message: `${where}status "${status.key}": forEveryChild links to unknown rule "${said.rule}"`});
    else if (!statusesOf(rule).includes(status.key as never)) problems.push({file, message: `${where}status "${status.key}": forEveryChild links to rule "${said.rule}", which is not on its page (it separates ${statusesOf(rule).join(' and ')})`});
    for (const locale of locales) {
      if (locale === 'en' && japanese.test(said.text.en)) problems.push({file, message: `${where}status "${status.key}": forEveryChild has Japanese in its English text: ${JSON.stringify(excerptAround(said.text.en, japanese))}`});
    }
  }

  // Every status page shows its rules, and writes none as prose.
  for (const status of from.all) {
    const own = rules.filter((rule) => statusesOf(rule).includes(status.key as never));
    if (own.length === 0) {
      problems.push({file: rulesFile, message: `status "${status.key}" has no boundary rule: add one that tells it apart from its closest look-alike`, incomplete: true});
    }
    const section = rulesSection(status.level);
    for (const locale of locales) {
      const file = expectedPageFile(locale, status.key);
      const full = path.join(siteDir, file);
      if (!existsSync(full)) continue; // the page guard reports it
      const lines = readFileSync(full, 'utf8').split('\n');
      const range = sectionLines(lines, section);
      if (!range) continue; // the content check reports a missing section
      const body = lines.slice(...range);
      if (own.length > 0 && !body.some((line) => line.trim() === '<StatusRules />')) {
        problems.push({file, message: `[rules] {#${section}} does not show its ${own.length} boundary rule(s) (${own.map((r) => r.id).join(', ')}): add <StatusRules />`});
      }
      body.forEach((line, i) => {
        const link = /<StatusLink\s+to="([^"]+)"/.exec(line);
        if (link) {
          problems.push({
            file,
            message: `[rules] line ${range[0] + i + 1}: a look-alike written as prose (<StatusLink to="${link[1]}" />) in {#${section}}: write it as a rule in ${rulesFile}, so both pages show the same answer`,
          });
        }
      });
    }
  }
  return problems;
}

/** About 40 characters around the first match of `pattern`, so a message shows the offending part. */
export function excerptAround(text: string, pattern: RegExp): string {
  const index = text.search(pattern);
  if (index < 0) return text.slice(0, 40);
  const start = Math.max(0, index - 15);
  return `${start > 0 ? '…' : ''}${text.slice(start, index + 25)}${index + 25 < text.length ? '…' : ''}`;
}
