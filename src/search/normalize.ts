/**
 * One spelling for everything a partner may type, shared by the search engine (index and
 * query alike) and the home tree's instant filter, so the two never disagree:
 * - NFKC: ＳＫＵ → SKU, ｵﾝﾌﾟﾚﾐｽ → オンプレミス, ① → 1;
 * - case folding: VPN = vpn;
 * - the katakana long-vowel mark is dropped: ユーザー = ユーザ, サーバー = サーバ;
 * - white space between two Japanese characters is ignored: ユーザー トレーニング = ユーザートレーニング.
 *
 * Every normalised character remembers where it came from in the original text, so matches
 * can be marked in the text the partner reads.
 */

/** Han ideographs (with 々 〆), hiragana and katakana (with ー). */
const cjkRange = '\\u3005\\u3006\\u3041-\\u309f\\u30a0-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const cjkChar = new RegExp(`[${cjkRange}]`, 'u');
const katakanaChar = /[\u30a1-\u30fa\u30fd-\u30ff]/u;
const longVowel = '\u30fc';
/** Marks that NFKC must see together with the character before them (ﾃﾞ → デ). */
const combiningMark = /[\u0300-\u036f\u3099-\u309c\uff9e\uff9f]/u;

export function isCjk(char: string): boolean {
  return cjkChar.test(char);
}

export function isKana(char: string): boolean {
  return /[\u3041-\u309f\u30a0-\u30ff]/u.test(char);
}

export interface NormalizedText {
  /** The normalised characters, one string per character. */
  readonly chars: readonly string[];
  /** For each normalised character, the [start, end) span it came from in the original text. */
  readonly spans: readonly (readonly [number, number])[];
}

/** Normalises `text` and keeps, for every resulting character, its span in `text`. */
export function normalizeWithSpans(text: string): NormalizedText {
  const chars: string[] = [];
  const spans: [number, number][] = [];
  const units = Array.from(text);
  let offset = 0;
  for (let i = 0; i < units.length; ) {
    // A base character and the marks that follow it are normalised together.
    let j = i + 1;
    while (j < units.length && combiningMark.test(units[j]!)) j += 1;
    const original = units.slice(i, j).join('');
    const start = offset;
    offset += original.length;
    for (const char of Array.from(original.normalize('NFKC').toLowerCase())) {
      chars.push(char);
      spans.push([start, offset]);
    }
    i = j;
  }
  // Long-vowel marks after katakana go (ユーザー → ユーザ); white space with Japanese on both sides goes.
  const keptChars: string[] = [];
  const keptSpans: [number, number][] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    const previous = keptChars[keptChars.length - 1];
    if (char === longVowel && previous !== undefined && katakanaChar.test(previous)) {
      // Dropped, but its span joins the katakana before it, so a mark covers ユーザー whole.
      keptSpans[keptSpans.length - 1] = [keptSpans[keptSpans.length - 1]![0], spans[i]![1]];
      continue;
    }
    if (/\s/u.test(char) && previous !== undefined && isCjk(previous)) {
      let next = i + 1;
      while (next < chars.length && /\s/u.test(chars[next]!)) next += 1;
      if (next < chars.length && isCjk(chars[next]!)) {
        i = next - 1;
        continue;
      }
    }
    keptChars.push(char);
    keptSpans.push(spans[i]!);
  }
  return {chars: keptChars, spans: keptSpans};
}

const longVowelAfterKatakana = /([\u30a1-\u30fa\u30fd-\u30ff])\u30fc+/gu;
const spaceBetweenCjk = new RegExp(`(?<=[${cjkRange}])\\s+(?=[${cjkRange}])`, 'gu');

/**
 * The normalised form of a text (see the module comment): the same characters as
 * `normalizeWithSpans`, faster, for when no span is needed (indexing, the tree filter).
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(longVowelAfterKatakana, '$1').replace(spaceBetweenCjk, '');
}

/** For substring matching (the tree filter): normalised, with all white space removed. */
export function normalizeForMatch(text: string): string {
  return normalizeText(text).replace(/\s+/gu, '');
}
