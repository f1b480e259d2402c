/**
 * The text guard of the taxonomy's own strings (src/taxonomy/l1.ts, l2.ts, l3.ts and
 * finder.ts), as the content check is for the pages: no scaffold TODO left, no Japanese in an
 * English string, no English-only text in a Japanese one. Each problem names the file, the
 * line where the string is written and the status (or question, or answer), and quotes the
 * offending part of that line.
 */
import {
  finderQuestions,
  locales,
  taxonomy,
  type FinderQuestion,
  type Locale,
  type Localized,
  type QuestionId,
  type StatusNode,
  type Taxonomy,
} from '../../taxonomy';
import {DataSource, type LineRange} from '../../taxonomy/dataSource';
import {excerptAt, firstJapanese, isEnglishOnly} from './excerpt';

export interface TaxonomyTextProblem {
  readonly file: string;
  readonly rule: 'placeholder' | 'english-only' | 'japanese-only';
  readonly message: string;
}

export const finderFile = 'src/taxonomy/finder.ts';
export const statusDataFile = (level: 1 | 2 | 3) => `src/taxonomy/l${level}.ts`;

/** Where a status's entry is written: its data file and the lines of the entry. */
export function statusEntry(source: DataSource, status: StatusNode): LineRange | undefined {
  return source.statusEntry(status.id, status.level === 1 ? undefined : status.parentKey);
}

/** The strings of a status, each with what a message calls it. */
function statusStrings(status: StatusNode): [string, Localized][] {
  return [
    ['name', status.name],
    ['summary', status.summary],
    ...status.notes.map((note): [string, Localized] => [`${note.kind} note`, note.text]),
    ...status.corrections.map((c): [string, Localized] => ['correction reason', c.reason]),
    ...(status.retired ? [['retirement reason', status.retired.reason] as [string, Localized]] : []),
  ];
}

function checkString(
  source: DataSource,
  range: LineRange | undefined,
  subject: string,
  field: string,
  locale: Locale,
  text: string,
): TaxonomyTextProblem[] {
  const problems: TaxonomyTextProblem[] = [];
  // A taxonomy built by a test may hold entries its files do not: then no line can be named.
  const at = range ? (source.find(text, range) ?? {line: range.start, column: 0}) : undefined;
  const where = (offset: (line: string, column: number) => number) => {
    if (!at) return {line: '', excerpt: text};
    const line = source.line(at.line);
    return {line: `line ${at.line}: `, excerpt: excerptAt(line, offset(line, at.column))};
  };
  const add = (rule: TaxonomyTextProblem['rule'], what: string, offset: (line: string, column: number) => number) => {
    const {line, excerpt} = where(offset);
    problems.push({file: source.file, rule, message: `${line}${subject}: ${what}: ${excerpt}`});
  };
  if (/\bTODO\b/.test(text)) {
    add('placeholder', `fill in the ${locale} ${field} (still TODO)`, (line, column) => line.indexOf('TODO', column));
  }
  if (locale === 'en' && firstJapanese(text) >= 0) {
    add('english-only', `the en ${field} contains Japanese characters`, (line, column) => firstJapanese(line, column));
  }
  if (locale === 'ja' && isEnglishOnly(text)) {
    add('japanese-only', `the ja ${field} is English only; write it in Japanese`, (_line, column) => column);
  }
  return problems;
}

export function checkTaxonomyText(
  siteDir: string,
  from: Taxonomy = taxonomy,
  questions: Record<QuestionId, FinderQuestion> = finderQuestions,
): TaxonomyTextProblem[] {
  const sources = new Map<string, DataSource>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) sources.set(file, DataSource.read(siteDir, file));
    return sources.get(file)!;
  };
  const problems: TaxonomyTextProblem[] = [];
  for (const status of [...from.all, ...from.retired]) {
    const source = sourceOf(statusDataFile(status.level));
    const range = statusEntry(source, status);
    for (const [field, text] of statusStrings(status)) {
      for (const locale of locales) problems.push(...checkString(source, range, `"${status.key}"`, field, locale, text[locale]));
    }
  }
  const finder = sourceOf(finderFile);
  for (const question of Object.values(questions)) {
    const range = finder.question(question.id);
    const strings: [string, Localized][] = [['text', question.text], ...(question.hint ? [['hint', question.hint] as [string, Localized]] : [])];
    for (const [field, text] of strings) {
      for (const locale of locales) problems.push(...checkString(finder, range, `question "${question.id}"`, field, locale, text[locale]));
    }
    for (const answer of question.answers) {
      const answerRange = finder.answer(question.id, answer.id);
      for (const locale of locales) problems.push(...checkString(finder, answerRange, `answer "${answer.id}"`, 'label', locale, answer.label[locale]));
    }
  }
  return problems;
}
