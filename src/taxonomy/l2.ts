import type {L1Id} from './l1';
import type {L2Data, SeedCorrection} from './types';

const corrected = '2026-11-25' as const;

/**
 * One slip in two seed definitions (Competitive and On-Premises share the sentence), so one
 * correction, recorded on both.
 */
const compellingOrNotMade: SeedCorrection = {
  kind: 'meaning',
  original: '説得力がありませんし、顧客に対しても行われていません。',
  corrected: '説得力がないか、お客様に示されていません。',
  inEnglish: {original: '“is not compelling, and has not been made to the customer either”', corrected: '“is not compelling, or has not been made to the customer”'},
  reason: {
    ja: '原文の「説得力がありませんし、顧客に対しても行われていません」は、説得力がなく、しかもお客様に示されてもいない、という両方を求めるように読めますが、英語原文とプレイブックは「説得力がないか、まだお客様に示されていない」のどちらかで足りるとしています。英語版と意味をそろえ、このサイトの書き方に合わせて「顧客」を「お客様」としました。',
    en: 'The seed’s Japanese reads as if the case must be both not compelling and never made to the customer; the English original and the playbook need only one of the two (not compelling, or not yet made). The Japanese now says “or”, as the English does, and uses the polite word for the customer that the rest of the site uses.',
  },
  date: '2026-12-01',
};

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
    partnerStep: {
      ja: 'このお客様のパートナーとして FM から利用意向を尋ねられたら、分かっている範囲でお答えください。',
      en: 'If you are this customer’s partner and the FM asks you about the customer’s intent, tell them what you know.',
    },
    corrections: [
      {
        kind: 'meaning',
        original: 'お客様 (およびパートナー) が、最初のデューディリジェンス後に連絡を試みず (さまざまなチャネルを通じた連絡を複数回行う)、反応がありません。',
        corrected: '最初のデューディリジェンスとして連絡を試みた (さまざまなチャネルを通じて複数回連絡した) にもかかわらず、お客様 (およびパートナー) から反応がありません。',
        inEnglish: {original: '“After the initial due diligence, the customer (and partner) do not attempt contact (several contacts through different channels) and do not respond.”', corrected: '“Despite contact attempts as initial due diligence (several contacts through different channels), there is no response from the customer (and partner).”'},
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
    partnerStep: {
      ja: 'お客様の展開を自社で担当していて FastTrack の支援が不要な場合も、そのことを FM にお伝えください。「支援は不要」とお伝えいただくだけでは、お客様の利用意向は確認できません。使う予定をお客様から FM に直接伝えていただくよう、お客様にご案内ください。お客様からこのワークロードの展開を任されている場合は、そのことを FM にお伝えいただき、キックオフや DIBS の確認を FM と一緒に進めてください。',
      en: 'If you handle this customer’s deployment yourself and need no FastTrack help, tell the FM so. Saying that no help is needed does not tell the FM whether the customer will use the service: ask the customer to tell the FM directly. If the customer has given you this workload’s deployment, tell the FM so and agree the kickoff and the DIBS with the FM.',
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
    partnerStep: {
      ja: 'お客様と展開を進める場合は、その体制と予定の時期を FM にお伝えください。FM はエンゲージメント シナリオを記録し、DIBS で伺った時期をもとに目標日を設定します。',
      en: 'If you are deploying for the customer, tell the FM who deploys and when: the FM records the engagement scenario and bases the target date on the timing collected in the DIBS.',
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
  },
  // ---- 意思なし / No Intent ----
  {
    id: 'using-competitive-solution',
    parent: 'no-intent',
    legacyPage: 'l1l2l3-no-intent-using-competitive-solution-jp',
    origin: 'seed',
    name: {ja: '競合ソリューションの使用', en: 'Using Competitive Solution'},
    summary: {
      ja: 'お客様は競合他社のソリューションを使用しているため、サービスを使用する意図はありません。Microsoft のサービスを利用するケースは説得力がないか、お客様に示されていません。経済やビジネスの価値の販売、または優れた価値提案が必要です。',
      en: 'The customer has no intent to use the service because they use a competitor’s solution. The case for Microsoft’s service is not compelling or has not been made to the customer. Selling the economic or business value, or a stronger value proposition, is needed.',
    },
    corrections: [
      {
        kind: 'meaning',
        original: '競争力のあるソリューション',
        corrected: '競合他社のソリューション',
        inEnglish: {original: '“a strong (highly competitive) solution”', corrected: '“a competitor’s solution”'},
        reason: {
          ja: '「競争力のある」は「競争に強い、優れた」という意味で、名前の「競合ソリューション」や英語原文 (competitive solution: 競合他社のソリューション) と食い違っていました。',
          en: 'The seed’s wording means “a strong, highly competitive solution”; the status name and the English original mean a competitor’s solution.',
        },
        date: '2026-12-01',
      },
      compellingOrNotMade,
    ],
  },
  {
    id: 'using-microsoft-on-premises-solution',
    parent: 'no-intent',
    legacyPage: 'l1l2l3-no-intent-using-microsoft-on-premises-solution-jp',
    origin: 'seed',
    name: {ja: 'Microsoft のオンプレミス ソリューションの使用', en: 'Using Microsoft On-Premises Solution'},
    summary: {
      ja: 'お客様は Microsoft オンプレミスを使用しているため、サービスを使用する意図はありません。Microsoft のクラウド サービスを利用するケースは説得力がないか、お客様に示されていません。経済やビジネスの価値の販売、または優れた価値提案が必要です。',
      en: 'The customer has no intent to use the service because they use Microsoft on-premises products. The case for Microsoft’s cloud services is not compelling or has not been made to the customer. Selling the economic or business value, or a stronger value proposition, is needed.',
    },
    corrections: [
      compellingOrNotMade,
    ],
  },
  {
    id: 'executive-sponsorship',
    parent: 'no-intent',
    legacyPage: 'l1l2l3-no-intent-executive-sponsorship-jp',
    origin: 'seed',
    name: {ja: 'エグゼクティブの支援', en: 'Executive Sponsorship'},
    summary: {
      ja: '会社の意思決定レベルにおいて、クラウドへの移行や実装と使用の優先順位に関する認知度、説得、または支援が不足しています。お客様はまた、ビジネス上の決定または再編成のために意図を持っていない可能性があります。ビジネス価値の販売が必要です。',
      en: 'At the company’s decision-making level there is not enough awareness, conviction or sponsorship for moving to the cloud or for prioritizing implementation and use. The customer may also have no intent because of a business decision or a reorganization. Selling the business value is needed.',
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
      ja: 'サービスのメンテナンスまたは更新により、お客様の既存の IT プロセスとポリシー (プロセス監視、インシデント処理、問題検出、自宅使用ポリシーなど) が中断しており、導入を妨げています。変更を管理するためのプロセスまたはポリシーの再設計が必要です。お客様は、改修 (リメディエーション) のためのリソースの不足 (予算/人) によってブロックされる可能性があります。',
      en: 'Service maintenance or updates disrupt the customer’s existing IT processes and policies (process monitoring, incident handling, problem detection, home-use policies and so on), and this holds back adoption. Processes or policies must be redesigned to manage the change. The customer may also be blocked by a lack of resources (budget or people) for remediation.',
    },
    partnerStep: {
      ja: 'お客様の IT 部門に足りないスキルをパートナーとして補える場合は、支援できる範囲を FM にお伝えください。',
      en: 'If you can supply skills the customer’s IT team lacks, tell the FM what you can take on.',
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
    corrections: [
      {
        kind: 'meaning',
        original: '展開準備のためのリソースの不足',
        corrected: '改修 (リメディエーション) のためのリソースの不足',
        inEnglish: {original: '“a lack of resources for deployment preparation”', corrected: '“a lack of resources for remediation”'},
        reason: {
          ja: '「展開準備」は英語原文の remediation (環境の改修) の訳ですが、「展開の準備」と読めてしまいます。ここでは意味が伝わるよう「改修 (リメディエーション)」としました。ステータス名「お客様の IT インフラストラクチャ、展開準備」の「展開準備」も同じ remediation の訳ですが、名前は元の文書のとおりです。',
          en: 'The seed translates “remediation” with a word that reads as “preparing the deployment”; here it now says remediation. The same word in the Japanese name of Customer IT Infrastructure and Remediation also means remediation; the name stays as the seed has it.',
        },
        date: '2026-12-01',
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
    corrections: [
      {
        kind: 'meaning',
        original: 'サービスを使用する意図はありません',
        corrected: 'サービスの展開がブロックされています。',
        inEnglish: {original: '“has no intent to use the service” (and no full stop)', corrected: '“deployment of the service is blocked.”'},
        reason: {
          ja: 'このステータスは「ブロック」(お客様に利用意向がある) の下にあるため、「意図はありません」(意思なし) と矛盾していました。法令によって展開がブロックされている状態として表現し、欠けていた句点を補いました。',
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
    notes: [
      {
        kind: 'boundary',
        text: {
          ja: 'この L2 の場合、問題はほとんどの場合、*ユーザーの準備* または *ユーザーのトレーニング* に関連しています。場合によっては、*ビジネス ルールや決定* に関連することがあります。IT スタッフ、IT チーム、テクノロジには関連していません。',
          en: 'For this L2 the problem is almost always about *user readiness* or *user training*, and occasionally about *business rules or decisions*. It is not about IT staff, the IT team or technology.',
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
      ja: '製品/サービスのコア機能 (セキュリティ/プライバシー設定、機能、認証など) がないか、バグがあります。主に GetHelp または OneList によって解決されます。',
      en: 'A core feature of the product or service (security or privacy settings, functionality, certifications and so on) is missing or has a bug. This is mainly resolved through GetHelp or OneList.',
    },
    corrections: [
      {
        kind: 'meaning',
        original: '証明書',
        corrected: '認証',
        inEnglish: {original: '“certificates”', corrected: '“certifications”'},
        reason: {
          ja: '「証明書」は電子証明書 (certificate) を指します。英語原文の certifications は、業界やコンプライアンスの認証のことです。',
          en: 'The seed’s word means a (digital) certificate; the English original’s “certifications” are industry and compliance certifications.',
        },
        date: '2026-12-01',
      },
    ],
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
    corrections: [
      {
        kind: 'typo',
        part: 'list-entry',
        original: '[サービスの信頼性]',
        corrected: '[L2 - サービスの信頼性]',
        inEnglish: {original: '“[Service Reliability]” (without the “L2 -” prefix)', corrected: '“[L2 - Service Reliability]”'},
        reason: {
          ja: '元の文書の一覧では、この項目だけ、ほかの L2 にある「L2 -」の接頭辞が抜けていました (プレイブックのどの言語版でも同じです)。ブロックの下にある L2 なので、このサイトではほかの L2 と同じように扱っています。名前は元の文書のとおりです。',
          en: 'In the seed’s list, only this entry lacks the “L2 -” prefix every other L2 has (in every language of the playbook). It is an L2 under Blocked, so the site shows it like the other L2s. The name is the seed’s.',
        },
        date: '2026-12-01',
      },
    ],
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
    corrections: [
      {
        kind: 'typo',
        original: '(LOA)',
        corrected: '(LOB)',
        inEnglish: {original: '(LOA)', corrected: '(LOB)'},
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
        inEnglish: {original: '“because they were certified compatible with the cloud services”', corrected: '“because their compatibility with the cloud services has not been certified”'},
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
    partnerStep: {
      ja: 'FM や Partner Success Manager からの連絡 (DIBS の依頼を含む) には、早めにお答えください。スキルや作業範囲 (SOW) の都合で進められないワークロードがある場合も、FM にお伝えください。',
      en: 'Answer your FM or Partner Success Manager promptly, including requests for the DIBS. If skills or the scope of your statement of work (SOW) keep a workload from moving, tell the FM.',
    },
    corrections: [
      {
        kind: 'meaning',
        original: '操作の制限',
        corrected: '経験の不足',
        inEnglish: {original: '“operational restrictions”', corrected: '“limited experience”'},
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
      en: 'Implementation is blocked until subscription issues are resolved (license assignment, license transfer, a wrong SKU, a reduced seat count and so on). The seller, the LSS and/or the LSA need to be involved.',
    },
    partnerStep: {
      ja: 'お客様の代わりにライセンスを購入した場合は、展開しないワークロードがあるかどうかを FM にお伝えください。',
      en: 'If you bought the licenses for the customer, tell the FM whether there are workloads you will not deploy.',
    },
    corrections: [
      {
        kind: 'meaning',
        original: '再販業者',
        corrected: '販売担当者',
        inEnglish: {original: '“reseller”', corrected: '“seller”'},
        reason: {
          ja: '英語原文の “seller” (Microsoft の販売担当者) が「再販業者」と訳されていました。',
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
