/**
 * The boundary-rule guard, shown failing on temporary copies and fixtures. Subjects are
 * picked from the data by property (a rule, a status with rules, a status that could be
 * retired), never by position or name, and no rule's text or count is restated here.
 */
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {boundaryRules, buildTaxonomy, l1Statuses, l2Statuses, l3Statuses, statusesOf, taxonomy, type BoundaryRule, type L1Data, type L2Data} from '../../src/taxonomy';
import {checkRules, rulesFile, rulesSection} from '../../src/plugins/status-pages/checkRules';
import {latestDataDate} from '../../src/plugins/status-pages';
import {checkRuleRevisions, readRuleRevisions, ruleFingerprint, ruleRevisionsFile} from '../../src/plugins/status-pages/ruleRevisions';
import {expectedPageFile} from '../../src/plugins/status-pages/files';
import {copySite, siteDir} from '../guards/tempSite';
import {retirableAlone} from '../support/subjects';

const messages = (problems: readonly {file: string; message: string}[]) => problems.map((p) => `${p.file}: ${p.message}`);
// A rule with an L2 side that a fixture may retire on its own (no children, no one's successor).
const rule: BoundaryRule = boundaryRules.find((r) => statusesOf(r).some((key) => key.split('/').length === 2 && retirableAlone(key)))!;
const [one, other] = statusesOf(rule);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const rulesSource = () => copySite([rulesFile]).read(rulesFile);

