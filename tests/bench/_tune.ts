import {buildSearchData} from '../../src/plugins/status-search/buildSearchData';
import {createStatusSearch} from '../../src/search/engine';
import {tuningCases} from '../fixtures/searchQueries';
const root = process.cwd();
for (const locale of ['ja', 'en'] as const) {
  const s = createStatusSearch(buildSearchData(root, locale));
  const cases = tuningCases.filter((c) => c.locale === locale);
  let r3 = 0, t1 = 0; const misses: string[] = [];
  for (const c of cases) {
    const ids = s.search(c.query).statuses.map((h) => h.document.id);
    if (ids.slice(0, 3).includes(c.expected)) r3++;
    if (ids[0] === c.expected) t1++; else misses.push(`${ids.slice(0,3).includes(c.expected) ? '  ' : '✗ '}${c.query}  → ${ids[0]} (want ${c.expected}, at ${ids.indexOf(c.expected) + 1})`);
  }
  console.log(`${locale}: r@3 ${(100 * r3 / cases.length).toFixed(1)} top1 ${(100 * t1 / cases.length).toFixed(1)} (${cases.length})`);
  if (process.argv.includes('-v')) console.log(misses.join('\n'));
}
