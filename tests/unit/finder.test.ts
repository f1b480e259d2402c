/** The finder's question data: complete, acyclic, and every path ends in an existing status. */
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
import {l3Fixture} from '../fixtures/taxonomyWithL3';

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

  it('the finder guard names a leaf no answer reaches, and an answer on a retired status', () => {
    const [first, second] = l2Statuses;
    const added = {...first!, id: 'brand-new', origin: 'added', added: '2026-11-25', legacyPage: undefined} as unknown as L2Data;
    const withNew = buildTaxonomy(l1Statuses, [...l2Statuses, added], []);
    expect(formatGuardProblems(checkFinder(withNew))).toContain(
      `src/taxonomy/finder.ts: no answer ends on "${first!.parent}/brand-new": the finder cannot reach it.`,
    );
    const retired = {...first!, retired: {date: '2026-11-25', successor: `${second!.parent}/${second!.id}`, reason: {ja: '理由です。', en: 'Reason.'}}} as const;
    const withRetired = buildTaxonomy(l1Statuses, [retired, ...l2Statuses.slice(1)], []);
    expect(formatGuardProblems(checkFinder(withRetired))).toMatch(
      new RegExp(`src/taxonomy/finder.ts: answer "[a-z-]+" ends on retired status "${first!.parent}/${first!.id}"; point it to "${second!.parent}/${second!.id}"`),
    );
  });

  it('can end on an L3 (fixture): the guard then asks for each L3 of the L2', () => {
    const fixture = buildTaxonomy(l1Statuses, l2Statuses, [...l3Statuses, ...l3Fixture]);
    const messages = checkFinder(fixture).map((p) => p.message);
    expect(messages).toEqual(l3Fixture.map((l3) => expect.stringContaining(`no answer ends on "${l3.parent}/${l3.id}"`)));
    const withL3Answers = {
      ...finderQuestions,
      blocker: {
        ...finderQuestions.blocker,
        answers: [
          ...finderQuestions.blocker.answers,
          ...l3Fixture.map((l3) => ({id: l3.id, label: l3.name, result: `${l3.parent}/${l3.id}` as FinderResult})),
        ],
      },
    };
    expect(checkFinder(fixture, withL3Answers)).toEqual([]);
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
