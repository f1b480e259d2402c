/** The finder's question data: complete, acyclic, and every path ends in an existing status. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  answersParam,
  buildTaxonomy,
  finderQuestions,
  firstQuestion,
  followAnswers,
  l1Statuses,
  l2Statuses,
  l3Statuses,
  questionIds,
  taxonomy,
  type FinderQuestion,
  type FinderResult,
  type L2Data,
  type QuestionId,
} from '../../src/taxonomy';
import {checkFinder, formatGuardProblems} from '../../src/plugins/status-pages/guards';
import {retirableAlone} from '../support/subjects';
import {l3Fixture, l3FixtureKeys, l3FixtureParent, taxonomyWithL3} from '../fixtures/taxonomyWithL3';

const root = path.resolve(__dirname, '../..');

const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const questions = Object.values(finderQuestions) as FinderQuestion[];

/** Every path from the first question, as answer-id lists. */
function allPaths(from: QuestionId = firstQuestion, seen: QuestionId[] = []): string[][] {
  if (seen.includes(from)) throw new Error(`cycle: ${[...seen, from].join(' → ')}`);
  return finderQuestions[from].answers.flatMap((answer) =>
    'result' in answer ? [[answer.id]] : allPaths(answer.next, [...seen, from]).map((path) => [answer.id, ...path]),
  );
}

