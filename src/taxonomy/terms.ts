/**
 * One wording per concept in our own prose: for each concept, the wording the site uses in
 * each language and the variants it replaces. `npm run check` names the file and line of
 * every variant in the pages, the UI strings and our own taxonomy strings
 * (src/plugins/status-pages/checkTerms.ts); the glossary lists the table (<TermList />).
 * The seed's wording (names, definitions and notes from the source document) is exempt, as
 * are quotations in 「」 and the search vocabulary, which lists what partners type.
 */
import type {Localized} from './types';

export interface Term {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The concept, in a few words. */
  readonly concept: Localized;
  /** The one wording our prose uses. */
  readonly preferred: Localized;
  /** Wordings it replaces (matched as written, case included). */
  readonly variants: Localized<readonly string[]>;
  /** Longer words that contain a variant and mean something else, so they stay (意思決定). */
  readonly allowed?: Localized<readonly string[]>;
  /** How the wording is used, where that needs saying. */
  readonly usage?: Localized;
}

export const terms = [
  {
    id: 'intent',
    concept: {ja: 'お客様がサービスを使うつもりかどうか', en: 'whether the customer means to use the service'},
    preferred: {ja: '意向', en: 'intent'},
    variants: {ja: ['意思', '意図'], en: ['intention']},
    allowed: {ja: ['意思なし', '意思決定', '意図的'], en: []},
    usage: {
      ja: '私たちの文章では「意向」と書きます (「利用意向がある」「意向を確認する」)。「意思なし」は元の文書のステータス名なのでそのまま使い、元の文書の定義にある「意図」「意思」も元の文言のまま表示します。「意思決定」は別の言葉です。',
      en: 'We write “intent”. The status name No Intent and the source document’s definitions keep their own words.',
    },
  },
  {
    id: 'due-diligence',
    concept: {ja: '連絡がつかないと判断する前に尽くす手順', en: 'the steps taken before calling a customer unresponsive'},
    preferred: {ja: 'デューディリジェンス', en: 'due diligence'},
    variants: {ja: ['デュー デリジェンス', 'デューデリジェンス', 'デュー ディリジェンス'], en: ['due-diligence', 'Due Diligence']},
  },
  {
    id: 'service-status',
    concept: {ja: 'FTOP の項目「Service Status」', en: 'the FTOP field Service Status'},
    preferred: {ja: 'サービス ステータス', en: 'Service Status'},
    variants: {ja: ['サービスの状態', 'サービスステータス'], en: ['service status', 'Service status']},
  },
  {
    id: 'owner',
    concept: {ja: 'FTOP の項目「Owner」(利用資格を担当する人)', en: 'the FTOP field Owner'},
    preferred: {ja: '担当', en: 'owner'},
    variants: {ja: ['所有者'], en: []},
  },
  {
    id: 'engagement-start-date',
    concept: {ja: 'FTOP の項目「Engagement Start Date」', en: 'the FTOP field Engagement Start Date'},
    preferred: {ja: 'エンゲージメント開始日', en: 'Engagement Start Date'},
    variants: {ja: ['エンゲージメントの開始日', 'エンゲージメント スタート日'], en: ['engagement start date', 'Engagement start date']},
  },
  {
    id: 'partner-success-manager',
    concept: {ja: 'パートナーを支援する Microsoft の担当者', en: 'Microsoft’s manager who supports partners'},
    preferred: {ja: 'Partner Success Manager', en: 'Partner Success Manager'},
    variants: {ja: ['パートナー サクセス マネージャー', 'パートナーサクセスマネージャー', 'パートナー サクセスマネージャー'], en: ['partner success manager']},
  },
  {
    id: 'account-team',
    concept: {ja: 'お客様を担当する Microsoft のアカウント チーム', en: 'Microsoft’s account team for the customer'},
    preferred: {ja: 'アカウント チーム', en: 'account team'},
    variants: {ja: ['アカウントチーム'], en: ['account-team']},
  },
  {
    id: 'engineering-team',
    concept: {ja: '製品のエンジニアリング チーム', en: 'the product’s engineering team'},
    preferred: {ja: 'エンジニアリング チーム', en: 'engineering team'},
    variants: {ja: ['エンジニアリングチーム'], en: []},
  },
  {
    id: 'kickoff-meeting',
    concept: {ja: 'エンゲージメントを始める打ち合わせ', en: 'the meeting that starts an engagement'},
    preferred: {ja: 'キックオフ ミーティング', en: 'kickoff meeting'},
    variants: {ja: ['キックオフミーティング'], en: ['kick-off meeting', 'kick off meeting']},
  },
  {
    id: 'end-user',
    concept: {ja: 'サービスを使う社員など', en: 'the people who use the service'},
    preferred: {ja: 'エンド ユーザー', en: 'end users'},
    variants: {ja: ['エンドユーザー'], en: []},
  },
  {
    id: 'version-upgrade',
    concept: {ja: '製品の新しいバージョンへの更新', en: 'moving to a newer version'},
    preferred: {ja: 'バージョンアップ', en: 'upgrade'},
    variants: {ja: ['バージョン アップ'], en: []},
  },
  {
    id: 'remain',
    concept: {ja: '今の環境 (オンプレミスなど) を使い続けること', en: 'keeping the current setup (on-premises, for example)'},
    preferred: {ja: 'とどまる', en: 'stay'},
    variants: {ja: ['留まる', '留まり', '留めます', '留める'], en: []},
    allowed: {ja: ['書き留める', '書き留めます'], en: []},
  },
  {
    id: 'datacenter',
    concept: {ja: 'データを保管する施設', en: 'where the service stores data'},
    preferred: {ja: 'データセンター', en: 'datacenter'},
    variants: {ja: ['データ センター'], en: ['data center', 'data centre', 'Data center']},
  },
  {
    id: 'unblock-date',
    concept: {ja: 'ブロックが解除される見込みの日 (デリバリー中のブロックの目標日)', en: 'the target date of a Blocked entitlement during delivery'},
    preferred: {ja: 'ブロック解除の見込み日', en: 'projected unblock date'},
    variants: {
      ja: ['ブロックが解消される見込みの日', 'ブロックが解除される見込みの日', '問題が解消する見込みの日', '問題が解消される見込みの日'],
      en: ['date the block is expected to clear', 'date the problem is expected to be solved', 'expected unblock date'],
    },
  },
  {
    id: 'microsoft',
    concept: {ja: '会社名', en: 'the company name'},
    preferred: {ja: 'Microsoft', en: 'Microsoft'},
    variants: {ja: ['マイクロソフト'], en: []},
  },
  {
    id: 'organization',
    concept: {ja: '組織 (英語版は米国式の綴り)', en: 'organization (American spelling, as Microsoft writes)'},
    preferred: {ja: '組織', en: 'organization'},
    variants: {ja: [], en: ['organisation', 'Organisation']},
  },
  {
    id: 'prioritize',
    concept: {ja: '優先する (英語版は米国式の綴り)', en: 'to prioritize (American spelling)'},
    preferred: {ja: '優先する', en: 'prioritize'},
    variants: {ja: [], en: ['prioritise', 'prioritising', 'prioritised', 'Prioritise', 'Prioritising', 'Prioritised']},
  },
  {
    id: 'non-fasttrack-partner',
    concept: {ja: 'FastTrack に参加していないパートナー', en: 'a partner outside the FastTrack program'},
    preferred: {ja: 'FastTrack 以外のパートナー', en: 'a partner outside FastTrack'},
    variants: {ja: ['FastTrack に参加していないパートナー', 'FastTrack 外のパートナー'], en: ['non-FastTrack partner']},
  },
  {
    id: 'license-transfer',
    concept: {ja: 'ライセンスを別のテナントに移すこと', en: 'moving licenses to another tenant'},
    preferred: {ja: 'ライセンスの移管', en: 'license transfer'},
    variants: {ja: ['ライセンスの移動', 'ライセンスを移動'], en: ['license move']},
  },
  {
    id: 'fasttrack-help',
    concept: {ja: 'FastTrack による展開の支援 (お客様が断ることがある)', en: 'FastTrack’s help with a deployment (a customer may decline it)'},
    preferred: {ja: 'FastTrack の支援', en: 'FastTrack help'},
    variants: {ja: ['FTC の支援'], en: ['FTC help', 'FTC assistance']},
  },
  {
    id: 'engaged-partner',
    concept: {ja: 'このワークロードの展開を引き受けているパートナー (用語集を参照)', en: 'the partner that has taken on a workload’s deployment (see the glossary)'},
    preferred: {ja: 'FastTrack のエンゲージメントを引き受けたパートナー', en: 'has taken on the FastTrack engagement'},
    variants: {ja: ['エンゲージメントを引き受けたパートナー'], en: ['taken the engagement on', 'taken the FastTrack engagement on', 'took the engagement on', 'took the FastTrack engagement on']},
    allowed: {ja: ['FastTrack のエンゲージメントを引き受けたパートナー'], en: []},
  },
  {
    id: 'law-or-regulation',
    concept: {ja: '法律や規制をまとめて指す言葉', en: 'laws and regulations as one concept'},
    preferred: {ja: '法令', en: 'a law or regulation'},
    variants: {
      ja: ['法律や規制', '法律・規制', '法律または規制', '法令や規制', '法令・規制'],
      en: ['a law', 'A law', 'laws or regulations', 'laws and regulations', 'Laws or regulations', 'Laws and regulations'],
    },
    allowed: {ja: [], en: ['a law or regulation', 'A law or regulation']},
    usage: {
      ja: '法律と規制をまとめて指すときは「法令」と書きます (「法令の制約」「法令への適合」)。「法律」と書くのは、特定の法律 (HIPAA、議会で審議中の新しい法律など) を指すときだけです。ステータス名の「法務/規制」と元の文書の定義は、元の文言のままです。',
      en: 'We write “a law or regulation”, never “a law” alone (“the law” for one specific law, “a bill” for one still before parliament). The status name Legal/Regulatory and the source document’s definitions keep their own words.',
    },
  },
  {
    id: 'champion',
    concept: {ja: '現場で利用を広げる役のユーザー', en: 'the user who promotes adoption among colleagues'},
    preferred: {ja: 'チャンピオン', en: 'champion'},
    variants: {ja: ['推進役'], en: []},
    allowed: {ja: ['推進役のチャンピオン'], en: []},
    usage: {
      ja: '利用を広げる役の人は「チャンピオン」と書きます。「推進役」は、チャンピオンを説明するとき (「推進役のチャンピオン」) だけに使います。導入を決めて責任を持つ人は「スポンサー」で、別の言葉です。',
      en: 'We write “champion”. The person who decides on the rollout and answers for it is the sponsor, a different word.',
    },
  },
  {
    id: 'covid-19',
    concept: {ja: '感染症の流行による展開の一時停止の原因', en: 'the pandemic that paused rollouts'},
    preferred: {ja: 'COVID-19', en: 'COVID-19'},
    variants: {ja: ['新型コロナウイルス感染症', '新型コロナウイルス', '新型コロナ', 'コロナ禍'], en: ['Covid-19', 'covid-19', 'coronavirus', 'Coronavirus']},
  },
  {
    id: 'nothing-else-to-wait-for',
    concept: {ja: '出来事の終わりのほかに作業が待っているもの (ディレクトリの統合、ライセンスの変更など)', en: 'what else the work waits for besides the end of an event (a directory merge, a license change)'},
    preferred: {ja: 'ほかに待っているもの', en: 'waits for nothing else'},
    variants: {ja: ['ほかに待っている作業', '他に待っている作業', '他に待っているもの'], en: []},
    usage: {
      ja: '待っているのは作業とは限らない (ライセンスの変更や予算もある) ので、「ほかに待っているもの」と書きます。',
      en: 'What else the work may wait for is not only work: a license change or a budget counts too.',
    },
  },
  {
    id: 'standing-freeze',
    concept: {ja: '決算期や年末年始など、毎年決まって行う変更の停止', en: 'a change freeze that recurs in the customer’s calendar'},
    preferred: {ja: '定例の変更の凍結', en: 'a standing freeze'},
    variants: {ja: ['定例の凍結'], en: ['calendar freeze', 'regular freeze']},
    usage: {
      ja: '毎年決まって行う変更の凍結だけを指します。4 月の定期異動など、毎年あるほかの出来事は、組織再編と同じく出来事として扱います (進行中とブロックの見分け方を参照)。',
      en: 'Only a freeze of changes that recurs every year counts. Other yearly events, such as the April personnel rotation, count as events, like a reorganization (see how to tell In Progress from Blocked).',
    },
  },
  {
    id: 'outside-wait',
    concept: {ja: '日付が発表されていてもブロックになる、外からの待ち', en: 'a wait from outside that is Blocked even with an announced date'},
    preferred: {ja: '作業そのものに必要で、お客様が自社の計画や調達では得られないもの', en: 'what the work itself needs and the customer cannot get through its own plan or procurement'},
    variants: {ja: ['お客様の外の相手', '計画の外から来るもの'], en: ['someone outside the customer', 'needs from outside the customer’s own plan', 'needs from outside its plan']},
    usage: {
      ja: '待っている相手ではなく、作業そのものに必要なもので書きます。例は、進行中とブロックの見分け方に挙げています。お客様が発注した納品や作業と、作業そのものには必要のない他の組織の移行の後に置いた最初の開始は、お客様自身の計画です。',
      en: 'Name what the work itself needs, not the party that provides it; the examples are in how to tell In Progress from Blocked. What the customer has ordered, and a first start put after another organization’s move that the work itself does not need, are its own plan.',
    },
  },
  {
    id: 'vendor-release',
    concept: {ja: '開発元やメーカーが全顧客向けに出すもの (アプリの対応版、機器のファームウェア)', en: 'what a vendor releases for all its customers (an app’s compatible version, a device’s firmware)'},
    preferred: {ja: '開発元やメーカーが全顧客向けに出すリリース', en: 'a release a vendor makes for all its customers'},
    variants: {ja: ['他社の製品の対応版'], en: ['another vendor’s compatible version']},
    usage: {
      ja: 'アプリの対応版に限らず、機器のファームウェアも含みます。アプリの対応版については、出るまでの待ちと、出た後の導入やお客様が発注した作業の扱いを、ブロックの各 L2 の定義の下の条件に書いています。',
      en: 'It covers a device’s firmware as well as an app’s compatible version. For an app’s compatible version, the condition under each Blocked L2’s definition says how to record the wait until it is out, its installation afterwards and the work the customer orders.',
    },
  },
  {
    id: 'ordered-on-schedule',
    concept: {ja: 'お客様が発注したもの (PC、回線、SI の作業など) が予定どおりであること', en: 'what the customer has ordered (PCs, lines, a systems integrator’s work) going to schedule'},
    preferred: {ja: '予定どおり進む', en: 'delivered or done on schedule'},
    variants: {ja: ['予定どおり届く'], en: ['arrives on schedule', 'arriving on schedule']},
    usage: {
      ja: '回線や SI の作業は「届く」ものではないので、「発注したもの (PC の納品、回線の開通、SI の作業など) が予定どおり進む」と書きます。',
      en: 'Lines and a systems integrator’s work do not “arrive”: what the customer has ordered is delivered or done on schedule.',
    },
  },
  {
    id: 'late-for-start',
    concept: {ja: '予定の開始 (ウェーブに分けるならそのウェーブの開始) までに終わらない手順', en: 'a step that will not be done by the planned start (for a wave, that wave’s start)'},
    preferred: {ja: '予定の開始に間に合わない', en: 'late for the planned start'},
    variants: {ja: ['予定より遅れ'], en: ['behind schedule']},
    usage: {
      ja: '開始の前の手順には「予定より遅れ」と書かず、「予定の開始に間に合わない」と書きます。このサイトで「遅れ」とだけ書くときも、この意味です。何が予定どおりで何が遅れかは、進行中とブロックの見分け方で決めています。',
      en: 'For a step before the start, write “late for the planned start”, never “behind schedule”; “late” alone on this site means the same. What is on schedule and what is late is set in how to tell In Progress from Blocked.',
    },
  },
  {
    id: 'wave',
    concept: {ja: '展開を分けて進めるときの一回分 (ユーザーや部署のまとまり)', en: 'one part of a rollout done in parts (a group of users or departments)'},
    preferred: {ja: 'ウェーブ', en: 'wave'},
    variants: {ja: ['後の段階', '前の段階', 'その段階の開始', '段階に分け', '段階の順序'], en: ['phase of the rollout', 'rollout phase']},
    usage: {
      ja: '「段階」はワークロードの進み具合 (パイロットの段階、利用を広げる段階) に使うので、展開を分けた一回分は「ウェーブ」と書きます (「後のウェーブの開始」)。',
      en: 'Write “wave” for one part of a rollout done in parts; a stage is how far the workload has come (a pilot, wider use).',
    },
  },
  {
    id: 'follow-own-plan',
    concept: {ja: '進行中とブロックを分ける問い (作業がお客様の計画どおりか)', en: 'the question between In Progress and Blocked (whether the work follows the customer’s plan)'},
    preferred: {ja: 'お客様自身の計画どおりに進められるか', en: 'whether the work can follow the customer’s own plan'},
    variants: {ja: ['計画の外にある何か'], en: ['something outside the customer’s plan', 'something outside the plan', 'something outside that plan']},
    usage: {
      ja: 'ブロックかどうかは、作業をお客様自身の計画どおりに進められるか (妨げがあるか) で問います。予算の否決や人手の不足は計画の外から来るものではないので、「計画の外にある何か」とは書きません。外からの待ちは「作業そのものに必要で、お客様が自社の計画や調達では得られないもの」と書きます。',
      en: 'Ask whether the work can follow the customer’s own plan or is held up. A refused budget or missing people do not come from outside the plan, so never write “something outside the plan”; an outside wait is “what the work itself needs and the customer cannot get through its own plan or procurement”.',
    },
  },
  {
    id: 'later-start',
    concept: {ja: '展開を始めるのが先になるお客様 (進行中の定義)', en: 'customers who will start deploying later (the In Progress definition)'},
    preferred: {ja: 'しばらくは展開を始める予定のないお客様', en: 'customers who will not start deploying for a while'},
    variants: {ja: ['数日後まで展開を始めない'], en: ['will not start for some days', 'will not start deploying for some days']},
    usage: {
      ja: '元の文書の「X 日間」には日数が入っておらず、開始が何か月も先のお客様も含むので、「数日後まで」とは書きません。',
      en: 'The source’s “X days” never got its number, and the status covers starts months away, so never “for some days”.',
    },
  },
  {
    id: 'the-customer-itself',
    concept: {ja: 'お客様の会社自身 (個人ではない)', en: 'the customer company itself'},
    preferred: {ja: 'お客様自身', en: 'the customer itself'},
    variants: {ja: ['お客様ご本人'], en: []},
  },
] as const satisfies readonly Term[];
