/**
 * What a partner's sentence means, beyond its words: the search ranks by words (BM25), then
 * this re-ranks by a few things the words alone get wrong. Each signal is a list of phrases
 * (normalised as the search normalises text) and what it does to the ranking; each says
 * where it comes from. Both search surfaces use it, through the one engine.
 *
 * Never add a phrase because a test query failed: add it because partners say it that way.
 */
import {normalizeText} from './normalize';

/** A status key or a family of them: `no-intent` covers the L1 and everything below it. */
export type StatusFamily = string;

export interface Signal {
  readonly id: string;
  /** Where the signal comes from (the playbook facts, mostly). */
  readonly source: string;
  /** Phrases in the query that raise the signal (normalised: lower case, no long-vowel marks after katakana). */
  readonly phrases: readonly string[];
  /** Phrases that, when the query has them, keep the signal down (「支援は不要」 is not a denial of the service). */
  readonly unless?: readonly string[];
  /** Score factors per status family, applied to every result in it. */
  readonly factors: Readonly<Record<StatusFamily, number>>;
  /**
   * The phrases deny a state, so their words are not searched: 「止まっていない」 is evidence
   * against Blocked, not for the statuses whose words say 止まっている or 遅れ.
   */
  readonly denial?: true;
  /** The sentence says the customer keeps what it names: the status whose words name that product gets `keptProductFactor`. */
  readonly keepsNamedProduct?: true;
}

/**
 * The signals. Their factors multiply: a denial with a competitor named boosts the
 * competitive-solution L2 twice over, once as a denial and once for the product kept.
 */
export const signals: readonly Signal[] = [
  {
    id: 'denies-use',
    source: 'No Intent must be the customer’s own statement that they will not use the service (facts: no-intent); partners quote it as a denial: 「…はいらない」「使う予定はない」「…で十分」「won’t use」.',
    phrases: [
      'いらない', '要らない', '必要ない', '必要はない', '必要ありません', '使わない', '使いません', '使う予定はない', '予定はない', '予定はありません', '予定はございません', '予定はございませ',
      '導入しない', '導入しません', '乗り換えない', '切り替えない', '切り替える予定', 'で十分', 'で足りて', 'で事足り', '困っていない', '困っておりません', '問題なく運用', '満足して',
      // 「no plans to」 as partners write it in Japanese: not even being considered.
      '考えていない', '考えてない', '考えておりません', '検討していない', '検討してない', '検討しておりません',
      "won't use", 'will not use', 'not going to use', 'no plans to', 'no plan to', "don't need", 'do not need', "doesn't need", 'does not need', "doesn't want", 'does not want', "don't want",
      'do not want', 'happy with', 'no intention', 'not interested', 'no need for', 'not planning to', 'not considering', 'sticking with', 'stay with', 'staying with',
    ],
    unless: ['支援は不要', '支援は要らない', '支援はいらない', '支援が不要', 'サポートは不要', 'fasttrack help', 'fasttrack support', 'help from fasttrack', 'without fasttrack'],
    factors: {'no-intent': 1.6, 'in-progress': 0.6, 'status-unknown': 0.7, 'blocked/service-reliability': 0.7, 'blocked/product-feature-capability': 0.8},
    keepsNamedProduct: true,
  },
  {
    id: 'keeps-other-product',
    source: 'Using Competitive Solution is a competitor’s product that already covers the same functions (facts: using-competitive-solution use_when). Partners say so without a denial: 「Box で統一している」「Slack の代わりに」「standardised on Okta」「a Google shop」「CrowdStrike already covers it」.',
    phrases: [
      'の代わりに', 'で統一', 'に統一', 'を標準', 'で標準化', 'でまかなえ', 'で賄え', 'で間に合って', 'でカバーできて', 'でカバーして',
      'instead of', 'rather than', 'standardised on', 'standardized on', 'already covers', 'covers it', 'does everything', 'does the job', 'does the same', 'works fine', 'works well for', 'is enough for',
    ],
    factors: {},
    keepsNamedProduct: true,
  },
  {
    id: 'not-stopped',
    source: 'Blocked is for work that has stopped; slow work that goes on is still In Progress (rule work-stopped). Partners say so as a denial of the stop: 「遅いだけで止まってはいない」「not blocked, just slow」.',
    phrases: [
      '止まってはいない', '止まっていない', '止まってない', '止まってはいません', '止まっていません', '止まってはない', '遅れているだけ', '遅れてるだけ', 'ゆっくり進んで', '少しずつ進んで',
      'not stopped', 'not blocked', "isn't blocked", "hasn't stopped", 'has not stopped', 'only slow', 'slow but moving', 'still moving', 'moving slowly',
    ],
    factors: {'in-progress': 2, blocked: 0.5},
    denial: true,
  },
  {
    id: 'deploys-without-fasttrack',
    source: 'A customer that deploys without FastTrack help (by itself, or with a partner outside FastTrack) is In Progress, not No Intent or a partner problem (facts: technical-onboarding-deployment use_when; in-progress: "declining FTC assistance is not the same as lacking intent").',
    phrases: [
      'fasttrack 以外のパートナー', 'fasttrack 外のパートナー', 'fasttrack を使わず', 'fasttrack の支援なしで', 'fasttrack の支援を使わず', '自社で展開', '自力で展開', '独自に展開',
      'outside fasttrack', 'non fasttrack', 'non-fasttrack', 'without fasttrack', 'deploy themselves', 'deploying themselves', 'deploy it themselves', 'self-deploy', 'self deploy', 'declined fasttrack', 'turned down fasttrack', 'declines fasttrack',
    ],
    factors: {'in-progress': 1.5, 'no-intent': 0.6, 'blocked/partner-engagement': 0.6},
  },
  {
    id: 'it-staff-skills',
    source: 'Training or skills the IT staff lack is IT Change Management and Resourcing; training the end users need is Adoption Readiness (facts: it-change-management-resourcing "IT finds it lacks the skills to run an enabled workload"; adoption-readiness "needs end-user training").',
    phrases: [
      'it スタッフ向け', 'it 部門向け', 'it 担当者向け', '管理者向け', '情シス向け', 'it 部門のスキル', 'it 担当者のスキル', 'it スタッフのスキル', '管理者のスキル', '管理者のトレーニング', '管理者の教育', '情シスのスキル',
      'it staff training', 'it team training', 'train the it', 'train it staff', 'admin training', 'train admins', 'train the admins', 'it skills', 'admin skills', 'admins lack', 'it lacks the skills',
    ],
    factors: {'blocked/it-change-management-resourcing': 1.5, 'blocked/adoption-readiness': 0.5},
  },
  {
    id: 'budget-or-people',
    source: 'A lack of budget or people for the work is IT Change Management and Resourcing, not No Intent (facts: it-change-management-resourcing definition and use_when; No Intent needs the customer’s statement).',
    phrases: [
      '予算がない', '予算が無い', '予算がつかない', '予算が取れない', '予算が足りない', '予算不足', '予算が下りない', '予算の承認', '来期の予算', '予算待ち', 'お金がない', '人がいない', '人が足りない',
      '人手が足りない', '人手不足', '人員不足', '要員不足', '担当者がいない', '担当者が足りない', 'リソースがない', 'リソース不足', '手が回らない',
      'no budget', 'budget', 'funding', "don't have the people", 'do not have the people', "don't have the staff", 'no one to', 'no capacity', 'lack of staff', 'understaffed', 'short-staffed', 'short staffed', 'not enough people', 'not enough staff', 'no staff', 'no resources', 'lack of resources', 'resource constraint',
    ],
    factors: {'blocked/it-change-management-resourcing': 1.5, 'no-intent': 0.6},
  },
];

