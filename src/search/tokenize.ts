/**
 * The tokenizer of the status search, used for the index and for the query alike (so a
 * word can never be cut one way when indexed and another when searched):
 * - Japanese (runs of kanji and kana) is cut into overlapping character bigrams, which
 *   needs no dictionary and no word boundaries: 連絡が取れない → 連絡 絡が が取 取れ れな ない,
 *   so 取れません still shares 取れ with 取れない. A run of one kanji stands for itself; a run
 *   of one kana (a particle such as か or を) is never a token.
 * - Latin words and numbers are stemmed (licenses → licens, moving → move) and a short list
 *   of English function words is left out.
 * Tokens keep their span in the original text, for marking what matched.
 */
import {stemmer} from 'stemmer';
import {isCjk, isKana, normalizeText, normalizeWithSpans} from './normalize';

export interface Token {
  readonly term: string;
  /** [start, end) in the original text. */
  readonly start: number;
  readonly end: number;
}

/** Words that say nothing about a status on their own. */
const englishStopWords = new Set(
  'a an and are as at be been but by can could do does for from has have how i if in into is its me my no not of on or our so than that the their them then there these they this to too was we were what when where which who why will with would you your'.split(' '),
);

const latinWordChar = /[\p{L}\p{N}]/u;

/** A bigram of two hiragana (ない, から, して) is grammar more often than meaning. */
export function isKanaOnlyBigram(term: string): boolean {
  const chars = Array.from(term);
  return chars.length === 2 && chars.every((c) => /[\u3041-\u309f]/u.test(c));
}

export function isCjkTerm(term: string): boolean {
  return isCjk(Array.from(term)[0] ?? '');
}

/** Tokens with their spans in `text` (for marking matches). */
export function tokenize(text: string): Token[] {
  const {chars, spans} = normalizeWithSpans(text);
  return tokensOfChars(chars, spans);
}

/** The terms of a text, for the engine (the same terms as `tokenize`, without spans, faster). */
export function terms(text: string): string[] {
  const chars = Array.from(normalizeText(text));
  return tokensOfChars(chars, undefined).map((t) => t.term);
}

const noSpan: readonly [number, number] = [0, 0];

function tokensOfChars(chars: readonly string[], spanList: readonly (readonly [number, number])[] | undefined): Token[] {
  const span = (i: number): readonly [number, number] => spanList?.[i] ?? noSpan;
  const tokens: Token[] = [];
  let hyphenated: {word: string; start: number} | undefined;
  let i = 0;
  while (i < chars.length) {
    const char = chars[i]!;
    if (isCjk(char)) {
      hyphenated = undefined;
      let end = i;
      while (end < chars.length && isCjk(chars[end]!)) end += 1;
      if (end - i === 1) {
        if (!isKana(char)) tokens.push({term: char, start: span(i)[0], end: span(i)[1]});
      } else {
        for (let k = i; k + 1 < end; k += 1) {
          tokens.push({term: chars[k]! + chars[k + 1]!, start: span(k)[0], end: span(k + 1)[1]});
        }
      }
      i = end;
    } else if (latinWordChar.test(char)) {
      let end = i;
      while (end < chars.length && !isCjk(chars[end]!) && latinWordChar.test(chars[end]!)) end += 1;
      const word = chars.slice(i, end).join('');
      if (!englishStopWords.has(word)) {
        tokens.push({term: /^\p{N}+$/u.test(word) ? word : stemmer(word), start: span(i)[0], end: span(end - 1)[1]});
      }
      // A hyphenated word also stands written as one: on-prem = onprem, e-mail = email, add-in = addin.
      if (hyphenated && chars[i - 1] === '-') {
        tokens.push({term: stemmer(hyphenated.word + word), start: hyphenated.start, end: span(end - 1)[1]});
      }
      hyphenated = {word, start: span(i)[0]};
      i = end;
    } else {
      if (chars[i] !== '-') hyphenated = undefined;
      i += 1;
    }
  }
  return tokens;
}

