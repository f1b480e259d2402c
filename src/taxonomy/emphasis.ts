/**
 * Emphasis in the seed's sentences, kept as the seed writes it: Markdown `*ユーザーの準備*`,
 * with the spaces Markdown needs around the marks. Japanese needs no such spaces, so the page
 * drops them where they stand between Japanese characters (data-free: used in the browser).
 */
const mark = /\*([^*\n]+)\*/g;
const cjk = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** The text without the marks (as the seed document reads once parsed; for search and tests). */
export function withoutEmphasis(text: string): string {
  return text.replace(mark, '$1');
}

export interface TextPart {
  readonly text: string;
  readonly emphasis: boolean;
}

/** The text cut into plain and emphasised parts, without the spaces that only served the marks. */
export function emphasisParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(mark)) {
    parts.push({text: text.slice(last, match.index), emphasis: false}, {text: match[1]!, emphasis: true});
    last = match.index + match[0].length;
  }
  parts.push({text: text.slice(last), emphasis: false});
  return parts
    .map((part, i) => {
      if (part.emphasis) return part;
      let value = part.text;
      const before = parts[i - 1];
      const after = parts[i + 1];
      // 「…、 *準備* または」: a space between a Japanese character and a mark goes.
      if (after?.emphasis && / $/.test(value) && cjk.test(value.at(-2) ?? '') && cjk.test(after.text[0] ?? '')) value = value.slice(0, -1);
      if (before?.emphasis && /^ /.test(value) && cjk.test(value[1] ?? '') && cjk.test(before.text.at(-1) ?? '')) value = value.slice(1);
      return {text: value, emphasis: false};
    })
    .filter((part) => part.text !== '');
}
