/**
 * What a guard quotes from a line: a window around the first offending character, so the
 * part the message is about is always shown, however far into a long line it sits.
 */
export const excerptWidth = 60;

/** The window of `line` around `index` (cut at word boundaries where it can be, `…` where cut). */
export function excerptAt(line: string, index: number, width = excerptWidth): string {
  const first = line.length - line.trimStart().length;
  const last = line.trimEnd().length;
  const at = Math.min(Math.max(index, first), last);
  let start = Math.max(first, at - Math.floor(width / 3));
  if (start > first) {
    // Start after a space rather than inside a word, when there is one before the offending part.
    const space = line.slice(start, at).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  const end = Math.min(last, start + width);
  return `${start > first ? '…' : ''}${line.slice(start, end)}${end < last ? '…' : ''}`;
}

export const japaneseCharacter = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Index of the first Japanese character of `text` at or after `from`, or -1. */
export function firstJapanese(text: string, from = 0): number {
  const found = japaneseCharacter.exec(text.slice(from));
  return found ? from + found.index : -1;
}

/** True for text that is English only where Japanese is expected: two English words or more, no Japanese. */
export function isEnglishOnly(text: string, minimumWords = 2): boolean {
  return !japaneseCharacter.test(text) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= minimumWords;
}
