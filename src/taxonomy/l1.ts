import type {L1Data} from './types';

/**
 * The five L1 statuses, in the seed's order. Their ids are permanent URL segments (`/{id}`).
 * Japanese names and summaries are the seed's (see `seed/`); English is our rendering.
 */
export const l1Statuses = [
  {
    id: 'status-unknown',
    origin: 'seed',
    name: {ja: 'ステータス不明', en: 'Status Unknown'},
    summary: {
      ja: 'お客様に対して、適格なサービス利用資格の意図を判断するための連絡が正常になされていません。',
      en: 'No successful contact has yet been made with the customer to find out their intent for the eligible service entitlements.',
    },
  },
  {
    id: 'in-progress',
    origin: 'seed',
    name: {ja: '進行中', en: 'In Progress'},
    summary: {
      ja: 'お客様は、エンゲージメント シナリオに関係なく、意図を宣言し、サービスを展開または採用しています。これには、長期間実行しているお客様、またはしばらくは展開を始める予定のないお客様が含まれます。すべての進行中の利用資格に有効な目標日を設定してください。以下の目標日の L2 定義を参照してください。',
      en: 'Whatever the engagement scenario, the customer has declared intent and is deploying or adopting the service. This includes long-running customers and customers who will not start deploying for a while. Set a valid target date on every In Progress entitlement; see the L2 definitions below for target dates.',
    },
    partnerStep: {
      ja: 'お客様がパートナーと展開を進める場合は、その体制を FM にお伝えください。FM がエンゲージメント シナリオ (パートナー主導) として記録します。進行中にするには、お客様が使うと表明していることが必要です。お客様から FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通じて伝わっていれば足ります。お客様からこのワークロードの展開を任されたことを FM にお伝えいただき、キックオフや DIBS の確認を FM と一緒に進めていただく場合も同じです。',
      en: 'If the customer deploys with you, tell the FM: the FM records it as the engagement scenario (partner-led). For In Progress, the customer must have said it will use the service, to the FM directly or through a partner that has taken on the FastTrack engagement for this workload. Telling the FM that the customer has given you this workload’s deployment, and agreeing the kickoff and the DIBS with the FM, is enough.',
    },
    corrections: [
      {
        kind: 'placeholder',
        original: 'または X 日間展開を計画していないお客様',
        corrected: 'またはしばらくは展開を始める予定のないお客様',
        inEnglish: {original: '“customers who do not plan to deploy for X days”', corrected: '“customers who will not start deploying for a while”'},
        reason: {
          ja: '元の文書の「X 日間」は、日数が入らないまま残った仮の記載でした。プレイブックの意味 (しばらくは展開を始めないお客様) に合わせ、「しばらくは」としました。',
          en: 'The seed’s “X days” was a placeholder that never got its number; it now says what the playbook means: customers who will not start deploying for a while.',
        },
        date: '2026-12-01',
      },
    ],
  },
  {
    id: 'no-intent',
    origin: 'seed',
    name: {ja: '意思なし', en: 'No Intent'},
    summary: {
      ja: 'お客様は、いつでもサービスを展開する意図を持っていません。',
      en: 'The customer has no intent to deploy the service, now or at any later time.',
    },
    partnerStep: {
      ja: 'このステータスには、お客様自身の表明が必要です。パートナーが推測で判断するものではありません。',
      en: 'This status needs the customer’s own statement; it is never a partner’s guess.',
    },
  },
  {
    id: 'blocked',
    origin: 'seed',
    name: {ja: 'ブロック', en: 'Blocked'},
    summary: {
      ja: 'お客様にワークロードを使用する意思がありますが、アカウントまたはエンジニアリング チームのサポートを得て削除する必要があるいくつかのブロックの問題があります。',
      en: 'The customer intends to use the workload, but there are blocking issues that must be removed with the help of the Account or Engineering team.',
    },
    // Decided 2026-12-02 (rule work-stopped): a planned step on schedule (in time for the planned start) is In Progress.
    forEveryChild: {
      text: {
        ja: 'ブロックの L2 を選ぶのは、作業に必要なものが欠けている、計画に入っていない、予定の開始に間に合わない、否決された、または行き詰まっている場合と、作業そのものに必要で、お客様が自社の計画や調達では得られないものを待っている場合 (日付が発表されていても同じです。ブロック解除の見込み日は用語集の「目標日」を参照) と、計画していた作業をある出来事が終わるまでお客様が止めている場合に限ります。お客様自身の計画にある手順 (予算サイクル、調達、自社のワークロードの順序、予定した修正やトレーニング、お客様が使っているアプリの開始前のテストや作り直し、定例の変更の凍結) が予定どおり進んでいるなら、進行中です。お客様が自社の調達で発注したもの (PC の納品、回線の開通、SI の作業など) も、お客様自身の計画にある手順で、予定どおり進んでいるなら進行中です。お客様が最初の計画で、作業そのものには必要のない出来事や他の組織 (本社、県、他の省庁など) の移行の後に開始を置いた場合も進行中です。アプリの開発元が全顧客向けに出す対応版は、お客様が自社の計画や調達では得られないものです。対応版が出るまでは、日付が発表されていても、その導入を開発元に発注していてもブロック (アプリの互換性) で、出る予定の日がブロック解除の見込み日です。出た後のその導入と、お客様が使っているアプリ (パッケージ製品を含みます) について開発元、SI、パートナーに発注した作り直し、カスタマイズ、バージョンアップは、お客様が発注した作業で、予定の開始に間に合うなら進行中、予定の開始に間に合わないか行き詰まればブロックです。開始日がずれた場合や、その出来事や移行が遅れた場合は、進行中とブロックの見分け方で選びます (自社の計画や調達では得られないものの例と、「予定どおり」と「遅れ」の意味も、そこに書いています)。',
        en: 'A Blocked L2 applies only when something the work needs is missing, not planned, late for the planned start, refused or stuck; when the work waits for what it itself needs and the customer cannot get through its own plan or procurement (even when a date has been announced; for the projected unblock date, see the glossary’s Target date); or when the customer has halted planned work until an event is over. The customer’s own planned steps (its budget cycle, its procurement, its own order of workloads, its planned remediation or training, testing or reworking the apps it uses before the start, a standing freeze) on schedule are In Progress. What the customer has ordered through its own procurement (PCs, lines, a systems integrator’s work) is a step of its own plan: In Progress while it is delivered or done on schedule. So is a first start the customer has chosen to put after an event or a move by another organization (its head office, a prefecture, another ministry) that the work itself does not need. A compatible version that an app’s vendor releases for all its customers is something the customer cannot get through its own plan or procurement: until it is released, the wait is Blocked (App Compatibility), even with an announced date and even when the customer has ordered the vendor to install it, and the release date is the projected unblock date. Once it is out, installing it, and any rebuild, customization or version-up that the customer has ordered from the vendor, a systems integrator or a partner for its copy of an app (packaged apps included), is work the customer has ordered: In Progress while in time for the planned start, Blocked once it is late for the planned start or stuck. For a start that has moved, or an event or move that has slipped, decide by how to tell In Progress from Blocked, which also gives examples of what the customer cannot get through its own plan or procurement and says what on schedule and late mean.',
      },
      rule: 'work-stopped',
    },
    corrections: [
      {
        kind: 'typo',
        original: '意思があますが',
        corrected: '意思がありますが',
        inEnglish: {original: '“intends (mistyped)”', corrected: '“intends, but”'},
        reason: {
          ja: '誤字 (「あります」の「り」が抜けていました)。',
          en: 'Typo: a syllable was missing from the verb (“ari-masu”, meaning “has”).',
        },
        date: '2026-11-25',
      },
    ],
  },
  {
    id: 'duplicate-invalid',
    origin: 'seed',
    name: {ja: '重複/無効', en: 'Duplicate/Invalid'},
    summary: {
      ja: 'この L1 ステータスは、テナントが重複または無効な場合に、そのテナントの利用資格をすべての FastTrack Center (FTC) レポートから除外するために使用します。その場合は、テナントのすべてのサービス利用資格をこのステータスに設定する必要があります。このステータスは、Exchange を使用せずに Microsoft 365 Apps (旧称 Office ProPlus) および Outlook Mobile を使用するテナントの Outlook Mobile の利用資格を分類するためにも使用できます。',
      en: 'Use this L1 status when a tenant is a duplicate or invalid, to remove its entitlements from every FastTrack Center (FTC) report; set all of the tenant’s service entitlements to this status. It can also be used to classify the Outlook Mobile entitlements of tenants that use Microsoft 365 Apps (formerly Office ProPlus) and Outlook Mobile without Exchange.',
    },
    corrections: [
      {
        kind: 'meaning',
        original: 'この L1 ステータスは、すべてのサービス利用資格をこのステータスに設定する必要があるすべての FastTrack Center (FTC) レポートから利用資格を削除するために、テナントが重複または無効な場合に使用する必要があります。',
        corrected: 'この L1 ステータスは、テナントが重複または無効な場合に、そのテナントの利用資格をすべての FastTrack Center (FTC) レポートから除外するために使用します。その場合は、テナントのすべてのサービス利用資格をこのステータスに設定する必要があります。',
        inEnglish: {original: '“Use this L1 status when a tenant is duplicate or invalid, to remove entitlements from all FTC reports that need every service entitlement set to this status.”', corrected: '“Use this L1 status when a tenant is duplicate or invalid, to remove its entitlements from all FTC reports; all of the tenant’s service entitlements must then be set to this status.”'},
        reason: {
          ja: '原文では「すべてのサービス利用資格をこのステータスに設定する必要がある」がレポートにかかっており、設定が必要なのはレポートであるように読めました。英語原文のとおり、テナントのすべての利用資格をこのステータスにする、という意味に直しました。',
          en: 'In the original, “that need all service entitlements set to this status” described the reports; as in the English original, it is the tenant’s entitlements that are all set to this status.',
        },
        date: '2026-12-01',
      },
      {
        kind: 'rename',
        original: 'Office ProPlus',
        corrected: 'Microsoft 365 Apps (旧称 Office ProPlus)',
        inEnglish: {original: 'Office ProPlus', corrected: 'Microsoft 365 Apps (formerly Office ProPlus)'},
        reason: {
          ja: '製品名の変更。Office ProPlus は 2020 年に Microsoft 365 Apps に名称が変わりました。',
          en: 'Product rename: Office ProPlus became Microsoft 365 Apps in 2020.',
        },
        date: '2026-11-25',
      },
    ],
  },
] as const satisfies readonly L1Data[];

export type L1Id = (typeof l1Statuses)[number]['id'];