describe('boundary rules', () => {
  it('pass the guard as committed', () => {
    expect(messages(checkRules(siteDir))).toEqual([]);
  });

  it('every status has a rule, and every rule separates two active statuses', () => {
    for (const status of taxonomy.all) expect(boundaryRules.some((r) => statusesOf(r).includes(status.key as never)), status.key).toBe(true);
    for (const r of boundaryRules) {
      const [a, b] = statusesOf(r);
      expect(a, r.id).not.toBe(b);
      expect(taxonomy.byKey.has(a) && taxonomy.byKey.has(b), r.id).toBe(true);
    }
  });

  it('names the file, the line and the rule when a rule points to a retired status', () => {
    const victim = l2Statuses.find((s) => [one, other].includes(`${s.parent}/${s.id}` as never) && retirableAlone(`${s.parent}/${s.id}`))!;
    const key = `${victim.parent}/${victim.id}`;
    const successor = taxonomy.leaves.find((n) => n.level === 2 && n.key !== one && n.key !== other)!;
    const retired = l2Statuses.map((s): L2Data => (s === victim ? {...s, retired: {date: '2026-12-01', successor: successor.key, reason: {ja: '統合', en: 'Merged'}}} : s));
    const fixture = buildTaxonomy(l1Statuses, retired, l3Statuses);
    const line = lineOf(rulesSource(), `id: '${rule.id}'`);
    expect(messages(checkRules(siteDir, fixture))).toContainEqual(
      `${rulesFile}: line ${line}: rule "${rule.id}" names retired status "${key}": point it to its successor "${successor.key}", or delete the rule if the successor already has one`,
    );
  });

  it('names the file, the line and the status when what a status says of all its children links to a rule not on its page', () => {
    const parent = taxonomy.all.find((n) => n.forEveryChild)!;
    const elsewhere = boundaryRules.find((r) => !statusesOf(r).includes(parent.key as never))!;
    const broken = buildTaxonomy(
      (l1Statuses as readonly L1Data[]).map((s): L1Data => (s.id === parent.id ? {...s, forEveryChild: {...s.forEveryChild!, rule: elsewhere.id}} : s)),
      l2Statuses,
      l3Statuses,
    );
    const source = readFileSync(path.join(siteDir, 'src/taxonomy/l1.ts'), 'utf8');
    const line = source.split('\n').findIndex((l, i) => i >= lineOf(source, `id: '${parent.id}'`) && l.includes('forEveryChild:')) + 1;
    const found = messages(checkRules(siteDir, broken)).join('\n');
    expect(found).toContain(`src/taxonomy/l1.ts: line ${line}: status "${parent.key}": forEveryChild links to rule "${elsewhere.id}", which is not on its page`);
    const unknown = buildTaxonomy((l1Statuses as readonly L1Data[]).map((s): L1Data => (s.id === parent.id ? {...s, forEveryChild: {...s.forEveryChild!, rule: 'no-such-rule'}} : s)), l2Statuses, l3Statuses);
    expect(messages(checkRules(siteDir, unknown)).join('\n')).toContain(`status "${parent.key}": forEveryChild links to unknown rule "no-such-rule"`);
  });

  it('names a rule that repeats a pair, leads both answers to one status, or gives an example a third status', () => {
    const third = taxonomy.all.find((n) => n.key !== one && n.key !== other)!.key as never;
    const twin: BoundaryRule = {...rule, id: `${rule.id}-twin`};
    const same: BoundaryRule = {...rule, id: `${rule.id}-same`, answers: [rule.answers[0], {...rule.answers[1], status: one}]};
    const found = messages(checkRules(siteDir, taxonomy, [...boundaryRules, twin, same])).join('\n');
    expect(found).toContain(`rule "${twin.id}" answers the same pair as rule "${rule.id}"`);
    expect(found).toContain(`rule "${same.id}" leads both answers to "${one}"`);
    const wrongExample: BoundaryRule = {...rule, id: `${rule.id}-example`, answers: [rule.answers[0], {...rule.answers[1], status: third}], examples: [{case: rule.answers[0].answer, status: other}]};
    expect(messages(checkRules(siteDir, taxonomy, [wrongExample])).join('\n')).toContain(`rule "${wrongExample.id}" has an example for "${other}", which is not one of its two statuses`);
  });

  it('shows the offending part of English text with Japanese in it, and catches Japanese text without any', () => {
    const mixed: BoundaryRule = {...rule, question: {ja: rule.question.ja, en: `${rule.question.en} (お客様)`}};
    const english: BoundaryRule = {...rule, question: {ja: rule.question.en, en: rule.question.en}};
    expect(messages(checkRules(siteDir, taxonomy, [mixed])).join('\n')).toMatch(/has Japanese in its English text: ".*\(お客様\)"/);
    expect(messages(checkRules(siteDir, taxonomy, [english])).join('\n')).toContain('has no Japanese in its Japanese text');
  });

  it('names a page that does not show its rules, and a look-alike written as prose, with the line', () => {
    const status = taxonomy.all.find((n) => n.level === 2 && boundaryRules.some((r) => statusesOf(r).includes(n.key as never)))!;
    const file = expectedPageFile('en', status.key);
    const site = copySite([file, rulesFile, 'docs', 'i18n']);
    try {
      const prose = `- If the customer says so, choose <StatusLink to="${other}" />.`;
      site.edit(file, (s) => s.replace('<StatusRules />', prose));
      const line = lineOf(site.read(file), prose);
      const found = messages(checkRules(site.dir));
      expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${file}: \\[rules\\] \\{#${rulesSection(status.level)}\\} does not show its \\d+ boundary rule\\(s\\)`)));
      expect(found).toContainEqual(`${file}: [rules] line ${line}: a look-alike written as prose (<StatusLink to="${other}" />) in {#${rulesSection(status.level)}}: write it as a rule in ${rulesFile}, so both pages show the same answer`);
    } finally {
      site.dispose();
    }
  });
});

describe('the update-history page dates a status page by the rules it shows', () => {
  it('gives every status page a date no earlier than the last change and the decision of each rule it shows, and a correction-free page with no rule no date', () => {
    const revisions = readRuleRevisions(siteDir);
    for (const status of taxonomy.all) {
      const date = latestDataDate(status.key);
      const onPage = boundaryRules.filter((r) => statusesOf(r).some((k) => k === status.key || k.startsWith(`${status.key}/`)));
      for (const r of onPage) expect(date! >= revisions[r.id]!.date, `${status.key}: ${date} before rule ${r.id} last changed (${revisions[r.id]!.date})`).toBe(true);
      const shown = onPage.filter((r) => r.basis.kind === 'decision');
      for (const r of shown) if (r.basis.kind === 'decision') expect(date! >= r.basis.date, `${status.key}: ${date} before rule ${r.id} (${r.basis.date})`).toBe(true);
      for (const c of status.corrections) expect(date! >= c.date, `${status.key}: ${date} before a correction of ${c.date}`).toBe(true);
      if (shown.length === 0 && status.corrections.length === 0 && !status.parentKey) expect(date).toBeNull();
    }
  });
});

describe('the ledger of when each rule last changed (src/taxonomy/ruleRevisions.json)', () => {
  it('matches every rule as committed', () => {
    expect(messages(checkRuleRevisions(siteDir, boundaryRules, rulesFile))).toEqual([]);
  });

  it('names the file, line and rule of a changed, a new and a deleted rule; npm run check dates them today and the page follows', () => {
    const site = copySite([rulesFile, ruleRevisionsFile]);
    try {
      const changed: BoundaryRule = {...rule, question: {ja: `${rule.question.ja}(変更)`, en: `${rule.question.en} (changed)`}};
      const added: BoundaryRule = {...rule, id: `${rule.id}-copy`};
      const gone = boundaryRules.find((r) => r.id !== rule.id)!;
      const rules = [...boundaryRules.filter((r) => r.id !== gone.id).map((r) => (r.id === rule.id ? changed : r)), added];
      const before = readRuleRevisions(site.dir)[rule.id]!;
      const found = messages(checkRuleRevisions(site.dir, rules, rulesFile));
      const line = lineOf(site.read(rulesFile), `id: '${rule.id}'`);
      expect(found).toContain(`${rulesFile}: line ${line}: rule "${rule.id}" changed since ${before.date} and ${ruleRevisionsFile} does not say when: run npm run check to date it today (the pages that show it are dated by it), and commit the ledger with the rule`);
      expect(found).toContainEqual(expect.stringContaining(`rule "${added.id}" is new and ${ruleRevisionsFile} does not say when`));
      expect(found).toContain(`${ruleRevisionsFile}: rule "${gone.id}" is no longer in ${rulesFile}: run npm run check to drop it from the ledger`);
      expect(found).toHaveLength(3);

      // npm run check (update): the changed and the new rule get today's date, the deleted one goes, the rest stay.
      expect(checkRuleRevisions(site.dir, rules, rulesFile, true)).toEqual([]);
      const today = new Date().toISOString().slice(0, 10);
      const after = readRuleRevisions(site.dir);
      expect(after[rule.id]).toEqual({date: today, fingerprint: ruleFingerprint(changed)});
      expect(after[added.id]?.date).toBe(today);
      expect(after[gone.id]).toBeUndefined();
      for (const r of rules.filter((x) => x !== changed && x !== added)) expect(after[r.id], r.id).toEqual(readRuleRevisions(siteDir)[r.id]);
      expect(checkRuleRevisions(site.dir, rules, rulesFile)).toEqual([]);
      // Each page that shows the rule is dated by the ledger: a later date there moves both pages' dates.
      site.edit(ruleRevisionsFile, (json) => JSON.stringify({...JSON.parse(json), [rule.id]: {...after[rule.id], date: '2999-01-01'}}));
      for (const key of statusesOf(rule)) expect(latestDataDate(key, site.dir), key).toBe('2999-01-01');
    } finally {
      site.dispose();
    }
  });
});
