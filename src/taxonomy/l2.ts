import type {L1Id} from './l1';
import type {L2Data} from './types';

const corrected = '2026-11-25' as const;

/**
 * The L2 statuses: the seed's, in the seed's order, then those added later. `parent` must be an L1 id (compile error
 * otherwise); `id` is the seed's page name without `l1l2l3-{parent}-` and `-jp`, and is a
 * permanent URL segment (`/{parent}/{id}`).
 */
export const l2Statuses = [
  // ---- ステータス不明 / Status Unknown ----
  {
    id: 'customer-unresponsive',
    parent: 'status-unknown',
    legacyPage: 'l1l2l3-status-unknown-customer-unresponsive-jp',
    origin: 'seed',
    name: {ja: 'お客様の無反応', en: 'Customer Unresponsive'},
    summary: {
      ja: '最初のデューディリジェンスとして連絡を試みた (さまざまなチャネルを通じて複数回連絡した) にもかかわらず、お客様 (およびパートナー) から反応がありません。意図が不明です。',
      en: 'Despite initial due diligence (several contact attempts through different channels), neither the customer nor the partner responds. Their intent is unknown.',
    },
    keywords: {
      ja: ['顧客無反応', '連絡が取れない', '応答なし', '音信不通', '返信がない', '連絡不通', '意向不明', '再三の連絡', '接触不可', 'フォロー不達', '担当者不明', '連絡がつかない', '連絡がとれない', '返事が来ない', '返事がない', '反応がない', '応答がない', '無反応', '既読にならない', '既読スルー', '電話に出ない', '電話がつながらない', 'メールの返信がない', '担当者あてのメールが届かない', '連絡メールが不達', '宛先不明', '窓口不明', '何度連絡しても', '催促しても返事がない', '連絡が途絶えた', '途中から連絡が途絶えた', '音沙汰なし', 'なしのつぶて', 'お客様もパートナーも反応なし', 'デューディリジェンス', '梨のつぶて', '既読無視', 'スルーされている', 'レスがない', '返信なし', 'つかまらない', '連絡つかず', 'メールが戻ってくる', '留守電', 'ノーレス', 'ノーレスポンス', 'レスなし', '未返信', '返信来ない', '連絡取れない', '折り返しがない', '折り返しが来ない', 'フェードアウト', '未読スルー', '電話も繋がらない', 'メールも電話も反応なし', '複数回連絡', '複数の手段で連絡', 'リマインドしても返事がない', '追いかけても返事がない', 'ずっと無視されてる', 'バウンス', 'メールがバウンスする', '連絡先不明', '連絡先が古い', '窓口がわからない', 'キックオフの案内に返事がない'],
      en: ['unresponsive customer', 'no response', 'cannot reach customer', 'lost contact', 'customer went silent', 'unreachable', 'no reply', 'follow-up attempts', 'outreach failed', 'ghosting', 'intent unknown', 'contact attempts', 'not responding', 'not replying', 'no answer', 'no callback', 'unanswered emails', 'unanswered calls', 'contact email bounced', 'ignoring emails', 'went dark', 'radio silence', 'silent customer', 'stopped responding', 'never responded', 'left on read', 'chasing the customer', 'no point of contact', 'contact unknown', 'multiple channels', 'due diligence', 'neither customer nor partner responds', 'bounced email', 'e-mail bounced', "can't get hold of the customer", 'customer MIA', 'no reply to e-mails', 'voicemail only', 'customer not picking up', 'crickets from customer', 'no response from customer', 'customer not answering', 'customer unresponsive', 'non-responsive customer', 'no reply from customer', 'no feedback from customer', 'calls not returned', 'emails ignored', 'chased multiple times', 'no response after follow-ups', 'tried email and phone', 'outdated contact details', 'no valid contact', 'went quiet', 'gone quiet', 'customer ghosted us', 'unable to reach customer', 'unable to contact', 'silent from the start', 'ignored kickoff invite', 'faded out'],
    },
    corrections: [
      {
        kind: 'meaning',
        original: 'お客様 (およびパートナー) が、最初のデューディリジェンス後に連絡を試みず (さまざまなチャネルを通じた連絡を複数回行う)、反応がありません。',
        corrected: '最初のデューディリジェンスとして連絡を試みた (さまざまなチャネルを通じて複数回連絡した) にもかかわらず、お客様 (およびパートナー) から反応がありません。',
        reason: {
          ja: '原文は「連絡を試みていない」と読めますが、このステータスは複数のチャネルで何度も連絡したのに反応がない場合に使います。',
          en: 'The original read as if no contact had been attempted; the status is for customers who do not reply after several attempts over different channels.',
        },
        date: corrected,
      },
    ],
  },
  {
    id: 'new-subscription-or-workload',
    parent: 'status-unknown',
    legacyPage: 'l1l2l3-status-unknown-new-subscription-or-workload-jp',
    origin: 'seed',
    name: {ja: '新しいサブスクリプションまたはワークロード', en: 'New Subscription or Workload'},
    summary: {
      ja: '現在、特定のサブスクリプションまたはワークロードのお客様の意図が不明です。お客様は新しいサブスクリプションを購入している可能性があります。または、ワークロードがサブスクリプションに追加されています。',
      en: 'The customer’s intent for a specific subscription or workload is currently unknown. The customer may have bought a new subscription, or a workload has been added to a subscription.',
    },
    keywords: {
      ja: ['新規サブスクリプション', '新規ワークロード', 'ライセンス追加購入', '新規テナント', '利用資格の追加', '意向未確認', '対象範囲の拡大', '新規契約', '追加ライセンス', 'アップセル', '新規受付', '新しいライセンスを買った', 'ライセンスを買ったばかり', '購入したばかり', '新しく購入したライセンス', '新しいサブスクリプション', 'サブスクリプション追加', 'ワークロード追加', '新しいワークロード', '新しい利用資格', '利用資格が届いた', '利用資格が追加された', 'FastTrack 対象範囲の拡大', '自動で追加', '自動追加', '新規のお客様', 'FastTrack 初利用', 'まだ意向を聞いていない', 'まだ誰も話していない', 'EMS を追加購入', 'シート数が少ない', '支援の条件に満たない', 'パートナーから支援不要と言われた', 'ライセンス買い足し', '買い足したばかり', '増席したばかり', '新しいサブスク', 'サブスク追加', '新規購入', 'テナントが新しく作られた', '買ったばっか', '追加で買った', '追加購入したばかり', 'まだ聞いてない', 'まだ誰も話してない', 'ライセンスが増えた', '利用資格が増えた', 'エンタイトルメント追加', 'エンタイトルメントが届いた', 'EMS 追加', 'SKU が追加された', 'クロスセル', 'インテーク', '受付状態', 'DIBS 未取得', 'FastTrack の最低シート数未満'],
      en: ['new subscription', 'new workload', 'new license purchase', 'added entitlements', 'new tenant', 'scope expansion', 'newly eligible', 'intent not captured', 'upsell', 'new SKU', 'intake', 'gateway', 'just purchased', 'newly purchased licenses', 'bought new licenses', 'new entitlement', 'entitlement added', 'workload added', 'new service added', 'FastTrack scope expanded', 'automatically added', 'new customer', 'first-time FastTrack customer', 'nobody has asked yet', 'intent not yet captured', 'fresh entitlements', 'EMS purchase', 'too few seats', 'below seat threshold', 'partner says no FastTrack help needed', 'new sub', 'just bought licences', 'new licence purchase', 'new M365 subscription', 'new O365 subscription', 'recently purchased', 'just signed up', 'new licenses', 'new licences', 'additional licenses purchased', 'bought more licenses', 'just bought more seats', 'new workload added', 'new entitlements arrived', 'entitlements just landed', 'new purchase', 'fresh purchase', 'bought EMS', 'cross-sell', 'not asked yet', "haven't asked about intent", 'new to FastTrack', 'new FastTrack customer', 'too few licenses to qualify', 'auto-added', 'subscription added', 'intake stage'],
    },
    notes: [
      {
        kind: 'automation',
        text: {
          ja: '自動化: FastTrack 対象内のすべての新しいサービス利用資格が追加されます。',
          en: 'Automation: every new service entitlement in FastTrack scope is added here.',
        },
      },
    ],
  },
  // ---- 進行中 / In Progress ----
  {
    id: 'technical-onboarding-deployment',
    parent: 'in-progress',
    legacyPage: 'l1l2l3-in-progress-technical-onboarding-deployment-jp',
    origin: 'seed',
    name: {ja: '技術的なオンボーディングと展開', en: 'Technical Onboarding and Deployment'},
    summary: {
      ja: '使用する準備のために、インフラストラクチャおよびワークロードを設定します。ワークロードが使用可能な場合は終了します。',
      en: 'The infrastructure and workload are being set up so that they can be used. This ends once the workload is usable.',
    },
    keywords: {
      ja: ['技術オンボーディング', '展開', '導入作業', '初期設定', '環境構築', 'キックオフ', '事前準備', '技術支援', 'パイロット', 'ディレクトリ同期', '構成作業', 'ロールアウト計画', '評価', 'オンボーディング', 'テナント設定', 'テナント構築', '設定作業', 'セットアップ', '初期構築', '構築中', '設定中', 'ドメイン設定', 'Initiate ミーティング', 'キックオフ済み', '技術評価', 'サクセスアセスメント', 'アセスメント', '展開計画', '導入計画', 'サービスの有効化', '使える状態にする', 'ハイブリッド構成の準備中', 'FastTrack の支援で展開', 'FTP と展開', 'パートナーと展開', '自社で展開', 'インチューンの設定', 'Intune の展開', 'チームズ展開', 'Teams 展開', 'DNS 設定', 'ドメイン追加', '環境づくり', 'テナント開設', '立ち上げ中', '導入準備中', '構築してる', '設定してる', 'セットアップ中', 'まだ使える状態じゃない', 'キックオフ終わった', 'キックオフ後', 'アセスメント完了', 'イニシエートミーティング', 'デプロイ作業', 'イネーブルメント', 'プロビジョニング', 'コンフィグ作業', 'Entra Connect の構築', 'AAD Connect 構築', 'ハイブリッド構築', 'テナント作成', 'ドメイン検証', '独自ドメインの追加', 'パートナーが構築中', '環境構築中'],
      en: ['onboarding', 'deployment', 'setup', 'configuration', 'kickoff', 'remediation', 'technical enablement', 'tenant setup', 'directory sync', 'pilot', 'assessment', 'rollout planning', 'identity setup', 'technical onboarding', 'initial setup', 'environment setup', 'tenant configuration', 'enablement', 'service enablement', 'Initiate meeting', 'kickoff done', 'success assessment', 'technical assessment', 'deployment plan', 'not yet usable', 'workload not ready', 'domain setup', 'hybrid setup in progress', 'configuring', 'build-out', 'prerequisites', 'FastTrack-assisted deployment', 'deploy with partner', 'deploy on their own', 'set-up', 'Intune rollout', 'Teams rollout', 'DNS setup', 'add domain', 'tenant provisioning', 'provisioning', 'config work', 'standing up the tenant', 'setting up', 'configuring tenant', 'tenant build', 'AAD Connect setup', 'Entra Connect setup', 'hybrid configuration', 'HCW', 'domain verification', 'DNS records', 'enabling the service', 'turning on the service', 'kickoff complete', 'post-kickoff', 'assessment complete', 'onboarding in progress', 'onboarding phase', 'tech onboarding', 'FTC-assisted', 'deploying with FastTrack'],
    },
  },
  {
    id: 'migration',
    parent: 'in-progress',
    legacyPage: 'l1l2l3-in-progress-migration-jp',
    origin: 'seed',
    name: {ja: '移行', en: 'Migration'},
    summary: {
      ja: 'ワークロードが使用できる状態になり、必要な移行 (データ、アプリケーション、仮想マシンなど) が発生しています。',
      en: 'The workload is ready for use and the required migration (data, applications, virtual machines and so on) is under way.',
    },
    keywords: {
      ja: ['データ移行', 'メールボックス移行', 'ファイルサーバー移行', 'SharePoint 移行', 'クラウド移行', '切り替え', 'カットオーバー', '段階移行', '仮想マシン移行', 'ハイブリッド移行', '移行', '移行中', '移行作業', 'データを移している', 'メール移行', 'Exchange 移行', 'Exchange Online への移行', 'メールボックスの移動', 'PST 移行', 'ファイル移行', '共有フォルダー移行', 'ファイル共有の移行', 'OneDrive への移行', 'Box からの移行', 'Gmail からの移行', 'Google ドライブからの移行', 'オンプレミスからの移行', 'SharePoint Migration Tool', 'Mover', '移行バッチ', 'アプリケーション移行', '業務アプリの移行', 'Azure 移行', 'サーバー移行', 'リフト&シフト', '移行スケジュール', '引っ越し', '乗り換え作業', '移し替え', 'メール切り替え', 'MX 切り替え', 'シェアポイント移行', 'エクスチェンジ移行', 'ワンドライブへの移行', 'グーグルからの移行', 'マイグレーション', 'マイグレ', '移行してる', 'データ移してる', 'オンプレからの移行', 'ジーメールからの移行', 'ボックスからの移行', 'Dropbox からの移行', 'ドロップボックスからの移行', 'スラックからの移行', 'アジュール移行', 'SPMT', 'ムーバー', 'Migration Manager', 'MigrationWiz', 'ShareGate', 'VM 移行', 'Azure Migrate', 'NAS からの移行', 'IMAP 移行', 'リフトアンドシフト', '移行フェーズ'],
      en: ['data migration', 'mailbox migration', 'file share migration', 'SharePoint migration', 'cutover', 'move to cloud', 'VM migration', 'application migration', 'staged migration', 'hybrid migration', 'tenant-to-tenant', 'migration', 'migrating', 'moving data', 'mail migration', 'Exchange migration', 'Exchange Online migration', 'move mailboxes', 'PST import', 'file server migration', 'move files to OneDrive', 'Box to OneDrive', 'Google Drive migration', 'G Suite migration', 'Gmail migration', 'migrate from on-premises', 'SharePoint Migration Tool', 'SPMT', 'Mover', 'migration batch', 'lift and shift', 'Azure migration', 'server migration', 'migration schedule', 'moving mailboxes', 'move to M365', 'move to O365', 'Gmail to Exchange Online', 'MX cutover', 'switch over', 'moving off Google', 'file server to SharePoint', 'onprem migration', 'Dropbox migration', 'migrating mailboxes', 'mailbox moves', 'email migration', 'moving email', 'moving files', 'file migration', 'content migration', 'IMAP migration', 'cutover migration', 'hybrid mailbox move', 'migration wave', 'migration phase', 'MigrationWiz', 'BitTitan', 'ShareGate', 'Migration Manager', 'Azure Migrate', 'NAS migration', 'moving VMs', 'Dropbox to OneDrive', 'Slack to Teams migration', 'PST migration'],
    },
  },
  {
    id: 'solution-or-user-adoption',
    parent: 'in-progress',
    legacyPage: 'l1l2l3-in-progress-solution-or-user-adoption-jp',
    origin: 'seed',
    name: {ja: 'ソリューションまたはユーザー導入', en: 'Solution or User Adoption'},
    summary: {
      ja: 'ワークロードが使用できる状態になり、導入と使用 (ユーザーあたり) の推進に焦点を当てているか、ソリューションが実稼働に移行し、(Azure)の消費を拡大しています。ワークロードが使用可能になった後、実施します。',
      en: 'The workload is ready for use and the focus is on driving adoption and usage (per user), or the solution has gone into production and (Azure) consumption is growing. This comes after the workload is usable.',
    },
    keywords: {
      ja: ['利用促進', 'ユーザー定着', '活用促進', 'アクティブ利用率', '利用状況', '消費拡大', '定着化', 'チャンピオン', '利用率向上', '本番展開後', '利用率が低い', 'アクティブユーザーが少ない', '利用率 10% 未満', 'アクティブユーザー数', '月間アクティブユーザー', 'MAU', '利用状況レポート', '使用状況レポート', 'Adoption Score', '利用拡大', '社内浸透', 'ユーザーアダプション', 'アダプション推進', 'Teams の活用', '全社配布後', '移行完了後', '展開完了後', '本番稼働', '本番稼働後', 'Azure 消費', 'Azure 利用拡大', '消費量', '使われていない', 'あまり使われていない', '定着しない', '利用が伸びない', '入れただけで使われていない', '宝の持ち腐れ', '利用率アップ', 'チームズの活用', 'シェアポイントの活用', '使われてない', 'みんな使ってない', '入れたけど使ってない', 'アクティブ率', 'アクティブ率が低い', '使用率', '使用率向上', '利活用', '利活用促進', '活用推進', 'アダプションスコア', 'Productivity Score', 'プロダクティビティスコア', 'アウトルックの活用', 'アジュール消費', 'Azure の消費を伸ばす', 'ACR', '本番運用中', '運用フェーズ', 'Teams 定着化', 'M365 Apps の利用率'],
      en: ['user adoption', 'active usage', 'consumption', 'usage growth', 'champions', 'Azure consumption', 'monthly active users', 'production rollout', 'usage report', 'adoption', 'driving usage', 'low usage', 'low active usage', 'usage below 10 percent', 'increase usage', 'active users', 'MAU', 'usage reports', 'Adoption Score', 'Productivity Score', 'usage analytics', 'in production', 'post-deployment', 'rollout complete', 'Azure consumption growth', 'nobody uses it', 'not being used', 'low adoption', 'usage is low', 'drive adoption', 'shelfware', 'bought but unused', 'Teams adoption', 'M365 adoption', 'adoption phase', 'adoption stage', 'post go-live', 'post-migration', 'migration complete', 'low uptake', 'uptake', 'active rate', 'usage rate', 'licence utilisation', 'license utilization', 'ACR', 'Azure Consumed Revenue', 'consumption growth', 'live in production', 'usage dashboard', 'M365 Apps usage', 'Teams usage', "people aren't using it", 'underused', 'underutilised', 'underutilized'],
    },
  },
  // ---- 意思なし / No Intent ----
  {
    id: 'using-competitive-solution',
    parent: 'no-intent',
    legacyPage: 'l1l2l3-no-intent-using-competitive-solution-jp',
    origin: 'seed',
    name: {ja: '競合ソリューションの使用', en: 'Using Competitive Solution'},
    summary: {
      ja: 'お客様は競争力のあるソリューションを使用しているため、サービスを使用する意図はありません。Microsoft のサービスを利用するケースは説得力がありませんし、顧客に対しても行われていません。経済やビジネスの価値の販売、または優れた価値提案が必要です。',
      en: 'The customer has no intent to use the service because they use a competitor’s solution. The case for Microsoft’s service is not compelling or has not been made to the customer. Selling the economic or business value, or a stronger value proposition, is needed.',
    },
    keywords: {
      ja: ['競合製品', '他社製品', 'Google Workspace', 'G Suite', 'Gmail', 'Slack', 'Zoom', 'Webex', 'Box', 'Dropbox', '他社クラウド', '既存ツール継続', 'ROI 比較', '競合ソリューション', '競合', '他社サービス', '他社ツール', '他社のメール', '他社製品で足りている', '他社製品を使い続ける', '乗り換えない', '他社と複数年契約', '他社のほうが ROI が高い', 'Google ドライブ', 'Google Meet', 'Chatwork', 'LINE WORKS', 'Salesforce', 'サイボウズ', 'Garoon', 'kintone', 'ノーツ', 'Lotus Notes', 'Okta', 'Chromebook', 'スラック', 'ズーム', 'ウェブエックス', 'ボックス', 'ドロップボックス', 'グーグルワークスペース', 'Gスイート', 'Gメール', 'ジーメール', 'グーグルドライブ', 'グーグルミート', 'チャットワーク', 'ラインワークス', 'セールスフォース', 'キントーン', 'ガルーン', 'オクタ', 'クロームブック', 'Google で足りている', 'Slack で十分', 'AirWatch', 'エアウォッチ', 'Chrome', 'クローム', 'Jira', 'ジラ', 'Tableau', 'タブロー', 'Zoho', 'ゾーホー', 'Notion', 'ノーション', 'ロータスノーツ', 'MobileIron', 'Proofpoint', 'プルーフポイント', 'トレンドマイクロ', 'GWS', '他社ので足りてる', 'Google で回ってる', 'Zoom で十分', 'Google 派', '他社に乗り換えた', '他社に決めた', '競合に取られた', '競合負け', '他社のほうが安い'],
      en: ['competitor', 'competitive product', 'Google Workspace', 'G Suite', 'Gmail', 'Slack', 'Zoom', 'Webex', 'Box', 'Dropbox', 'Okta', 'AirWatch', 'Chrome', 'Jira', 'Tableau', 'competing product', "competitor's product", 'rival product', 'non-Microsoft', 'sticking with competitor', 'already have a tool', 'multi-year contract with competitor', 'cheaper alternative', 'better ROI elsewhere', 'Google Drive', 'Google Meet', 'Chatwork', 'LINE WORKS', 'Salesforce', 'Cybozu', 'kintone', 'IBM Notes', 'Lotus Notes', 'Workplace from Meta', 'Chromebook', 'GSuite', 'Google Apps', 'Google shop', 'sticking with Google', 'happy with Slack', 'Zoho', 'Notion', 'Webex Teams', 'Box.com', 'Workspace ONE', 'MobileIron', 'MaaS360', 'Proofpoint', 'Mimecast', 'CrowdStrike', 'Symantec', 'Trend Micro', 'McAfee', 'Firefox', 'Google Chrome', 'Google Hangouts', 'Amazon WorkMail', 'GWS', 'lost to competitor', 'competitor won', 'went with Google', 'using Google instead', 'competitor already does the job', 'rival vendor'],
    },
  },
  {
    id: 'using-microsoft-on-premises-solution',
    parent: 'no-intent',
    legacyPage: 'l1l2l3-no-intent-using-microsoft-on-premises-solution-jp',
    origin: 'seed',
    name: {ja: 'Microsoft のオンプレミス ソリューションの使用', en: 'Using Microsoft On-Premises Solution'},
    summary: {
      ja: 'お客様は Microsoft オンプレミスを使用しているため、サービスを使用する意図はありません。Microsoft のクラウド サービスを利用するケースは説得力がありませんし、顧客に対しても行われていません。経済やビジネスの価値の販売、または優れた価値提案が必要です。',
      en: 'The customer has no intent to use the service because they use Microsoft on-premises products. The case for Microsoft’s cloud services is not compelling or has not been made to the customer. Selling the economic or business value, or a stronger value proposition, is needed.',
    },
    keywords: {
      ja: ['オンプレミス継続', 'オンプレ', 'Exchange Server', 'SharePoint Server', 'Skype for Business Server', '既存資産', 'ボリュームライセンス', '自社データセンター', '投資回収', 'ホスティング事業者', '使用権', 'クラウド移行しない', '現行環境維持', 'オンプレミスのまま', 'オンプレで十分', 'オンプレを使い続ける', 'オンプレ運用継続', '自社サーバー', '社内サーバー', 'サーバーに投資したばかり', 'サーバーを更新したばかり', 'データセンターへの投資', '既存インフラを廃止できない', '減価償却', 'Exchange 2016', 'Exchange 2019', 'SharePoint 2019', 'Office 2019', 'Office LTSC', '永続ライセンス', 'ホスティングの Exchange', 'オンプレミスの使用権', '使用権のみ', '更新のタイミングを自社で決めたい', 'オンプレ AD を継続', '関連ワークロードがオンプレ', 'オンプレ継続', 'オンプレのまま', 'オンプレ派', 'エクスチェンジサーバー', 'シェアポイントサーバー', 'スカイプフォービジネス', 'Skype for Business', 'Lync', 'クラウド化しない', '買い切りの Office', 'パッケージ版 Office', 'Office 2021', 'SfB Server', 'IE を使い続ける', 'MSI 版 Office', 'VL 版 Office', '永続版', 'SBS', 'ホステッド Exchange', 'サーバーを買ったばかり', 'リース期間が残っている', '償却が終わっていない', 'オンプレでいい', 'オンプレで困ってない', 'オンプレミス版', 'サーバー版', 'Exchange 2013', 'SharePoint 2016', 'Exchange Server SE', 'オンプレの使用権だけ'],
      en: ['on-premises', 'on-prem', 'Exchange Server', 'SharePoint Server', 'Skype for Business Server', 'Office 2016 MSI', 'volume licensing', 'data center investment', 'third-party hosting', 'use rights', 'Internet Explorer', 'keep on-prem', 'stay on-prem', 'staying on-premises', 'on-premises Microsoft', 'Exchange 2016', 'Exchange 2019', 'SharePoint 2019', 'Lync Server', 'Office 2019', 'Office LTSC', 'perpetual license', 'hosted Exchange', 'Exchange hosted by third party', 'sunk investment', 'recent server purchase', 'not ready to retire infrastructure', 'own servers', 'control of update timing', 'on-premises rights only', 'keep on-prem AD', 'dependent workload on-prem', 'on prem', 'stay onprem', 'Exchange on-prem', 'SharePoint on-prem', 'Skype for Business', 'Lync', 'Office 2021', 'boxed Office', 'perpetual licence', 'not moving to the cloud', 'Small Business Server', 'SfB Server', 'SfB on-prem', 'Lync on-prem', 'Exchange 2013', 'SharePoint 2016', 'SharePoint Subscription Edition', 'MSI Office', 'volume licence', 'VL Office', 'depreciation', 'server lease', 'just bought new servers', 'happy with on-prem', 'on-prem is fine', 'SBS', 'hosted Exchange provider', 'staying on IE', 'keep Internet Explorer', 'on-premises licence rights'],
    },
  },
  {
    id: 'executive-sponsorship',
    parent: 'no-intent',
    legacyPage: 'l1l2l3-no-intent-executive-sponsorship-jp',
    origin: 'seed',
    name: {ja: 'エグゼクティブの支援', en: 'Executive Sponsorship'},
    summary: {
      ja: '会社の意思決定レベルにおいて、クラウドへの移行や実装と使用の優先順位に関する認知度、説得、または支援が不足しています。お客様はまた、ビジネス上の決定または再編成のために意図を持っていない可能性があります。ビジネス価値の販売が必要です。',
      en: 'At the company’s decision-making level there is not enough awareness, conviction or sponsorship for moving to the cloud or for prioritising implementation and use. The customer may also have no intent because of a business decision or a reorganisation. Selling the business value is needed.',
    },
    keywords: {
      ja: ['エグゼクティブスポンサー', '経営層の支援', 'スポンサー不在', '意思決定者', 'ビジネスケース不足', '優先度が低い', '組織再編', '合併', '経営判断', '導入価値が不明', 'CIO', '推進者不在', '利害関係者', '経営層', '経営陣', '役員', '上層部', 'トップの理解がない', '上層部が乗り気でない', '経営層が価値を認めない', '経営陣の賛同が得られない', '価値が伝わっていない', 'クラウドにメリットを感じない', 'スポンサーが見つからない', '推進責任者がいない', 'BDM', 'ビジネス上の意思決定者', '事業上の判断', 'ビジネス判断', '合併で見送り', '組織変更', '部門廃止', 'クラウド化の優先度が低い', 'オンプレミスの方が投資対効果が高い', 'Yammer が社風に合わない', 'Exchange と SharePoint だけ使う', '他省庁の移行待ち', '上が乗り気じゃない', '社長が興味ない', 'トップが反対', '経営陣が反対', 'キーマン不在', '旗振り役がいない', 'メリットが見えない', 'やる意味がない', '経営判断で見送り', '会社の方針で見送り', 'ビジネスディシジョンメーカー', 'ヤマー', 'Viva Engage', 'ヤマーは使わない', '社内 SNS は文化に合わない', 'CxO', 'オンプレの方が ROI が高い', 'エグゼクティブの支援がない', 'トップダウンの支援がない', '決裁者が乗り気じゃない', '上が首を縦に振らない', '経営層の承認が得られない', '役員が興味ない', '偉い人が乗り気じゃない', 'キーパーソン不在', '費用対効果が見えない', 'ビジネスドライバーがない', 'ビジネス上の推進要因がない', '組織改編', '事業撤退'],
      en: ['executive sponsor', 'no sponsor', 'business decision maker', 'BDM', 'no business case', 'low priority', 'reorganization', 'merger', 'leadership buy-in', 'CIO', 'value not seen', 'stakeholder', 'executive sponsorship', 'leadership support', 'no executive support', 'management not convinced', 'leadership not bought in', 'senior management', 'C-level', 'no clear business drivers', 'business value not understood', 'not a priority', 'deprioritized', 'reorg', 'business decision', 'merger decision', 'decision maker', 'on-prem ROI better', 'Yammer culture fit', 'only Exchange and SharePoint', 'waiting for other agencies', 'no exec sponsor', 'execs not interested', 'leadership said no', 'management said no', 'no exec buy-in', 'no top-down support', "can't see the value", 'CxO', 'no business sponsor', 'sponsor missing', 'lack of sponsorship', 'board said no', 'CEO not interested', 'management not interested', 'no mandate from leadership', 'no compelling business case', 'reorganisation', 'not prioritised', 'deprioritised', 'restructuring', 'divestiture', 'department closed', 'business unit dissolved', 'Yammer not a fit', 'Viva Engage', 'enterprise social not a fit', 'executive decision', 'C-suite'],
    },
  },
  // ---- ブロック / Blocked ----
  {
    id: 'customer-it-infrastructure-remediation',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-customer-it-infrastructure-remediation-jp',
    origin: 'seed',
    name: {ja: 'お客様の IT インフラストラクチャ、展開準備', en: 'Customer IT Infrastructure and Remediation'},
    summary: {
      ja: 'お客様の環境における周囲の IT インフラストラクチャ コンポーネントへの依存状態 (互換性のない VPN デバイス、ハードウェアの更新、AD の複雑さ、ハイブリッド シナリオ、クライアント、ブラウザーなど) により、導入がブロックされています。',
      en: 'Adoption is blocked by dependencies on surrounding IT infrastructure components in the customer’s environment (incompatible VPN devices, hardware updates, AD complexity, hybrid scenarios, clients, browsers and so on).',
    },
    keywords: {
      ja: ['インフラ', 'ネットワーク帯域', 'プロキシ', 'ファイアウォール', 'VPN', 'Active Directory', 'ディレクトリ同期', 'フェデレーション', 'Windows 10 移行', 'ハードウェア更新', '端末入れ替え', 'VDI', 'ドメインコントローラー', 'ハイブリッド構成', 'IT インフラ', '帯域不足', '回線が細い', '回線増強', '社内ネットワークの遅延', 'ローカルブレイクアウト', 'ファイアウォールのルール', 'プロキシ設定', 'VPN 機器', 'AD が複雑', '複数フォレスト', 'マルチフォレスト', 'ディレクトリ統合待ち', 'AD FS', 'Windows 7', 'PC 入れ替え', 'PC リプレース', 'キッティング', 'Exchange Server のバージョンアップ', 'VDI 環境の問題', 'リメディエーション', 'ファイヤーウォール', 'ファイアーウォール', 'プロキシー', 'アクティブディレクトリ', 'ネットワークが遅い', '回線が遅い', '帯域が足りない', 'PC が古い', '端末が古い', 'Windows 11 移行', 'FW の設定', 'プロキシで弾かれる', 'AAD Connect のエラー', 'Entra Connect の同期エラー', '属性の同期', 'Win10 移行', 'Win7 が残っている', 'Win11 移行', 'IE のバージョンアップ', 'ブラウザが古い', 'OS のバージョンアップ', 'UTM', 'PAC ファイル', 'SSL インスペクション', 'ネットワーク増強', 'NW が細い', '閉域網', 'SD-WAN', 'ネットワーク機器が古い', 'VPN が非対応', 'ドメコン', 'PC 更改', 'AD の統合待ち', 'フォレスト統合', 'SCCM の配布がうまくいかない', '環境改修', 'インフラ待ち'],
      en: ['infrastructure', 'network bandwidth', 'proxy', 'firewall', 'VPN', 'Active Directory', 'federation', 'AD FS', 'Windows 10 upgrade', 'hardware refresh', 'VDI', 'domain controller', 'devices', 'hybrid', 'browser upgrade', 'IT infrastructure', 'low bandwidth', 'slow network', 'network upgrade', 'local breakout', 'firewall rules', 'proxy settings', 'proxy bypass', 'AD complexity', 'multi-forest', 'directory merge', 'Azure AD Connect errors', 'Windows 7', 'PC refresh', 'laptop replacement', 'device replacement', 'IE upgrade', 'Windows 10 image', 'Exchange version upgrade', 'VPN device', 'network too slow', 'old PCs', 'old hardware', 'Windows 11 upgrade', 'FW rules', 'proxy blocking', 'AD cleanup', 'AD remediation', 'network not ready', 'infra', 'Win10 upgrade', 'Win7 machines', 'OS upgrade', 'old browser', 'Internet Explorer upgrade', 'Entra Connect errors', 'AAD Connect errors', 'directory sync errors', 'attribute sync issues', 'forest consolidation', 'AD merge', 'bandwidth upgrade', 'SD-WAN', 'SSL inspection', 'PAC file', 'network devices', 'incompatible VPN', 'split tunnelling', 'split tunneling', 'domain controller replacement', 'SCCM packaging issues', 'golden image not ready', 'device refresh', 'environment remediation', 'Exchange Server upgrade', 'SharePoint Server upgrade'],
    },
    notes: [
      {
        kind: 'boundary',
        text: {
          ja: 'この L2 の場合、問題はテクノロジーに関連している必要があります。人やプロセスには関連していません。',
          en: 'For this L2 the problem must be about technology, not about people or processes.',
        },
      },
    ],
  },
  {
    id: 'it-change-management-resourcing',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-it-change-management-resourcing-jp',
    origin: 'seed',
    name: {ja: 'IT 変更管理およびリソースの確保', en: 'IT Change Management and Resourcing'},
    summary: {
      ja: 'サービスのメンテナンスまたは更新により、お客様の既存の IT プロセスとポリシー (プロセス監視、インシデント処理、問題検出、自宅使用ポリシーなど) が中断しており、導入を妨げています。変更を管理するためのプロセスまたはポリシーの再設計が必要です。お客様は、展開準備のためのリソースの不足 (予算/人) によってブロックされる可能性があります。',
      en: 'Service maintenance or updates disrupt the customer’s existing IT processes and policies (process monitoring, incident handling, problem detection, home-use policies and so on), and this holds back adoption. Processes or policies must be redesigned to manage the change. The customer may also be blocked by a lack of resources (budget or people) for remediation.',
    },
    keywords: {
      ja: ['IT リソース不足', '人員不足', '要員', '予算不足', 'スキル不足', 'IT 部門の教育', '変更管理', '更新頻度', 'リリース管理', 'ヘルプデスク体制', 'IP 許可リスト', '運用プロセス見直し', '予算凍結', 'コロナ禍による延期', '情シス', 'ひとり情シス', 'IT 担当者不足', '人手不足', '人が足りない', '手が回らない', '予算がない', '予算取り', '予算が下りない', '予算承認待ち', '稟議', '稟議待ち', '上長承認待ち', '想定外の費用', '予算の決裁権がない', '管理者のスキル不足', '運用できる人がいない', 'IT 担当者の退職', '後任未定', 'IT 変更管理', 'テスト手順の見直し', '機能更新についていけない', '自宅利用ポリシー', '新型コロナ', '予算がつかない', '予算が取れない', 'お金がない', '人がいない', 'リソース不足', '情シスが忙しい', '兼任', '兼務', '担当者が辞めた', '引き継ぎができていない', '稟議が通らない', 'コロナで止まった', '許可リストの更新が追いつかない', 'リソースがない', 'アサインできる人がいない', '社内の工数が足りない', '情シスの工数不足', '一人情シス', '情シス不在', 'IT 部門が手一杯', '決裁待ち', '予算確保待ち', '来期予算待ち', '予算未執行', '運用スキルがない', '社内に詳しい人がいない', 'IT 人材不足', '更新サイクルが速い', '検証体制が追いつかない', 'ITIL', 'インシデント対応プロセス', '運用設計', '運用手順', '運用が回らない', '在宅勤務ポリシー', 'IT 部門の分社化'],
      en: ['IT resources', 'staffing', 'headcount', 'budget', 'skills gap', 'IT training', 'change management', 'update cadence', 'release management', 'helpdesk readiness', 'IP allow list', 'COVID pause', 'funding delay', 'process redesign', 'IT change management', 'IT staff shortage', 'understaffed', 'short-staffed', 'not enough people', 'one-person IT', 'no budget', 'budget approval', 'budget cycle', 'unexpected cost', 'no budget authority', 'admin training', 'IT skills', 'IT manager left', 'operations process', 'testing process', 'update management', 'monthly updates', 'home use policy', 'IT spin-off', 'COVID', 'no budget this year', 'budget freeze', 'no money', 'not enough staff', 'no IT staff', 'IT team too busy', 'IT overloaded', 'IT admin quit', 'resource constraints', 'budget not approved', 'lack of resources', 'no resources', 'resource shortage', 'IT capacity', 'skills shortage', 'admin needs training', 'staff turnover', 'IT manager resigned', 'funding not released', 'budget not released', 'waiting for funding', 'next fiscal year', 'ITIL', 'incident management process', 'operations runbook', 'patch management', 'keeping up with updates', 'evergreen', 'work from home policy', 'WFH policy', 'pandemic'],
    },
    notes: [
      {
        kind: 'boundary',
        text: {
          ja: 'この L2 の場合、問題は技術面の管理者または IT チームに関連している必要があります。基盤となるテクノロジ、ユーザーの準備、またはビジネス ルールとは直接関係ありません。',
          en: 'For this L2 the problem must be about the technical administrators or the IT team. It is not directly about the underlying technology, user readiness or business rules.',
        },
      },
    ],
  },
  {
    id: 'legal-regulatory',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-legal-regulatory-jp',
    origin: 'seed',
    name: {ja: '法務/規制', en: 'Legal/Regulatory'},
    summary: {
      ja: 'お客様は法的または規制上の要件によりクラウド サービスの使用を明確に禁止されているため、サービスの展開がブロックされています。',
      en: 'Deployment is blocked because a legal or regulatory requirement explicitly prohibits the customer from using cloud services.',
    },
    keywords: {
      ja: ['法規制', '規制要件', 'データ所在地', 'データ主権', '国外保存の制限', 'GDPR', 'HIPAA', '金融規制', '金融庁', '個人情報保護法', '業界規制', '監督官庁の承認', '法改正', 'コンプライアンス', '法律', '法令', '規制', '法律で禁止', '法律上の制約', '法令でクラウド利用不可', '法律のためオンプレ', '規制当局', 'FISC', '金融庁ガイドライン', '金融機関の規制', '3省2ガイドライン', 'マイナンバー法', '個情法', '越境移転', 'データの国外持ち出し', '地政学', '政府の規則', '機密情報の取り扱い規則', '法案審議中', '業界のコンプライアンス基準', '法務部が NG', '法律的に無理', '規制で使えない', '海外にデータを置けない', '国外に出せない', '医療情報ガイドライン', '監督官庁の許可待ち', 'FDIC', 'データレジデンシー', 'データローカライゼーション', 'データソブリンティ', 'クロスボーダー', 'リーガルチェック', 'リーガル', '法律の壁', '法的にアウト', '法令上 NG', '金融当局', '当局の承認待ち', '政府規制', '条例', '自治体の条例', '輸出管理規制', '経済制裁', '法律の施行待ち', 'EU 域外移転', 'クラウド禁止の法律', '改正個人情報保護法'],
      en: ['legal', 'regulatory', 'compliance', 'data residency', 'data sovereignty', 'GDPR', 'HIPAA', 'FDIC', 'financial regulator', 'government restriction', 'in-country data', 'industry regulation', 'law change', 'cross-border data', 'law', 'legislation', 'legal restriction', 'prohibited by law', 'regulation', 'regulator', 'regulator approval', 'government regulation', 'government rules', 'FISC', 'FSA guidelines', 'banking regulation', 'APPI', 'data localization', 'data export restriction', 'cross-border transfer', 'geopolitical', 'pending legislation', 'industry compliance standard', 'healthcare regulation', 'on-prem because of law', 'legal says no', 'legally not allowed', 'regulatory blocker', 'data must stay in-country', 'regulator says no', 'Schrems II', 'data residency law', 'data protection law', 'privacy law', 'residency requirements', 'sovereignty', 'regulatory approval', 'awaiting regulator', 'BaFin', 'German data law', 'export controls', 'sanctions', 'ITAR', 'bill in parliament', 'statutory requirement', 'lawyers said no', 'legal team blocked', 'legal review', 'regulated industry', 'regulated data', 'health data law', 'PIPL', 'government ban'],
    },
    corrections: [
      {
        kind: 'meaning',
        original: 'サービスを使用する意図はありません',
        corrected: 'サービスの展開がブロックされています。',
        reason: {
          ja: 'このステータスは「ブロック」(お客様に使用する意思がある) の下にあるため、「意図はありません」(意思なし) と矛盾していました。法律・規制によって展開がブロックされている状態として表現し、欠けていた句点を補いました。',
          en: 'The status sits under Blocked (the customer intends to use the service), so “has no intent” contradicted its place. It now reads as deployment blocked by law or regulation; the missing full stop was added.',
        },
        date: corrected,
      },
    ],
  },
  {
    id: 'security-privacy-non-product-feature',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-security-privacy-non-product-feature-jp',
    origin: 'seed',
    name: {ja: 'セキュリティ/プライバシー (非製品/機能)', en: 'Security/Privacy (Non-Product/Feature)'},
    summary: {
      ja: 'サービスの構成やドキュメントの問題など、セキュリティやプライバシーのコンプライアンスの問題により、お客様はサービスの展開と採用をブロックされています。お客様は、既存の製品の機能を使用してブロックを解除できます。',
      en: 'Security or privacy compliance concerns, such as questions about service configuration or documentation, block the customer from deploying and adopting the service. The customer can remove the block with features the product already has.',
    },
    keywords: {
      ja: ['セキュリティ懸念', 'プライバシー', '個人情報の取り扱い', '個人情報の漏えいが心配', '個人データの保護', '情報セキュリティポリシー', 'CISO', 'データ保護', 'クラウドへの不信感', '社外共有', 'パスワード同期', 'ID 管理', 'セキュリティ審査', '機密データ', 'Service Trust Portal', 'コンプライアンス確認', 'セキュリティ', 'セキュリティが心配', '情報漏えい', '情報漏洩', 'クラウドが不安', 'クラウドを信用していない', 'クラウドに置きたくない', '社内規程', '社内規定でクラウド禁止', 'セキュリティポリシー違反', 'セキュリティチェックシート', 'CSO', '最高セキュリティ責任者', '役員のデータ', 'ID をクラウドに置く不安', 'パスワードをクラウドに置く不安', '外部共有が不安', 'Microsoft Trust Center', 'トラストセンター', 'セキュリティ上の理由でオンプレ', '社外保管のリスク', 'プライバシーへの懸念', '契約条件が社内ポリシーに合わない', 'セキュリティ的に NG', 'セキュリティチェックが通らない', 'セキュリティ部門の承認待ち', 'セキュリティ部門が反対', 'クラウドは怖い', 'クラウドは危ない', 'データを外に出したくない', '漏洩が怖い', 'サービストラストポータル', 'ISMS', 'プライバシーマーク', 'セキュリティレビュー', 'セキュリティアセスメント', 'データ流出', 'パスワードハッシュ同期が不安', 'CSIRT', '情報セキュリティ委員会', 'セキュポリ', 'セキュポリ違反', 'セキュリティが厳しい', '社内ルールでクラウド不可', '役員のメールをクラウドに置きたくない', 'クラウドのセキュリティが不安', 'セキュリティ部門が NG'],
      en: ['security', 'privacy', 'CISO', 'security policy', 'data protection', 'trust', 'compliance review', 'cloud data concerns', 'identity in cloud', 'password sync', 'external sharing', 'Service Trust Portal', 'confidentiality', 'security assessment', 'security concern', 'data leak', 'data breach fear', 'distrust of cloud', "don't trust the cloud", 'cloud not secure', 'internal policy forbids cloud', 'security team', 'CSO', 'InfoSec', 'security questionnaire', 'security checklist', 'Trust Center', 'compliance reports', 'privacy concern', 'off-premises data risk', 'passwords in cloud', 'executive data', 'on-prem for security reasons', 'contract fails security policy', 'security said no', 'InfoSec said no', 'security sign-off', 'security approval', 'CISO sign-off', 'afraid of the cloud', 'data leak worries', 'security review pending', 'ISMS', 'security committee', 'data exfiltration fear', 'leak risk', 'executive mailbox in cloud', 'CSO concern', 'password hash sync concern', 'PHS', 'oversharing', 'trust issues', 'cloud security concerns', 'security policy blocks cloud', 'security team blocking', 'infosec blocker', 'STP', 'vendor risk assessment', 'CSIRT'],
    },
  },
  {
    id: 'adoption-readiness',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-adoption-readiness-jp',
    origin: 'seed',
    name: {ja: '導入の準備状態', en: 'Adoption Readiness'},
    summary: {
      ja: 'エンド ユーザーの準備やビジネス プロセスなどの内部変更管理の問題により、お客様はサービスの導入をブロックされています。IT 変更管理の問題には、これを使用しないでください。',
      en: 'Internal change-management issues, such as end-user readiness or business processes, block the customer from adopting the service. Do not use this status for IT change-management issues.',
    },
    keywords: {
      ja: ['ユーザー教育', 'エンドユーザートレーニング', '利用者の準備', '定着化支援', 'チェンジマネジメント', 'チャンピオン制度', '社内周知', '業務プロセス変更', '企業文化', '変化への抵抗', '研修計画', 'エンドユーザー教育', '利用者教育', '社員教育', '社員研修', 'ユーザー研修', '操作説明会', '使い方がわからない', '操作に慣れていない', 'ユーザーが戸惑う', '現場の抵抗', '現場が反発', '新しいツールへの抵抗', 'IT リテラシー', 'リテラシー不足', 'トレーニング計画がない', '研修する時間がない', 'ユーザー教育の人手がない', 'チャンピオンがいない', '現場の推進役不在', '社内アンバサダー', 'コミュニケーション計画', '業務フローの変更', '共有端末のサインイン', 'アダプション準備', '現場がついてこない', 'ユーザーが嫌がる', '今のやり方を変えたくない', '使い方の研修が必要', 'マニュアルがない', 'パソコンが苦手な社員', 'エンドユーザー向け研修', '教育してから展開', 'OCM', '現場が嫌がってる', '現場が乗り気じゃない', 'デジタルが苦手', 'ハンズオン', 'e ラーニング', '勉強会', '周知不足', 'BPR', '抵抗勢力', '慣れるまで時間がかかる', '新しい端末に戸惑う', '共有 PC のサインイン', '教育計画', '研修できてない', 'ユーザー教育が終わってない', 'エンドユーザーの準備不足'],
      en: ['end-user training', 'user readiness', 'change management', 'champions program', 'communications plan', 'culture change', 'training plan', 'business process change', 'resistance to change', 'awareness campaign', 'user training', 'end-user education', 'employee training', 'staff training', 'training sessions', 'user guides', 'users not ready', 'users confused', 'employee resistance', 'pushback from users', 'IT literacy', 'digital literacy', 'no champion', 'ambassadors', 'communication plan', 'rollout communications', 'user acceptance', 'no time to train users', 'no one to train users', 'workflow change', 'business rules', 'culture shift', 'shared device sign-in', 'users not trained', 'users resist', 'no training yet', 'need training first', 'users hate change', 'not tech-savvy users', 'change fatigue', 'how-to guides', 'OCM', 'organisational change management', 'organizational change management', 'end-user readiness', 'hands-on training', 'lunch and learn', 'e-learning', 'users overwhelmed', 'reluctant users', 'not comfortable with new tools', 'training materials', 'change readiness', 'comms plan', 'employees not ready', 'users confused by new devices', 'no end-user training plan'],
    },
    notes: [
      {
        kind: 'boundary',
        text: {
          ja: 'この L2 の場合、問題はほとんどの場合、ユーザーの準備 または ユーザーのトレーニング に関連しています。場合によっては、ビジネス ルールや決定 に関連することがあります。IT スタッフ、IT チーム、テクノロジには関連していません。',
          en: 'For this L2 the problem is almost always about user readiness or user training, and occasionally about business rules or decisions. It is not about IT staff, the IT team or technology.',
        },
      },
    ],
  },
  {
    id: 'product-feature-capability',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-product-feature-capability-jp',
    origin: 'seed',
    name: {ja: '製品機能', en: 'Product Feature/Capability'},
    summary: {
      ja: '製品/サービスのコア機能 (セキュリティ/プライバシー設定、機能、証明書など) がないか、バグがあります。主に GetHelp または OneList によって解決されます。',
      en: 'A core feature of the product or service (security or privacy settings, functionality, certifications and so on) is missing or has a bug. This is mainly resolved through GetHelp or OneList.',
    },
    keywords: {
      ja: ['機能不足', '機能要望', '機能ギャップ', '不具合', 'バグ', 'ロードマップ', '未対応機能', 'Multi-Geo', '認証取得', '製品制限', '仕様制限', 'サポート対象外', '条件付きアクセス', '機能改善要望', '機能がない', '必要な機能がない', '機能が足りない', '機能追加待ち', '機能のリリース待ち', 'GA 待ち', '製品の不具合', '既知の不具合', '不具合修正待ち', '仕様上できない', '製品が非対応', 'OneList', 'GetHelp', '国内データセンター待ち', 'データセンター開設待ち', '業界認証がない', 'VDI 非対応', 'OneDrive 同期クライアント', 'Windows 7 非対応', 'セキュリティ要件を満たす機能がない', '回避策がない', '仕様なので無理', '製品が対応していない', '機能待ち', 'ロードマップ待ち', 'インチューンでできない', 'Intune でできない', 'MS 側の修正待ち', 'DCR', '仕様変更の要望', 'MFA の制限', '多要素認証の制限', 'ワンドライブ同期クライアント', 'チームズの機能が足りない', 'プレビューのみ', 'プレビュー版しかない', 'フィーチャーリクエスト', '製品フィードバック', 'PG へのフィードバック', 'UserVoice', '実装待ち', '仕様の壁', 'バグってる', 'サポートされてない', '未サポート', '日本語非対応', '国内リージョン待ち', 'Intune の制限', '機能が未提供', 'コンプライアンス要件を満たす機能がない', 'ワークアラウンドがない'],
      en: ['missing feature', 'feature gap', 'feature request', 'bug', 'roadmap', 'Multi-Geo', 'certification', 'OneList', 'GetHelp', 'product limitation', 'not supported', 'Intune gap', 'MFA limitation', 'sync client', 'conditional access', 'feature missing', 'feature not available', 'waiting for feature release', 'awaiting GA', 'known issue', 'product bug', 'bug fix pending', 'by design', 'unsupported scenario', 'not supported yet', 'capability gap', 'in-country datacenter', 'local datacenter', 'industry certification missing', 'Windows 7 support', 'OneDrive sync client', 'VDI support', 'product group feedback', 'no workaround', "it's by design", "product can't do it", 'not supported by the product', 'no such feature', 'waiting on Microsoft fix', 'DCR', 'design change request', 'feature not there yet', 'on the roadmap', 'preview only', 'Multi Geo', 'MultiGeo', 'feature parity', 'parity gap', 'missing capability', 'lacks feature', 'product gap', 'UserVoice', 'feature ask', 'waiting on product group', 'MFA gap', 'SSO limitation', 'Intune limitation', 'Teams feature missing', 'not localised', 'no Japanese language support', 'GA date', 'in-country region'],
    },
  },
  {
    id: 'service-reliability',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-service-reliability-jp',
    origin: 'seed',
    name: {ja: 'サービスの信頼性', en: 'Service Reliability'},
    summary: {
      ja: '遅延や予定外のサービス インシデント (停止) などのサービス パフォーマンスが原因で、お客様からの信頼が低下しています。',
      en: 'The customer’s confidence has dropped because of service performance, such as latency or unplanned service incidents (outages).',
    },
    keywords: {
      ja: ['障害', 'サービス停止', '遅延', 'パフォーマンス', 'SLA', '可用性', 'インシデント', 'ダウンタイム', '災害復旧', 'バックアップ', '迷惑メール対策', '稼働率', 'サービス正常性', '信頼性', '安定性', '不安定', 'よく落ちる', 'サービスダウン', '大規模障害', '障害が心配', '障害で展開停止', 'レイテンシ', 'パフォーマンス低下', '予定外の停止', 'オンプレのほうが安定', 'オンプレより可用性が低い', '制御できなくなる不安', '生産性の低下', 'BCP', '事業継続', '冗長性', 'Exchange Online Protection', 'EOP', '迷惑メール', '更新による業務影響', '製品が未成熟', '障害が多い', 'すぐ落ちる', '落ちる', 'サービスが重い', 'アップデートで不具合', '更新で不具合が出る', 'チームズが落ちる', 'Teams が落ちる', 'サービス正常性ダッシュボード', 'SLA 99.9%', 'Exchange Online が落ちる', 'エクスチェンジオンラインが落ちる', 'Transparency Center', 'トランスペアレンシーセンター', 'アウテージ', 'SHD', 'スパム', 'スパムがすり抜ける', 'EOP が効かない', '障害多すぎ', 'また落ちた', 'クラウドは落ちるから不安', '障害で信頼をなくした', '信頼を失った', '障害続き', 'コントロールを失う', '可用性が心配', '反映が遅い', '権限の反映が遅い', 'クラウドのバックアップが不安', 'DR', '災害時の音声', '製品がまだ枯れていない'],
      en: ['outage', 'downtime', 'latency', 'performance', 'SLA', 'availability', 'incident', 'service health', 'disaster recovery', 'backup', 'spam filtering', 'EOP', 'uptime', 'loss of control', 'reliability', 'unreliable', 'unstable service', 'service outage', 'service down', 'major incident', 'unplanned downtime', 'availability concerns', 'uptime guarantee', 'business continuity', 'BCP', 'redundancy', 'loss of productivity', 'on-prem more reliable', 'immature product', 'quality concerns', 'updates break things', 'Exchange Online Protection', 'spam', 'Transparency Center', 'service health dashboard', 'lost confidence', 'keeps going down', 'too many outages', 'flaky', 'sluggish service', 'Teams outage', 'Exchange Online outage', 'service degradation', 'degraded service', 'outages', 'SLA breach', 'SLA concerns', 'uptime concerns', 'resilience', 'resiliency', 'disaster scenario', 'DR', 'Microsoft outage', 'M365 outage', 'cloud outage', 'Azure outage', 'lost trust after outage', 'burned by outage', 'not mature enough', 'spam getting through', 'EOP not good enough', 'permission propagation delay', 'replication delay', 'voice resilience', 'SHD'],
    },
  },
  {
    id: 'app-compatibility',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-app-compatibility-jp',
    origin: 'seed',
    name: {ja: 'アプリの互換性', en: 'App Compatibility'},
    summary: {
      ja: 'お客様の基幹業務 (LOB) アプリケーションに互換性がないか、クラウド サービスとの互換性が認定されていないため、展開または使用が遅れています。',
      en: 'Deployment or use is delayed because the customer’s line-of-business (LOB) applications are incompatible with the cloud services, or have not been certified as compatible with them.',
    },
    keywords: {
      ja: ['アプリ互換性', '業務アプリ', '基幹業務アプリ', 'アドイン', 'マクロ', 'VBA', 'サードパーティ製アプリ', '動作保証', '互換性検証', 'Excel アドイン', 'Outlook アドイン', 'SharePoint カスタマイズ', 'レガシーアプリ', '互換性', '互換性がない', 'アプリが動かない', 'アドインが動かない', 'マクロが動かない', 'Excel マクロ', 'Access データベース', '会計ソフト', '会計ソフト連携', '基幹システム', 'ERP', 'SAP', '自社開発アプリ', 'LOB アプリ', 'ベンダーの動作保証がない', '互換性テスト', 'Word アドイン', 'プラグイン', '最新の Office で動かない', 'IE 依存の業務アプリ', 'つなぎのシステム', 'UPN の要件', 'エクセルマクロ', 'アウトルックアドイン', 'エクセルアドイン', 'アクセスのデータベース', '業務システムが動かない', '自社システムが動かない', '古い業務アプリ', 'IE でしか動かない', '動作確認が取れていない', 'ベンダーの対応待ち', 'ワードアドイン', 'COM アドイン', 'ISV', 'ISV の動作保証', 'IE モード', 'SharePoint アドイン', 'シェアポイントのカスタマイズ', 'SPO で動かない', 'InfoPath', 'インフォパス', '帳票システムが動かない', '勘定奉行', '弥生会計', '64bit Office 非対応', 'ユーザー定義関数', 'Excel 関数', '動作検証', '動作検証待ち', 'アプリ改修', 'カスタムアプリ', 'VSTO'],
      en: ['line-of-business app', 'LOB', 'add-in', 'plugin', 'macros', 'VBA', 'third-party app', 'certification', 'Excel add-in', 'Outlook add-in', 'SharePoint customization', 'legacy application', 'ISV support', 'UPN', 'app compatibility', 'application compatibility', 'incompatible app', "app doesn't work", 'add-in broken', 'Word add-in', 'custom app', 'in-house app', 'homegrown application', 'ERP', 'SAP', 'accounting software', 'Access database', 'Excel macros', 'vendor certification', 'vendor support', 'not certified for Office', 'compatibility testing', 'stop-gap solution', 'IE-dependent app', 'custom formulas', 'app breaks', 'LOB app', 'legacy app', 'old app', 'IE-only app', 'vendor not supporting M365', 'ISV not certified', 'macro issues', 'COM add-in', 'ISV app', 'LOA', 'InfoPath', 'InfoPath forms', 'SharePoint add-in', 'Office add-in', 'VSTO', '64-bit Office', '32-bit add-in', 'legacy macros', 'IE mode', 'custom solution breaks', 'accounting package', 'add-in not certified'],
    },
    corrections: [
      {
        kind: 'typo',
        original: '(LOA)',
        corrected: '(LOB)',
        reason: {
          ja: '誤記。基幹業務 (Line of Business) の略語は LOB です。',
          en: 'Misspelling: line of business is abbreviated LOB.',
        },
        date: corrected,
      },
      {
        kind: 'meaning',
        original: 'クラウド サービスと互換性があると認定されたため',
        corrected: 'クラウド サービスとの互換性が認定されていないため',
        reason: {
          ja: '原文は「互換性があると認定されたため遅れている」と意味が逆になっていました。正しくは「互換性が認定されていないため」です。',
          en: 'The original said use is delayed *because* the apps were certified compatible — the reverse of the meaning. The delay comes from apps that are not certified.',
        },
        date: corrected,
      },
    ],
  },
  {
    id: 'partner-engagement',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-partner-engagement-jp',
    origin: 'seed',
    name: {ja: 'パートナーの関与', en: 'Partner Engagement'},
    summary: {
      ja: 'パートナー選択/契約が遅れているか、パートナーが技術展開や導入サポートで妨げられています (スコープ制限、経験の不足など)。',
      en: 'Selecting or contracting a partner is delayed, or the partner is held back in technical deployment or adoption support (scope limits, limited experience and so on).',
    },
    keywords: {
      ja: ['パートナー選定', 'パートナー契約', '作業範囲', 'SOW', 'パートナー無反応', 'パートナーのスキル不足', 'パートナー紹介', '販売代理店', 'CSP パートナー', '委託先', '支援範囲外', 'リセラー', 'パートナーが決まらない', 'パートナーが見つからない', 'パートナーを紹介してほしい', 'パートナー未定', 'パートナーの経験不足', 'パートナーが対応できない', 'パートナーから返事がない', 'パートナーが応答しない', 'パートナーと連絡が取れない', 'パートナーが動かない', 'パートナーの対応が遅い', 'SIer', 'SIer 選定', 'ベンダー選定', '業務委託', 'パートナーへの発注', 'パートナーの見積もり待ち', 'パートナーとの契約手続き', 'SOW の範囲外', '一部のワークロードだけ', 'FastTrack Ready Partner', 'Partner Success Manager', 'パートナーサクセスマネージャー', 'パートナーが捕まらない', 'パートナー待ち', 'パートナーが渋っている', 'パートナーのリソース不足', 'パートナーの工数不足', '販社', '代理店', '販社が動かない', 'SIer が決まらない', 'FTP パートナー', 'PSM', 'MSP', 'エスアイヤー', 'ベンダーが決まらない', '導入ベンダー', '相見積もり', 'ベンダーコンペ', 'パートナー契約待ち', 'パートナーがやる気ない', 'パートナーが音信不通', 'パートナーが返事くれない', 'パートナーのスコープ外', '協力会社', 'パートナー変更', 'パートナーを替えたい', 'パートナーが Intune 未経験', 'パートナーが全部は展開しない'],
      en: ['partner selection', 'statement of work', 'SOW', 'partner contract', 'partner unresponsive', 'partner skills', 'find a partner', 'FastTrack Ready Partner', 'CSP partner', 'reseller', 'scope limitation', 'partner success manager', 'partner not responding', 'partner unreachable', 'partner went silent', 'partner delay', 'no partner yet', 'partner recommendation', 'partner lacks experience', 'partner capacity', 'partner scope', 'out of scope', 'system integrator', 'SI partner', 'vendor selection', 'contracting delay', 'partner quote', 'FTP', 'PSM', 'partner relationship', 'implementation partner', 'deployment partner', 'partner MIA', 'partner not engaging', 'partner ghosted', 'partner too busy', 'waiting on partner', 'MSP', 'no FTP assigned', 'partner ignoring us', 'no response from partner', 'partner unresponsive to PSM', 'partner dropped the ball', 'SOW limited', 'SOW only covers', 'SOW expansion', 'change order', 'choosing a partner', 'SIer', 'integrator', 'RFP', 'partner referral', 'partner switch', 'replace partner', 'partner has no Intune experience', "partner bought licenses but won't deploy"],
    },
    corrections: [
      {
        kind: 'meaning',
        original: '操作の制限',
        corrected: '経験の不足',
        reason: {
          ja: '英語原文の “limited experience” (経験の不足) が「操作の制限」と訳されていました。',
          en: 'The English original’s “limited experience” had been translated as “operational restrictions”.',
        },
        date: corrected,
      },
    ],
  },
  {
    id: 'billing-licensing-subscription',
    parent: 'blocked',
    legacyPage: 'l1l2l3-blocked-billing-licensing-subscription-jp',
    origin: 'seed',
    name: {ja: '請求、ライセンス、サブスクリプション', en: 'Billing, Licensing and Subscription'},
    summary: {
      ja: 'サブスクリプションの問題が解決されるまで実装がブロックされます (ライセンスの適用、ライセンスの譲渡、不適切な SKU、シートの減少など)。販売担当者、LSS、LSA の関与が必要です。',
      en: 'Implementation is blocked until subscription issues are resolved (license assignment, license transfer, a wrong SKU, a reduced seat count and so on). The seller, LSS and LSA need to be involved.',
    },
    keywords: {
      ja: ['ライセンス', '課金', 'SKU 変更', 'E5 アップグレード', 'EA 契約', '契約更新', 'ライセンス移管', 'テナント移行', 'シート数', '購買手続き', 'GCC', 'ライセンス割り当て', '追加購入', '請求', '支払い', '請求トラブル', 'ライセンス不足', 'ライセンスが足りない', 'シートが足りない', 'シート数の変更', 'シート削減', '間違った SKU', '誤発注', 'プラン変更', 'E3 から E5', 'プランに機能が含まれていない', 'アドオンライセンス', 'ライセンス未割り当て', 'テナント統合', 'EA 交渉', 'EA 締結待ち', '契約交渉', 'CSP', '購入し直し', '政府機関向けプラン', 'ライセンス周り', 'ライセンスの付け替え', '買い直し', 'プランが違う', 'SKU 違い', 'E3 だと使えない', 'EA から CSP', 'CSP 切り替え', '請求書', '支払いトラブル', 'ライセンス更新待ち', 'スキュー', 'エンタープライズアグリーメント', 'エンタープライズ契約', 'GCC High', 'E1 から E3', 'トゥルーアップ', 'LSS', 'LSA', 'ライセンススペシャリスト', 'Teams Phone のライセンス', 'NCE', 'ライセンス未付与', 'ライセンスの問題', 'データセンター移転', '更新交渉', '年次のライセンス見直し', '価格交渉', 'E5 じゃないと使えない', '上位プラン', '購入ミス', '資産計上できない', 'MFA の課金', 'テナント移行の途中'],
      en: ['licensing', 'billing', 'subscription', 'SKU', 'E3 to E5 upgrade', 'Enterprise Agreement', 'EA renewal', 'license transfer', 'tenant move', 'seats', 'true-up', 'CSP', 'GCC', 'procurement', 'license assignment', 'billing problem', 'billing issue', 'payment', 'license shortage', 'not enough licenses', 'need more seats', 'seat reduction', 'wrong SKU', 'incorrect SKU', 'plan change', 'feature not in current plan', 'add-on license', 'unassigned licenses', 'tenant consolidation', 'EA negotiation', 'contract negotiation', 'licensing specialist', 'GCC High', 'phone system license', 'licence', 'licence shortage', 'not enough licences', 'wrong licence', 'licence transfer', 'billing dispute', 'invoice', 'renewal pending', 'EA to CSP', 'O365 E3', 'M365 E5', 'licensing issue', 'licence issue', 'licences not assigned', 'licence assignment', 'SKU mismatch', 'wrong plan', 'E1 to E3', 'NCE', 'New Commerce Experience', 'MCA', 'awaiting EA signature', 'EA not signed', 'LSS', 'LSA', 'price negotiation', 'capex', 'capital expense', 'datacenter move', 'seat count change', 'Teams Phone licence', 'MFA billing', 'add-on licence', 'commercial SKU instead of GCC', 'unfinished tenant move', 'wrong tenant'],
    },
    corrections: [
      {
        kind: 'meaning',
        original: '再販業者',
        corrected: '販売担当者',
        reason: {
          ja: '英語原文の “seller” (マイクロソフトの販売担当者) が「再販業者」と訳されていました。',
          en: 'The English original’s “seller” (Microsoft’s seller) had been translated as “reseller”.',
        },
        date: corrected,
      },
    ],
  },
] as const satisfies readonly L2Data<string, L1Id>[];

export type L2Id = (typeof l2Statuses)[number]['id'];
/** `{l1}/{l2}`: the doc id and URL path of an L2 page (distributed over the entries, so only real pairs). */
export type L2Key = (typeof l2Statuses)[number] extends infer S ? (S extends {parent: infer P extends string; id: infer I extends string} ? `${P}/${I}` : never) : never;
