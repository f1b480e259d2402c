/**
 * Ranking by meaning (src/search/meaning.ts), on the real documents: a denial naming a
 * product the customer keeps, a shortage of budget or people, hiragana typed for a loanword,
 * and "how to tell them apart" under the results. Subjects come from the data (the
 * vocabulary of the statuses involved, the signals' own phrases, the rules), never a list.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {boundaryRules, locales, statusesOf, taxonomy} from '../taxonomy';
import {buildSearchData} from '../plugins/status-search/buildSearchData';
import {createStatusSearch, keptProductKeys} from './engine';
import {katakanaReadings, katakanaWords, signals, signalsOf, wordsToSearch} from './meaning';
import {wordsOf} from './vocabulary';
import {normalizeText} from './normalize';

const siteDir = path.resolve(__dirname, '../..');
const engines = Object.fromEntries(locales.map((l) => [l, createStatusSearch(buildSearchData(siteDir, l))])) as Record<(typeof locales)[number], ReturnType<typeof createStatusSearch>>;
const first = (locale: 'ja' | 'en', query: string) => engines[locale].search(query).statuses[0]?.document.id;
const rankOf = (locale: 'ja' | 'en', query: string, key: string) => engines[locale].search(query).statuses.findIndex((h) => h.document.id === key);
const signal = (id: string) => signals.find((s) => s.id === id)!;
const competitor = keptProductKeys[0]!;

/** Product names (Latin script) that only the status's own words list. */
const products = (key: string, locale: 'ja' | 'en') =>
  wordsOf(key, locale).filter((w) => /^[A-Za-z][A-Za-z0-9 .]{2,}$/.test(w) && taxonomy.all.every((n) => n.key === key || !wordsOf(n.key, locale).includes(w)));

describe('ranking by meaning', () => {
  it('ranks the status of a product the customer keeps first when the sentence denies the service', () => {
    const named = products(competitor, 'ja');
    expect(named.length).toBeGreaterThan(3);
    const denials = {ja: (p: string) => `${p} で十分なので導入の予定はありません`, en: (p: string) => `happy with ${p}, no plans to use it`};
    for (const locale of locales) {
      const misses = products(competitor, locale).filter((p) => first(locale, denials[locale](p)) !== competitor);
      expect(misses, `${locale}: denials not answered with ${competitor}`).toEqual([]);
    }
  });

  it('ranks the status of a product the customer keeps first when the sentence says it is kept, with no denial', () => {
    const kept = signal('keeps-other-product');
    expect(kept.keepsNamedProduct).toBe(true);
    for (const locale of locales) {
      const phrase = kept.phrases.find((p) => /[a-z]/i.test(p) === (locale === 'en'))!;
      // The signal's first phrase in each language is the plain "instead of" / 「の代わりに」.
      const sentence = (p: string) => (locale === 'en' ? `they use ${p} ${phrase} Microsoft 365` : `Microsoft 365 ${phrase} ${p} を使っています`);
      const misses = products(competitor, locale).filter((p) => !signalsOf(sentence(p)).some((s) => s.id === 'denies-use') && first(locale, sentence(p)) !== competitor);
      expect(misses, `${locale}: "${sentence('…')}" not answered with ${competitor}`).toEqual([]);
    }
  });

  it('ranks In Progress above No Intent and Partner Engagement when the customer deploys without FastTrack, for every phrase of the signal', () => {
    const {factors, phrases} = signal('deploys-without-fasttrack');
    const [raised, ...lowered] = Object.entries(factors).sort(([, a], [, b]) => b - a).map(([family]) => family);
    const rank = (ranks: string[], family: string) => ranks.findIndex((k) => k === family || k.startsWith(`${family}/`));
    const wrong = phrases.filter((p) => {
      const ranks = engines[/[\u3040-\u9fff]/u.test(p) ? 'ja' : 'en'].search(p).statuses.map((h) => h.document.id);
      return rank(ranks, raised!) < 0 || lowered.some((family) => rank(ranks, family) >= 0 && rank(ranks, family) < rank(ranks, raised!));
    });
    expect(wrong).toEqual([]);
  });

  it('ranks IT Change above Adoption Readiness when the IT staff lack the training or skills, for every phrase of the signal', () => {
    const {factors, phrases} = signal('it-staff-skills');
    const [raised, lowered] = Object.entries(factors).sort(([, a], [, b]) => b - a).map(([key]) => key);
    const wrong = phrases.filter((p) => {
      const query = /[\u3040-\u9fff]/u.test(p) ? `${p}のトレーニングが必要` : `${p} needed`;
      const ranks = engines[/[\u3040-\u9fff]/u.test(p) ? 'ja' : 'en'].search(query).statuses.map((h) => h.document.id);
      return ranks.indexOf(raised!) < 0 || (ranks.indexOf(lowered!) >= 0 && ranks.indexOf(lowered!) < ranks.indexOf(raised!));
    });
    expect(wrong).toEqual([]);
  });

  it('moves a budget or people shortage above No Intent, for every phrase of the signal', () => {
    const itcm = Object.keys(signal('budget-or-people').factors).find((k) => k.startsWith('blocked/'))!;
    const noIntentFirst = signal('budget-or-people').phrases.filter((p) => {
      const locale = /[a-z]/i.test(p) ? 'en' : 'ja';
      const shortage = rankOf(locale, p, itcm);
      const ranks = engines[locale].search(p).statuses.map((h) => h.document.id);
      const noIntent = ranks.findIndex((k) => k === 'no-intent' || k.startsWith('no-intent/'));
      return noIntent >= 0 && (shortage < 0 || noIntent < shortage);
    });
    expect(noIntentFirst).toEqual([]);
  });

  it('puts In Progress first when the partner says the rollout has not stopped, for every phrase of the signal', () => {
    const rollout = {ja: '展開が', en: 'rollout'};
    const inProgress = Object.entries(signal('not-stopped').factors).find(([, f]) => f > 1)![0];
    const blockedFirst = signal('not-stopped').phrases.filter((p) => {
      const locale = /[a-z]/i.test(p) ? 'en' : 'ja';
      const top = first(locale, `${rollout[locale]} ${p}`) ?? '';
      return !(top === inProgress || top.startsWith(`${inProgress}/`));
    });
    expect(blockedFirst).toEqual([]);
  });

  it('does not search the words of a denial: they speak against the status that uses them', () => {
    const denials = signals.filter((s) => s.denial);
    expect(denials.length).toBeGreaterThan(0);
    for (const signal of denials) {
      for (const phrase of signal.phrases) {
        const query = `展開 ${phrase}`;
        expect(wordsToSearch(query, signalsOf(query)), phrase).not.toContain(normalizeText(phrase));
        expect(wordsToSearch(phrase, signalsOf(phrase)), phrase).toBe(phrase);
      }
    }
    const plain = '展開が遅い';
    expect(wordsToSearch(plain, signalsOf(plain))).toBe(plain);
  });

  it('does not read a declined FastTrack offer as a denial of the service', () => {
    for (const phrase of signal('denies-use').unless ?? []) expect(signalsOf(`${phrase}です`).map((s) => s.id)).not.toContain('denies-use');
    expect(signalsOf(`${signal('denies-use').phrases[0]}`).map((s) => s.id)).toContain('denies-use');
  });

  it('reads hiragana typed for a loanword as the loanword, and leaves grammar alone', () => {
    const known = katakanaWords(taxonomy.all.map((n) => n.name.ja));
    const word = [...known].find((w) => /^[\u30a1-\u30f6]+$/.test(w))!;
    const hiragana = word.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    expect(katakanaReadings(`${hiragana}がたりない`, known)).toEqual([word]);
    expect(katakanaReadings('ってはいない', known)).toEqual([]);
    const owner = taxonomy.all.find((n) => normalizeText(n.name.ja).includes(word))!;
    expect(engines.ja.search(hiragana).statuses.slice(0, 3).map((h) => h.document.id)).toContain(owner.key);
  });
});