/** Where a status stands in a family (`no-intent` ⊇ `no-intent/executive-sponsorship`). */
function inFamily(key: string, family: StatusFamily): boolean {
  return key === family || key.startsWith(`${family}/`);
}

/** A phrase or query as signals compare them: normalised, apostrophes dropped (partners type "dont need"). */
export const comparable = (text: string): string => normalizeText(text).replace(/['’]/gu, '');

/** The signals a query raises. */
export function signalsOf(query: string): Signal[] {
  const text = comparable(query);
  return signals.filter((signal) => signal.phrases.some((p) => text.includes(comparable(p))) && !(signal.unless ?? []).some((p) => text.includes(comparable(p))));
}

/**
 * The query's text to search by words: without the phrases of the raised denial signals,
 * unless nothing else is left (then the phrase is all the partner gave).
 */
export function wordsToSearch(query: string, raised: readonly Signal[]): string {
  if (!raised.some((signal) => signal.denial)) return query;
  let text = comparable(query);
  for (const signal of raised) {
    if (!signal.denial) continue;
    for (const phrase of [...signal.phrases].map(comparable).sort((a, b) => b.length - a.length)) text = text.split(phrase).join(' ');
  }
  return text.trim() === '' ? query : text;
}

/** The score factor of one status for a set of raised signals. */
export function factorFor(key: string, raised: readonly Signal[]): number {
  let factor = 1;
  for (const signal of raised) {
    for (const [family, value] of Object.entries(signal.factors)) if (inFamily(key, family)) factor *= value;
  }
  return factor;
}

/**
 * A product named in a denial is what the customer keeps: the status whose words name it
 * (a competitor's product, or Microsoft's own on-premises one) gets this factor.
 */
export const keptProductFactor = 1.8;

/** The statuses that list one of the query's product-like words among their own words. */
export function keptProductStatuses(query: string, productWords: ReadonlyMap<string, readonly string[]>): string[] {
  const text = comparable(query);
  const found: string[] = [];
  for (const [key, words] of productWords) if (words.some((w) => text.includes(w))) found.push(key);
  return found;
}

/**
 * Hiragana typed for a loanword before conversion (らいせんすがたりない): the katakana word
 * the pages write (ライセンス), when a run of hiragana starts with one the documents know.
 * Only known words, so grammar in hiragana (ってはいない) never turns into katakana that
 * happens to share a bigram with a loanword.
 */
export function katakanaReadings(query: string, knownWords: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [run] of query.matchAll(/[\u3041-\u3096ー]{3,}/gu)) {
    const katakana = run.replace(/[\u3041-\u3096]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60)).replace(/ー/g, '');
    let best = '';
    for (const word of knownWords) if (word.length > best.length && katakana.startsWith(word)) best = word;
    if (best) found.push(best);
  }
  return found;
}

/** The katakana words (three or more characters) of some texts, as the search normalises them. */
export function katakanaWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of normalizeText(text).matchAll(/[\u30a1-\u30fa]{3,}/gu)) words.add(word);
  return words;
}
