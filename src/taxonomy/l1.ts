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
    keywords: {
      ja: ['意向不明', '意図不明', '未接触', '連絡待ち', 'ステータス未確定', 'ステータス不明', '意向未確認', '意向がわからない', '意向が分からない', '意向確認中', '意向確認待ち', '意思が確認できていない', '使うかどうか不明', '使うかわからない', 'まだ話せていない', 'お客様と話せていない', '未ヒアリング', 'ヒアリング前', '初回連絡前', '初回コンタクト', '連絡を試みている', 'デューディリジェンス', '状況不明', '利用意向の確認', 'まだ聞けていない', 'ヒアリングできていない', '意向が読めない', '温度感がわからない', '使う気があるか不明', 'ステータス未設定', 'まだ確認していない', 'まだ話せてない', 'まだ聞けてない', '意向確認できてない', 'ヒアリングできてない', 'コンタクトできてない', 'まだ連絡してない', '使うか分からない', '意向未定', 'ファーストコンタクト前', '初回接触前', 'コンタクト未実施', 'アポが取れていない', '意向ヒアリング前', 'ステータス未入力', '意向を聞けなかった'],
      en: ['unknown', 'intent unknown', 'not contacted', 'no contact yet', 'undetermined', 'status unknown', 'intent not confirmed', 'unclear intent', 'intent not known', 'not yet contacted', 'not yet asked', 'no conversation yet', 'awaiting contact', 'pending contact', 'first contact', 'initial outreach', 'intent check', 'unconfirmed intent', 'no successful contact', 'due diligence', 'trying to reach customer', "don't know if they will deploy", "haven't talked to them yet", 'TBD', 'intent TBD', 'not sure if they will use it', 'no contact made', 'status not set', "haven't reached the customer", 'not yet reached', 'yet to contact', 'yet to speak with customer', 'never spoken to customer', 'intent unclear', 'unknown intent', 'intent pending', 'awaiting intent', 'intent not gathered', 'could not gather intent', 'status TBC', 'TBC', 'no discussion yet', 'unknown status', 'no successful outreach'],
    },
  },
  {
    id: 'in-progress',
    origin: 'seed',
    name: {ja: '進行中', en: 'In Progress'},
    summary: {
      ja: 'お客様は、エンゲージメント シナリオに関係なく、意図を宣言し、サービスを展開または採用しています。これには、長期間実行しているお客様、または X 日間展開を計画していないお客様が含まれます。すべての進行中の利用資格に有効な目標日を設定してください。以下の目標日の L2 定義を参照してください。',
      en: 'Whatever the engagement scenario, the customer has declared intent and is deploying or adopting the service. This includes long-running customers and customers who do not plan to deploy for X days. Set a valid target date on every In Progress entitlement; see the L2 definitions below for target dates.',
    },
    keywords: {
      ja: ['展開中', '導入中', '対応中', '進捗', '目標日', 'エンゲージメント開始日', '進行中', '順調', '進めている', '実施中', '推進中', '利用意向あり', '使う意思あり', '意向表明済み', '自社展開', 'お客様主導', 'パートナー主導', 'FastTrack の支援を断った', '支援は不要だが使う', 'オンボーディング中', '着手予定', '別のワークロードを優先中', '長期案件', 'DIBS', '目標日の設定', 'Initiate', 'キックオフ予定', 'パイロット中', '試験導入', 'スモールスタート', '進んでいる', '動いている', '着々と進行', '導入決定', '導入が決まった', '使う気あり', 'ゴーライブ', 'スケジュール通り', '進めてる', '動いてる', '順調に進んでる', '使うって言ってる', '使う予定あり', 'デプロイ中', 'ロールアウト中', '展開を進めている', '導入進行中', '着手済み', 'FTC の支援なしで展開', '自社でやる', 'ゴーサイン', 'ゴーサインが出た', 'ターゲットデート', '目標日設定済み', 'イニシエート'],
      en: ['deploying', 'underway', 'active deployment', 'progress', 'target date', 'engagement start date', 'in progress', 'on track', 'moving ahead', 'declared intent', 'customer-led', 'partner-led', 'self-deploying', 'declined FastTrack help', 'deploying without FastTrack', 'will deploy later', 'onboarding underway', 'pilot', 'trial rollout', 'Initiate', 'kickoff scheduled', 'DIBS', 'long-running', 'adopting', 'rollout', 'implementation underway', 'go-live', 'go live', 'WIP', 'work in progress', 'ongoing', 'customer committed', 'green light', 'decided to deploy', 'in flight', 'moving forward', 'rolling out', 'deployment in progress', 'intent declared', 'committed to deploy', 'proceeding', 'progressing', 'going ahead', 'go-ahead', 'on schedule', 'kicked off', 'target date set', 'DIY deployment', 'doing it themselves', 'self-led', 'engagement start'],
    },
  },
  {
    id: 'no-intent',
    origin: 'seed',
    name: {ja: '意思なし', en: 'No Intent'},
    summary: {
      ja: 'お客様は、いつでもサービスを展開する意図を持っていません。',
      en: 'The customer has no intent to deploy the service, now or at any later time.',
    },
    keywords: {
      ja: ['利用予定なし', '導入しない', '見送り', '不採用', '利用意向なし', '展開しない', '意思なし', '意向なし', '利用意思なし', '使わない', '使う予定はない', '今後も使わない', '利用しない', '展開予定なし', '導入見送り', '採用しない', 'サービスは必要ない', '使う気がない', 'このサービスは不要', 'いらないと言われた', '興味がない', '関心がない', '導入を断られた', '利用を断念', '検討対象外', 'お客様が使わないと表明', '要らない', '不要と言われた', 'やらないことになった', 'お断りされた', '見送り確定', 'やめておく', '導入中止', '使う気ゼロ', '使わないそうです', '使う気ない', '興味なし', '関心なし', '導入しないことに決定', '意思の撤回', '意向撤回', '撤回', '採用見送り', 'このワークロードは使わない', '意向なしと回答', '今後も不要'],
      en: ['not interested', 'declined', 'will not deploy', 'no plans', 'no intention', 'not using', 'no intent', 'not going to use', 'service not needed', "won't use", 'no plans to deploy', "don't need the service", 'rejected', 'turned down the service', 'opted out', 'no interest', 'customer declined the service', 'never going to use', 'passed on', "don't want it", 'said no', 'customer said no', 'not pursuing', 'no-go decision', 'will never use', 'no need for it', 'no appetite', 'withdrew intent', 'intent withdrawn', 'declared no intent', 'no longer interested', 'walked away', 'closed lost', 'will not adopt', 'not planning to use', 'customer declined to use', 'not wanted', 'never deploy'],
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
    keywords: {
      ja: ['阻害要因', 'ブロッカー', '保留', '停滞', '障壁', '課題', '阻害', 'ブロック', 'ブロックされている', '止まっている', '進まない', '進められない', '先に進めない', '足止め', '詰まっている', 'ボトルネック', '展開が止まっている', '一時停止', '中断', '頓挫', '使いたいが使えない', '使う意思はあるが進まない', 'ブロック解除', 'ブロック解除の見込み日', 'エスカレーション', 'アカウントチームの支援', 'エンジニアリングチームの支援', '詰んでいる', '手詰まり', 'ストップしている', '止まってる', '塩漬け', 'ペンディング', '保留中', '宙に浮いている', '暗礁に乗り上げた', 'ブロック中', 'ブロックされてる', '進められてない', '足踏み', '膠着', '膠着状態', 'ネックになっている', '壁にぶつかった', 'ハードルがある', 'ブロック解除待ち', 'アンブロック', 'エスカレ', 'やりたいけどできない', 'オンホールド', 'プロジェクト凍結'],
      en: ['blocker', 'on hold', 'stalled', 'impediment', 'obstacle', 'stuck', 'blocked', 'blocking issue', "can't proceed", 'cannot move forward', 'held up', 'paused', 'roadblock', 'bottleneck', 'showstopper', 'escalation', 'unblock', 'projected unblock date', 'account team help', 'engineering team help', "wants to deploy but can't", 'delayed', 'halted', 'on-hold', 'blocked by', 'hit a wall', 'hit a snag', 'pending resolution', 'frozen project', "can't move on", 'blockage', 'blocked on', "can't deploy", 'unable to deploy', 'cannot deploy', 'deployment blocked', 'deployment stalled', 'on ice', 'impasse', 'deadlock', 'needs escalation', 'escalate to account team', 'unblock date', 'blocked until', 'hurdle', 'barrier', 'sticking point', 'gating issue'],
    },
    corrections: [
      {
        kind: 'typo',
        original: '意思があますが',
        corrected: '意思がありますが',
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
      ja: 'この L1 ステータスは、すべてのサービス利用資格をこのステータスに設定する必要があるすべての FastTrack Center (FTC) レポートから利用資格を削除するために、テナントが重複または無効な場合に使用する必要があります。このステータスは、Exchange を使用せずに Microsoft 365 Apps (旧称 Office ProPlus) および Outlook Mobile を使用するテナントの Outlook Mobile の利用資格を分類するためにも使用できます。',
      en: 'Use this L1 status when a tenant is a duplicate or invalid, to remove its entitlements from every FastTrack Center (FTC) report; set all of the tenant’s service entitlements to this status. It can also be used to classify the Outlook Mobile entitlements of tenants that use Microsoft 365 Apps (formerly Office ProPlus) and Outlook Mobile without Exchange.',
    },
    keywords: {
      ja: ['重複テナント', '無効なテナント', 'テスト テナント', '不正テナント', 'レポートから除外', 'Outlook Mobile', '二重計上', '重複', '無効', '重複登録', 'テナントの重複', '二重登録', '二重カウント', 'ライセンスの二重計上', 'テスト用テナント', '検証用テナント', '開発用テナント', 'デモテナント', '使われないテナント', '廃止テナント', '解約済み', 'サブスクリプション解約', '不正利用', 'フラグ付きテナント', '買収された会社のテナント', 'ライセンス移管済みのテナント', '移管元テナント', '利用資格の過大計上', '集計の食い違い', 'レポートの不一致', 'ViewPoint', 'Lynx', 'Exchange なしの Outlook Mobile', 'レポート対象外', 'ダブり', 'ダブっている', 'テナントがダブっている', 'トライアルテナント', 'お試しテナント', '不要テナント', '削除予定のテナント', 'アウトルックモバイル', 'Outlook モバイル', '検証環境', 'ビューポイント', 'リンクス', 'FTOP と ViewPoint の不一致', 'ライセンス数の食い違い', 'Office ProPlus と Outlook Mobile', 'サンドボックス', 'PoC テナント', '幽霊テナント', '野良テナント', '重複計上', 'フラウド', '使わなくなった旧テナント', '集計対象外', 'オーバーカウント', 'バンドルライセンスの重複'],
      en: ['duplicate tenant', 'invalid tenant', 'test tenant', 'fraudulent tenant', 'remove from reports', 'Outlook Mobile', 'double-counted licenses', 'duplicate', 'invalid', 'duplicate entitlement', 'double counted', 'dev tenant', 'demo tenant', 'unused tenant', 'retired tenant', 'decommissioned tenant', 'cancelled subscription', 'canceled subscription', 'fraud', 'flagged as fraud', 'acquired company tenant', 'donor tenant', 'licenses moved to another tenant', 'entitlement overage', 'reporting mismatch', 'ViewPoint', 'Lynx', 'exclude from reporting', 'Outlook Mobile without Exchange', 'dupe', 'dup tenant', 'duplicated tenant', 'trial tenant', 'sandbox tenant', 'lab tenant', 'POC tenant', 'tenant to be deleted', 'duplicate entry', 'duplicate record', 'ghost tenant', 'shadow tenant', 'viral tenant', 'rogue tenant', 'old tenant no longer used', 'overcount', 'over-counted', 'should not be counted', 'Office ProPlus and Outlook Mobile', 'split entitlement', 'bundled licence duplicate', 'invalid entitlement', 'not a real tenant', 'test-only tenant', 'fake tenant', 'FTOP ViewPoint mismatch', 'license count mismatch'],
    },
    corrections: [
      {
        kind: 'rename',
        original: 'Office ProPlus',
        corrected: 'Microsoft 365 Apps (旧称 Office ProPlus)',
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
