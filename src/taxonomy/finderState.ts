/**
 * Walking the finder's questions by the answers in `?answers=` (data-free: the browser walks
 * the local, one-language questions with it; the build and the tests walk the typed data).
 */
import type {QuestionId} from './finder';

type AnyAnswer = {readonly id: string} & ({readonly next: QuestionId} | {readonly result: string});
type AnyQuestion = {readonly id: QuestionId; readonly answers: readonly AnyAnswer[]};

export interface Step<Q extends AnyQuestion> {
  readonly question: Q;
  /** The answer chosen at this question, if any. */
  readonly answer?: Q['answers'][number];
}

export interface Walk<Q extends AnyQuestion> {
  readonly steps: readonly Step<Q>[];
  /** Set when the last answer leads to a status. */
  readonly result?: Extract<Q['answers'][number], {readonly result: string}>['result'];
  /** Answer ids that were valid, in order (unknown or extra ids in the URL are dropped). */
  readonly answerIds: readonly string[];
}

/** Follows the answers from the first question; stops at the first id that does not fit. */
export function walkAnswers<Q extends AnyQuestion>(answerIds: readonly string[], questions: {readonly [K in QuestionId]: Q}, first: QuestionId): Walk<Q> {
  const steps: Step<Q>[] = [];
  const valid: string[] = [];
  let question: Q | undefined = questions[first];
  for (const id of answerIds) {
    const answer: Q['answers'][number] | undefined = question?.answers.find((a: AnyAnswer) => a.id === id);
    if (!question || !answer) break;
    steps.push({question, answer});
    valid.push(id);
    if ('result' in answer) return {steps, result: answer.result as Walk<Q>['result'], answerIds: valid};
    question = questions[(answer as {readonly next: QuestionId}).next];
  }
  if (question) steps.push({question});
  return {steps, answerIds: valid};
}

/** `?answers=` value ↔ answer ids. */
export const answersParam = {
  parse: (value: string | null): string[] => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []),
  format: (ids: readonly string[]): string => ids.join(','),
};