describe('typos', () => {
  it('finds the status of an English word with two letters swapped, for nine words in ten', () => {
    let tried = 0;
    let found = 0;
    for (const status of taxonomy.all) {
      for (const word of wordsOf(status.key, 'en')) {
        const parts = word.split(' ');
        const i = parts.findIndex((x) => /^[a-z]{5,}$/i.test(x));
        if (i < 0) continue;
        const x = parts[i]!;
        const k = Math.floor(x.length / 2);
        parts[i] = x.slice(0, k - 1) + x[k] + x[k - 1] + x.slice(k + 1);
        tried += 1;
        if (engines.en.search(parts.join(' ')).statuses.slice(0, 3).some((h) => h.document.id === status.key)) found += 1;
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(found / tried).toBeGreaterThanOrEqual(0.9);
  });
});

describe('how to tell them apart', () => {
  it.each(locales)('%s: gives the rule between the first result and the next ones, and nothing when none has one', (locale) => {
    let shown = 0;
    let none = 0;
    for (const query of [...boundaryRules.map((r) => r.question[locale]), ...taxonomy.all.map((n) => n.name[locale])]) {
      const answer = engines[locale].search(query);
      const [top, ...next] = answer.statuses.slice(0, 3).map((h) => h.document.id);
      const expected = next.flatMap((other) => boundaryRules.filter((r) => statusesOf(r).includes(top as never) && statusesOf(r).includes(other as never)).map((r) => r.id));
      expect(answer.tellApart.map((r) => r.id), query).toEqual(expected);
      if (expected.length > 0) shown += 1;
      else none += 1;
    }
    // Both cases occur, so both halves of the property were tested.
    expect(shown).toBeGreaterThan(0);
    expect(none).toBeGreaterThan(0);
  });
});
