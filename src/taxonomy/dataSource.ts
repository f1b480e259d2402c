/**
 * The taxonomy's data files (l1.ts, l2.ts, l3.ts, finder.ts) as source text, so a guard can
 * name the line an editor shows for an entry or one of its strings. The data itself comes
 * from the modules; this only finds where it is written. Node-side only.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** 1-based, inclusive. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

const idLine = /\bid: '([^']+)'/;
const parentLine = /\bparent: '([^']+)'/;

export class DataSource {
  readonly lines: readonly string[];

  constructor(
    /** Site-relative path, as guard messages name it. */
    readonly file: string,
    text: string,
  ) {
    this.lines = text.split('\n');
  }

  /** The file in a site; a missing file reads as empty (the guards that need it then name no line). */
  static read(siteDir: string, file: string): DataSource {
    const full = path.join(siteDir, file);
    return new DataSource(file, existsSync(full) ? readFileSync(full, 'utf8') : '');
  }

  /** The text of a 1-based line. */
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  private idLines(within: LineRange = {start: 1, end: this.lines.length}): {id: string; line: number}[] {
    const found: {id: string; line: number}[] = [];
    for (let n = within.start; n <= within.end; n++) {
      const match = idLine.exec(this.line(n));
      if (match) found.push({id: match[1]!, line: n});
    }
    return found;
  }

  /**
   * A status entry of l1.ts, l2.ts or l3.ts: the object literal holding its `id: '…'` (with
   * `parent: '…'` when given, since L3 ids are only unique within their L2), from its `{` to
   * its `}`.
   */
  statusEntry(id: string, parent?: string): LineRange | undefined {
    for (const entry of this.idLines()) {
      if (entry.id !== id) continue;
      const range = this.objectAround(entry.line);
      if (parent !== undefined) {
        const own = this.lines.slice(range.start - 1, range.end).map((l) => parentLine.exec(l)?.[1]).find(Boolean);
        if (own !== parent) continue;
      }
      return range;
    }
    return undefined;
  }

  /** The lines of the object literal a line belongs to (braces counted outside strings). */
  private objectAround(line: number): LineRange {
    const depthChange = (n: number) => {
      const code = this.line(n).replace(/'(?:[^'\\]|\\.)*'/g, "''");
      return (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
    };
    let start = line;
    if (!this.line(line).trimStart().startsWith('{')) {
      for (let depth = 0, n = line - 1; n >= 1; n--) {
        depth += depthChange(n);
        if (depth > 0) {
          start = n;
          break;
        }
      }
    }
    let end = start;
    for (let depth = depthChange(start); depth > 0 && end < this.lines.length; ) depth += depthChange(++end);
    return {start, end};
  }

  /** A question of finder.ts: from `  {id}: {` to the line before the next question. */
  question(id: string): LineRange | undefined {
    const opener = /^ {2}'?([a-z0-9-]+)'?: \{\s*$/;
    const starts = this.lines.flatMap((l, i) => (opener.test(l) ? [{id: opener.exec(l)![1]!, line: i + 1}] : []));
    const index = starts.findIndex((s) => s.id === id);
    if (index < 0) return undefined;
    const close = this.lines.findIndex((l, i) => i >= starts[index]!.line && /^\};/.test(l));
    const end = starts[index + 1] ? starts[index + 1]!.line - 1 : close < 0 ? this.lines.length : close;
    return {start: starts[index]!.line, end};
  }

  /** An answer of a finder question: from its `id: '…'` line to the line before the next answer. */
  answer(questionId: string, answerId: string): LineRange | undefined {
    const question = this.question(questionId);
    if (!question) return undefined;
    const list = this.lines.findIndex((l, i) => i + 1 >= question.start && i + 1 <= question.end && /\banswers: \[/.test(l)) + 1;
    if (list === 0) return undefined;
    const answers = this.idLines({start: list, end: question.end});
    const index = answers.findIndex((a) => a.id === answerId);
    if (index < 0) return undefined;
    return {start: answers[index]!.line, end: (answers[index + 1]?.line ?? question.end + 1) - 1};
  }

  /**
   * Where a string value is written within a range: its line and the column (0-based) where
   * its text starts, found by the text as a single-quoted TypeScript string spells it.
   */
  find(text: string, within?: LineRange): {line: number; column: number} | undefined {
    const spelled = [text, text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")];
    const start = within?.start ?? 1;
    const end = within?.end ?? this.lines.length;
    for (let n = start; n <= end; n++) {
      for (const form of spelled) {
        const column = this.line(n).indexOf(form);
        if (column >= 0) return {line: n, column};
      }
    }
    return undefined;
  }
}
