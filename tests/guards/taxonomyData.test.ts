/**
 * The guards on the taxonomy's own data files (src/taxonomy/l*.ts, finder.ts), proven on a
 * temporary copy of the site through `npm run check`: each slip names the file, the line
 * and the status or answer, and quotes the offending part of the line. Subjects are picked
 * from the taxonomy by property.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {finderQuestions, taxonomy, type StatusNode} from '../../src/taxonomy';
import {copySite, type TempSite} from './tempSite';
import {check, statusAdd} from '../support/siteCommands';
import {dataFileOf, quoted} from '../support/maintainer';

const pick = <T>(what: string, found: T | undefined): T => found ?? (() => {
  throw new Error(`tests/guards/taxonomyData.test.ts: the taxonomy has no ${what}; pick the subject by another property`);
})();

// A long English definition: the excerpt must show the Japanese at its end, not its start.
const longSummary = pick('L2 with an English definition over 100 characters', taxonomy.all.find((n) => n.level === 2 && n.summary.en.length > 100));
const withNote = pick('status with a seed note', taxonomy.all.find((n) => n.notes.length > 0 && n !== longSummary));
const withCorrection = pick('status with a correction', taxonomy.all.find((n) => n.corrections.length > 0 && n !== longSummary && n !== withNote));
const englishName = pick('third L2', taxonomy.all.find((n) => n.level === 2 && ![longSummary, withNote, withCorrection].includes(n)));
const hinted = pick('finder question with a hint', Object.values(finderQuestions).find((q) => q.hint));
const fileOf = (n: StatusNode) => (n.level === 1 ? 'src/taxonomy/l1.ts' : dataFileOf(n.key));

describe('taxonomy data guards (npm run check on a broken copy)', () => {
  let site: TempSite;
  beforeAll(() => {
    site = copySite();
  });
  afterAll(() => site?.dispose());

  /** Puts `marker` at the end of a string as written in a data file; throws when the string is not there. */
  const append = (file: string, text: string, marker: string) =>
    site.edit(file, (s) => {
      if (!s.includes(quoted(text))) throw new Error(`${file}: ${quoted(text)} not found`);
      return s.replace(quoted(text), quoted(`${text}${marker}`));
    });
  const lineOf = (file: string, text: string) => site.read(file).split('\n').findIndex((l) => l.includes(text)) + 1;

  it('names Japanese in any English taxonomy string and English-only Japanese, by file and line, quoting the offending part', () => {
    const saved = new Map(['src/taxonomy/l1.ts', 'src/taxonomy/l2.ts', 'src/taxonomy/finder.ts'].map((f) => [f, site.read(f)]));
    try {
      append(fileOf(longSummary), longSummary.summary.en, ' 「一」');
      append(fileOf(withNote), withNote.notes[0]!.text.en, ' 「二」');
      append(fileOf(withCorrection), withCorrection.corrections[0]!.reason.en, ' 「三」');
      append('src/taxonomy/finder.ts', hinted.hint!.en, ' 「四」');
      site.edit(fileOf(englishName), (s) => s.replace(`name: {ja: ${quoted(englishName.name.ja)}`, `name: {ja: ${quoted(englishName.name.en.replace(/\W+/g, ' ').trim() + ' Words')}`));
      const result = check(site);
      expect(result.status).not.toBe(0);
      const lines = result.output.split('\n');
      const message = (start: string) => lines.find((l) => l.startsWith(`  - ${start}`)) ?? '';

      const summary = message(`${fileOf(longSummary)}: [english-only] line ${lineOf(fileOf(longSummary), '「一」')}: "${longSummary.key}": the en summary contains Japanese characters: `);
      expect(summary, result.output).toContain('「一」');
      // The window is around the Japanese, at the end of a long line, not the line's first characters.
      expect(summary).not.toContain(longSummary.summary.en.slice(0, 30));
      expect(message(`${fileOf(withNote)}: [english-only] line ${lineOf(fileOf(withNote), '「二」')}: "${withNote.key}": the en ${withNote.notes[0]!.kind} note contains Japanese characters: `), result.output).toContain('「二」');
      expect(message(`${fileOf(withCorrection)}: [english-only] line ${lineOf(fileOf(withCorrection), '「三」')}: "${withCorrection.key}": the en correction reason contains Japanese characters: `), result.output).toContain('「三」');
      expect(message(`src/taxonomy/finder.ts: [english-only] line ${lineOf('src/taxonomy/finder.ts', '「四」')}: question "${hinted.id}": the en hint contains Japanese characters: `), result.output).toContain('「四」');
      expect(message(`${fileOf(englishName)}: [japanese-only] line ${lineOf(fileOf(englishName), ' Words')}: "${englishName.key}": the ja name is English only; write it in Japanese: `), result.output).toContain(' Words');
    } finally {
      for (const [file, text] of saved) site.write(file, text);
    }
  }, 120_000);

  it('names the finder answer that still ends on an L2 once it has an L3, with its line and the L3s; status:add says so first', () => {
    // A seed L2 without L3s that finder answers end on.
    const answersOn = (key: string) => Object.values(finderQuestions).flatMap((q) => q.answers.filter((a) => 'result' in a && a.result === key).map((a) => a.id));
    const parent = pick('seed L2 without L3s that a finder answer ends on', taxonomy.all.find((n) => n.level === 2 && n.origin === 'seed' && n.children.length === 0 && answersOn(n.key).length > 0));
    const l3 = `${parent.key}/guard-proof-l3`;
    const added = statusAdd(site, l3);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toContain(`"${parent.key}" now has an L3, so a record can no longer end on it; the finder still ends on it at:\n`);
    const result = check(site);
    expect(result.status).not.toBe(0);
    for (const answer of answersOn(parent.key)) {
      const answerLine = lineOf('src/taxonomy/finder.ts', `id: '${answer}'`);
      expect(added.output).toContain(`  src/taxonomy/finder.ts line ${answerLine}: answer "${answer}"`);
      expect(result.output).toContain(
        `src/taxonomy/finder.ts: line ${answerLine}: answer "${answer}" ends on "${parent.key}", which has L3s: a record ends on one of them, never on it. Point the answer to one of them (result: '${l3}')`,
      );
    }
    expect(result.output).toContain(`To choose from: ${l3}\n`);
    // The scaffold's TODOs in the data files are named by line too.
    expect(result.output).toContain(`src/taxonomy/l3.ts: [placeholder] line ${lineOf('src/taxonomy/l3.ts', "name: {ja: 'TODO:")}: "${l3}": fill in the ja name (still TODO)`);
    expect(result.output).toContain(`src/taxonomy/finder.ts: [placeholder] line ${lineOf('src/taxonomy/finder.ts', "id: 'guard-proof-l3'")}: answer "guard-proof-l3": fill in the en label (still TODO)`);
  }, 120_000);
});
