/**
 * The tokenizer of the status search, used for the index and for the query alike (so a
 * word can never be cut one way when indexed and another when searched):
 * - Japanese (runs of kanji and kana) is cut into overlapping character bigrams, which
 *   needs no dictionary and no word boundaries: 連絡が取れない → 連絡 絡が が取 取れ れな ない,
 *   so 取れません still shares 取れ with 取れない. A run of one kanji stands for itself; a run
 *   of one kana (a particle such as か or を) is never a token.
 * - Latin words and numbers are stemmed (licenses → licens, moving → move) and a short list
 *   of English function words is left out. An apostrophe inside a word is dropped, since
 *   partners often leave it out: don't = dont, customer's = customers.
 * - "it" is the pronoun unless it is written IT, stands next to Japanese (it 部門) or names a
 *   team, a budget or the like (it team): "crowdstrike already covers it" says nothing about IT.
 * Tokens keep their span in the original text, for marking what matched.
 */
import {stemmer} from 'stemmer';
import {isCjk, isKana, normalizeWithSpans} from './normalize';

export interface Token {
  readonly term: string;
  /** [start, end) in the original text. */
  readonly start: number;
  readonly end: number;
}

/** Words that say nothing about a status on their own. */
const englishStopWords = new Set(
  'a an and are as at be been but by can could do does for from has have how i if in into is its me my no not of on or our so than that the their them then there these they this to too out was we were what when where which who why will with would you your'.split(' '),
);
/** Contractions, written without their apostrophe (see `apostrophe`): function words too. */
const contractions = 'dont doesnt didnt isnt arent wasnt werent wont cant couldnt wouldnt shouldnt havent hasnt hadnt theyre theyve theyll weve were youre ive im thats theres its lets'.split(' ');
for (const word of contractions) englishStopWords.add(word);

/** What "it" is, in lower case, when it is IT: the words it forms a compound with. */
const itCompounds = new Set(
  'team teams dept department departments staff admin admins administrator administrators people resource resources resourcing change changes infrastructure infra support manager managers director lead leadership group org organisation organization capacity budget budgets policy policies security ops operations environment systems pro pros professionals guys side headcount skills process processes governance freeze contact contacts'.split(' '),
);

/** An apostrophe inside a Latin word (don't, customer’s): dropped from the word. */
const apostrophe = /['’]/u;

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
  return tokensOfChars(chars, spans, text);
}

/** The terms of a text, for the engine (the same terms as `tokenize`, without spans, faster). */
export function terms(text: string): string[] {
  const {chars, spans} = normalizeWithSpans(text);
  return tokensOfChars(chars, spans, text).map((t) => t.term);
}

function tokensOfChars(chars: readonly string[], spanList: readonly (readonly [number, number])[], original?: string): Token[] {
  const span = (i: number): readonly [number, number] => spanList[i]!;
  /** The Latin word that starts at `i` (apostrophes inside it dropped) and where it ends. */
  const latinWordAt = (i: number): {word: string; end: number} => {
    let end = i;
    let word = '';
    while (end < chars.length && !isCjk(chars[end]!)) {
      const char = chars[end]!;
      if (latinWordChar.test(char)) word += char;
      else if (!(apostrophe.test(char) && word !== '' && latinWordChar.test(chars[end + 1] ?? ''))) break;
      end += 1;
    }
    return {word, end};
  };
  /** Lower-case "it" that is the pronoun, not IT. */
  const isPronounIt = (i: number, end: number): boolean => {
    const [start, stop] = [span(i)[0], span(end - 1)[1]];
    if (original?.slice(start, stop) === 'IT') return false;
    let next = end;
    while (next < chars.length && /\s/u.test(chars[next]!)) next += 1;
    let previous = i - 1;
    while (previous >= 0 && /\s/u.test(chars[previous]!)) previous -= 1;
    // Next to Japanese (it 部門, 社内の it) it is never the English pronoun.
    if ((next < chars.length && isCjk(chars[next]!)) || (previous >= 0 && isCjk(chars[previous]!))) return false;
    return !(next < chars.length && latinWordChar.test(chars[next]!) && itCompounds.has(latinWordAt(next).word));
  };
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
      const {word, end} = latinWordAt(i);
      if (!englishStopWords.has(word) && !(word === 'it' && isPronounIt(i, end))) {
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