describe('status finder data', () => {
  const paths = allPaths();

  it('has no cycle and every path ends in a status the taxonomy knows', () => {
    for (const path of paths) {
      const state = followAnswers(path);
      expect(state.result, path.join(',')).toBeDefined();
      expect(taxonomy.byKey.has(state.result!), state.result).toBe(true);
    }
  });

  it('reaches every leaf status (an L2 without L3, an L3, an L1 without L2)', () => {
    const reached = new Set<string>(paths.map((p) => followAnswers(p).result!));
    expect(taxonomy.leaves.map((n) => n.key).filter((key) => !reached.has(key))).toEqual([]);
    expect(checkFinder()).toEqual([]);
  });

  // Subjects picked by property: an L2 that can be retired on its own with a finder answer ending on it, and another active L2.
  const answered = new Set(questions.flatMap((q) => q.answers.flatMap((a) => ('result' in a ? [a.result as string] : []))));
  const first: L2Data | undefined = l2Statuses.find((s) => retirableAlone(`${s.parent}/${s.id}`) && answered.has(`${s.parent}/${s.id}`));
  const second: L2Data | undefined = l2Statuses.find((s) => s !== first && taxonomy.byKey.has(`${s.parent}/${s.id}`));
  const keyOf = (s: {parent: string; id: string}) => `${s.parent}/${s.id}`;
  const lineOf = (text: string) => readFileSync(path.join(root, 'src/taxonomy/finder.ts'), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

  it('the finder guard names a leaf no answer reaches, and an answer on a retired status, with its line', () => {
    expect(first, 'no active leaf L2 with a finder answer').toBeDefined();
    expect(second, 'no second active L2').toBeDefined();
    const added = {...first!, id: 'brand-new', origin: 'added', added: '2026-11-25', legacyPage: undefined} as unknown as L2Data;
    const withNew = buildTaxonomy(l1Statuses, [...l2Statuses, added], l3Statuses);
    expect(formatGuardProblems(checkFinder(withNew))).toMatch(
      new RegExp(`src/taxonomy/finder.ts: no answer ends on "${first!.parent}/brand-new": the finder cannot reach it. Add an answer with result: '${first!.parent}/brand-new' \\(its siblings' answers are in question "[a-z-]+", line \\d+\\)`),
    );
    const retired = {...first!, retired: {date: '2026-11-25', successor: keyOf(second!), reason: {ja: '理由です。', en: 'Reason.'}}} as const;
    const withRetired = buildTaxonomy(l1Statuses, l2Statuses.map((s): L2Data => (s === first ? retired : s)), l3Statuses);
    const answer = questions.flatMap((q) => q.answers).find((a) => 'result' in a && a.result === keyOf(first!))!;
    expect(formatGuardProblems(checkFinder(withRetired))).toContain(
      `src/taxonomy/finder.ts: line ${lineOf(`id: '${answer.id}'`)}: answer "${answer.id}" ends on retired status "${keyOf(first!)}"; point it to "${keyOf(second!)}"`,
    );
  });

  it('can end on an L3 (fixture): the guard names the answer still ending on the L2, with its line and the L3s, and asks for each L3', () => {
    const messages = checkFinder(taxonomyWithL3).map((p) => p.message);
    const onParent = questions.flatMap((q) => q.answers).filter((a) => 'result' in a && a.result === l3FixtureParent.key);
    expect(onParent.length, `no finder answer ends on the fixture's parent ${l3FixtureParent.key}`).toBeGreaterThan(0);
    expect(messages).toEqual([
      ...onParent.map((a) =>
        expect.stringMatching(
          new RegExp(
            `^line ${lineOf(`id: '${a.id}'`)}: answer "${a.id}" ends on "${l3FixtureParent.key}", which has L3s: a record ends on one of them, never on it\\. .*To choose from: ${l3FixtureKeys.join(', ')}$`,
          ),
        ),
      ),
      ...l3FixtureKeys.map((key) => expect.stringContaining(`no answer ends on "${key}"`)),
    ]);
    // Replaced as the message says: each answer on the L2 now ends on an L3, and each L3 has one.
    const repointed = Object.fromEntries(
      Object.entries(finderQuestions).map(([id, q]) => [
        id,
        {
          ...q,
          answers: [
            ...q.answers.map((a) => ('result' in a && a.result === l3FixtureParent.key ? {...a, result: l3FixtureKeys[0] as FinderResult} : a)),
            ...(q.answers.some((a) => 'result' in a && a.result === l3FixtureParent.key)
              ? l3Fixture.map((l3) => ({id: l3.id, label: l3.name, result: `${l3.parent}/${l3.id}` as FinderResult}))
              : []),
          ],
        },
      ]),
    ) as unknown as Record<QuestionId, FinderQuestion>;
    expect(checkFinder(taxonomyWithL3, repointed)).toEqual([]);
  });

  it('has no dead end: every question is reachable and offers at least two answers', () => {
    const reachable = new Set<QuestionId>([firstQuestion]);
    for (const q of questions) for (const a of q.answers) if ('next' in a) reachable.add(a.next);
    expect([...reachable].sort()).toEqual([...questionIds].sort());
    for (const q of questions) expect(q.answers.length, q.id).toBeGreaterThanOrEqual(2);
  });

  it('uses unique answer ids (they are what a shared ?answers= link records)', () => {
    const ids = questions.flatMap((q) => q.answers.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has every question and answer in both languages (English without Japanese)', () => {
    for (const q of questions) {
      for (const text of [q.text, q.hint, ...q.answers.map((a) => a.label)].filter(Boolean)) {
        expect(text!.ja).toMatch(japanese);
        expect(text!.en.trim()).not.toBe('');
        expect(text!.en).not.toMatch(japanese);
      }
    }
  });
});

describe('finder state from ?answers=', () => {
  it('follows a full path to its status', () => {
    const path = allPaths().reduce((longest, p) => (p.length > longest.length ? p : longest));
    const state = followAnswers(path);
    const last = state.steps.at(-1)!;
    expect(state.answerIds).toEqual(path);
    expect('result' in last.answer! && last.answer.result).toBe(state.result);
    expect(state.steps[0]!.question.id).toBe(firstQuestion);
  });

  it('reopens a half-answered finder at the next question', () => {
    const state = followAnswers(['valid-tenant', 'intent-known']);
    expect(state.result).toBeUndefined();
    expect(state.steps.at(-1)?.question.id).toBe('intent');
    expect(state.steps.at(-1)?.answer).toBeUndefined();
  });

  it('drops an unknown or out-of-place answer and everything after it', () => {
    expect(followAnswers(['valid-tenant', 'law', 'intent-known']).answerIds).toEqual(['valid-tenant']);
    expect(followAnswers(['nonsense']).steps.map((s) => s.question.id)).toEqual(['tenant']);
    expect(followAnswers(['invalid-tenant', 'intent-known']).answerIds).toEqual(['invalid-tenant']);
  });

  it('parses and formats the parameter', () => {
    expect(answersParam.parse('valid-tenant, intent-known,,')).toEqual(['valid-tenant', 'intent-known']);
    expect(answersParam.parse(null)).toEqual([]);
    expect(answersParam.format(['a', 'b'])).toBe('a,b');
  });
});
