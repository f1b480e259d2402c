/**
 * When each boundary rule last changed. A rule lives in src/taxonomy/boundaries.ts, not in
 * the files of the pages that show it, so a page's git date misses a change to one of its
 * rules; the update-history page dates each status page by this ledger as well
 * (`latestDataDate`).
 *
 * src/taxonomy/ruleRevisions.json holds, per rule id, the date and a fingerprint of the rule
 * as it was then. Like the other generated files, it is brought up to date by the build, the
 * dev server and `npm run check` (a changed or new rule gets today's date, a deleted one goes),
 * and the change shows in the diff, to be committed with the rule. Without updating, a rule
 * that no longer matches its fingerprint is a problem naming the file, line and rule.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {BoundaryRule} from '../../taxonomy';
import type {IsoDate} from '../../taxonomy/types';

export const ruleRevisionsFile = 'src/taxonomy/ruleRevisions.json';

export interface RuleRevision {
  readonly date: IsoDate;
  /** The first 16 hex digits of the SHA-256 of the rule's JSON (every text, target and basis). */
  readonly fingerprint: string;
}

export type RuleRevisions = Readonly<Record<string, RuleRevision>>;

export function ruleFingerprint(rule: BoundaryRule): string {
  return createHash('sha256').update(JSON.stringify(rule)).digest('hex').slice(0, 16);
}

export function readRuleRevisions(siteDir: string): RuleRevisions {
  const file = path.join(siteDir, ruleRevisionsFile);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RuleRevisions;
  } catch (error) {
    throw new Error(`${ruleRevisionsFile}: not valid JSON (${error instanceof Error ? error.message : String(error)}); restore it from git, or delete it and run npm run check to date every rule today`);
  }
}

/** Today in UTC, as the ledger writes dates. */
const today = (): IsoDate => new Date().toISOString().slice(0, 10) as IsoDate;

/**
 * The ledger for `rules`: unchanged rules keep their entry, changed and new ones get `date`,
 * rules that are gone are left out. Ordered as the rules are, so the diff stays readable.
 */
export function revisedLedger(rules: readonly BoundaryRule[], ledger: RuleRevisions, date: IsoDate = today()): RuleRevisions {
  return Object.fromEntries(
    rules.map((rule) => {
      const fingerprint = ruleFingerprint(rule);
      const known = ledger[rule.id];
      return [rule.id, known?.fingerprint === fingerprint ? known : {date, fingerprint}];
    }),
  );
}

export interface RevisionProblem {
  readonly file: string;
  readonly message: string;
}

/**
 * Rules whose ledger entry is missing or no longer matches. With `update`, the ledger is
 * written anew instead (today's date for each of them) and nothing is reported.
 */
export function checkRuleRevisions(siteDir: string, rules: readonly BoundaryRule[], rulesFile: string, update = false): RevisionProblem[] {
  // A partial copy of the site (a guard's test) without the rules file has no ledger to keep.
  if (!existsSync(path.join(siteDir, rulesFile))) return [];
  const ledger = readRuleRevisions(siteDir);
  const next = revisedLedger(rules, ledger);
  const stale = rules.filter((rule) => next[rule.id] !== ledger[rule.id]);
  const gone = Object.keys(ledger).filter((id) => !(id in next));
  if (stale.length === 0 && gone.length === 0) return [];
  if (update) {
    writeFileSync(path.join(siteDir, ruleRevisionsFile), `${JSON.stringify(next, null, 2)}\n`);
    return [];
  }
  const source = readFileSync(path.join(siteDir, rulesFile), 'utf8').split('\n');
  const lineOf = (id: string) => {
    const index = source.findIndex((line) => line.includes(`id: '${id}'`));
    return index < 0 ? '' : `line ${index + 1}: `;
  };
  return [
    ...stale.map((rule) => ({
      file: rulesFile,
      message: `${lineOf(rule.id)}rule "${rule.id}" ${ledger[rule.id] ? `changed since ${ledger[rule.id]!.date}` : 'is new'} and ${ruleRevisionsFile} does not say when: run npm run check to date it today (the pages that show it are dated by it), and commit the ledger with the rule`,
    })),
    ...gone.map((id) => ({file: ruleRevisionsFile, message: `rule "${id}" is no longer in ${rulesFile}: run npm run check to drop it from the ledger`})),
  ];
}
