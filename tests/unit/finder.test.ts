/** The finder's question data: complete, acyclic, and every path ends in an existing status. */
import {describe, expect, it} from 'vitest';
import {answersParam, finderQuestions, firstQuestion, followAnswers, questionIds, taxonomy, type FinderQuestion, type QuestionId} from '../../src/taxonomy';

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

  it('reaches every L2 and the Duplicate/Invalid L1', () => {
    const reached = new Set(paths.map((p) => followAnswers(p).result));
    const expected = [...taxonomy.all.filter((n) => n.level === 2).map((n) => n.key), 'duplicate-invalid'];
    expect([...expected].filter((key) => !reached.has(key as never))).toEqual([]);
    expect(expected).toHaveLength(19);
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
    const state = followAnswers(['valid-tenant', 'intent-known', 'held-back', 'law']);
    expect(state.result).toBe('blocked/legal-regulatory');
    expect(state.steps.map((s) => s.question.id)).toEqual(['tenant', 'contact', 'intent', 'blocker']);
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
