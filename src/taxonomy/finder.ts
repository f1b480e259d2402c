/**
 * The status finder's questions, as data: each answer leads to another question or to a
 * status. Question ids and status keys are checked at compile time; tests/unit/finder.test.ts
 * proves every status is reachable, no question is a dead end and every path ends.
 */
import type {L1Id} from './l1';
import type {L2Key} from './l2';
import type {L3Key} from './l3';
import type {Localized} from './types';
import {answersParam, walkAnswers, type Step, type Walk} from './finderState';

export const questionIds = ['tenant', 'contact', 'intent', 'no-intent-reason', 'stage', 'blocker'] as const;
export type QuestionId = (typeof questionIds)[number];
/** A status the finder can end on: an L1 (for L1s without L2), an L2 or an L3. */
export type FinderResult = L1Id | L2Key | L3Key;

export type FinderAnswer = {
  /** Unique across the finder; it is what `?answers=` records, so never rename it. */
  readonly id: string;
  readonly label: Localized;
} & ({readonly next: QuestionId} | {readonly result: FinderResult});

export interface FinderQuestion {
  readonly id: QuestionId;
  readonly text: Localized;
  readonly hint?: Localized;
  readonly answers: readonly FinderAnswer[];
}

export const firstQuestion: QuestionId = 'tenant';

export const finderQuestions: Record<QuestionId, FinderQuestion> = {
  tenant: {
    id: 'tenant',
    text: {ja: 'このテナントは、お客様が実際に使う有効なテナントですか。', en: 'Is this a valid tenant that the customer actually uses?'},
    hint: {
      ja: '重複しているテナント、テスト専用のテナント、不正と判定されたテナント、ライセンスを移した後に使われなくなるテナントは「いいえ」です。',
      en: 'Answer no for a duplicate tenant, a test-only tenant, a tenant flagged as fraudulent, or a tenant left unused after its licenses moved.',
    },
    answers: [
      {id: 'valid-tenant', label: {ja: 'はい、有効なテナントです', en: 'Yes, it is a valid tenant'}, next: 'contact'},
      {id: 'invalid-tenant', label: {ja: 'いいえ、重複または無効なテナントです', en: 'No, it is a duplicate or invalid tenant'}, result: 'duplicate-invalid'},
      {
        id: 'outlook-mobile-no-exchange',
        label: {ja: 'Exchange を使わないテナントの Outlook Mobile の利用資格です', en: 'It is an Outlook Mobile entitlement on a tenant without Exchange'},
        result: 'duplicate-invalid',
      },
    ],
  },
  contact: {
    id: 'contact',
    text: {ja: 'お客様のサービス利用の意向を確認できましたか。', en: 'Have you been able to find out whether the customer intends to use the service?'},
    hint: {
      ja: 'このワークロードの FastTrack のエンゲージメントを引き受けたパートナーがいれば、お客様は使うと表明しています。そのパートナーが応答しないときも「はい」を選び (そのパートナーもお客様と連絡がつかない場合を除きます)、次の質問では、そのために展開が止まっていれば「妨げになっている」を、作業は続いているとお客様から確かめられれば「進めている」を選んでください。',
      en: 'If a partner has taken on the FastTrack engagement for this workload, the customer has said it will use it. If that partner does not answer, still choose yes (unless that partner cannot reach the customer either); at the next question, answer that something is holding them back if the rollout has stopped because of it, or that they are deploying if the customer confirms that the work goes on.',
    },
    answers: [
      {id: 'intent-known', label: {ja: 'はい、確認できました', en: 'Yes, I know their intent'}, next: 'intent'},
      {
        id: 'no-response',
        label: {
          ja: 'いいえ。お客様に複数の手段で何度も連絡しましたが反応がなく、FastTrack のエンゲージメントを引き受けたパートナーもいません (または、そのパートナーは応答するものの、お客様と連絡がつきません)',
          en: 'No. Several attempts through different channels got no reply from the customer, and no partner has taken on the FastTrack engagement (or that partner answers but cannot reach the customer either)',
        },
        result: 'status-unknown/customer-unresponsive',
      },
      {
        id: 'new-entitlement',
        label: {
          ja: 'いいえ。まだ尋ねていないか、複数の手段で何度も連絡するところまでは至っていません。または、FastTrack のエンゲージメントを引き受けていないパートナーから聞いただけか、お客様がまだ決めていません',
          en: 'No. Nobody has asked yet, or not yet several times through different channels; or you have only heard from a partner that has not taken on the FastTrack engagement, or the customer has not decided yet',
        },
        result: 'status-unknown/new-subscription-or-workload',
      },
    ],
  },
  intent: {
    id: 'intent',
    text: {ja: 'お客様はこのサービスを使う意向がありますか。', en: 'Does the customer intend to use this service?'},
    hint: {
      ja: 'FastTrack の支援を断っていても、自社やパートナーと展開するなら「使う意向がある」です。まだ始めていない展開を、お客様自身が決めた時期 (別のワークロードの後、合併の完了の後など) に始め、その前に片付ける問題がなければ「進めています」を選びます。予算や人が足りないために開始を延ばしている場合、進めていた作業を合併や COVID-19 のために一時止めている場合、法令やお客様自身のセキュリティ、プライバシーの懸念を理由に使わないと言っていても、それが解消すれば使う場合は「妨げになっています」を選びます。',
      en: 'A customer who turns down FastTrack help but will deploy on their own or with a partner does intend to use it. If a rollout not yet begun is to start at a time the customer itself chose (after another workload, after a merger closes), with nothing to sort out first, choose that they are deploying. Choose that something is holding them back if the start is put off because budget or people are missing, if work under way is paused for a merger or COVID-19, or if the customer says it will not use the service because of a law or its own security or privacy concerns but would use it once that is resolved.',
    },
    answers: [
      {id: 'deploying', label: {ja: 'はい、展開や導入を進めています (自ら決めた時期にこれから始める場合を含みます)', en: 'Yes, and they are deploying or adopting it (or will start at a time they chose)'}, next: 'stage'},
      {id: 'held-back', label: {ja: 'はい、しかし何かが妨げになっています', en: 'Yes, but something is holding them back'}, next: 'blocker'},
      {id: 'no-intent', label: {ja: 'いいえ、今も今後も使わないと表明しています', en: 'No, they have said they will not use it, now or later'}, next: 'no-intent-reason'},
    ],
  },
  'no-intent-reason': {
    id: 'no-intent-reason',
    text: {ja: '使わない主な理由は何ですか。', en: 'What is the main reason they will not use it?'},
    hint: {
      ja: '理由が法令やお客様自身のセキュリティ、プライバシーの懸念で、それが解消すれば使う場合は、前の質問に戻って「妨げになっています」を選んでください。解消しても使わない場合は、ここで理由に合うものを選びます (多くは Microsoft のオンプレミス製品です)。',
      en: 'If the reason is a law or the customer’s own security or privacy concerns and they would use the service once that is resolved, go back and choose that something is holding them back. If they would not use it even then, choose the reason that fits here (most often a Microsoft on-premises product).',
    },
    answers: [
      {id: 'competitor', label: {ja: '他社の製品やサービスを使っている', en: 'They use a competitor’s product'}, result: 'no-intent/using-competitive-solution'},
      {id: 'on-premises', label: {ja: 'Microsoft のオンプレミス製品で足りている', en: 'A Microsoft on-premises product meets the need'}, result: 'no-intent/using-microsoft-on-premises-solution'},
      {
        id: 'no-sponsor',
        label: {ja: '経営層の支援や事業上の価値が見えない、または経営判断で見送った', en: 'No executive sponsor or visible business value, or a business decision against it'},
        result: 'no-intent/executive-sponsorship',
      },
    ],
  },
  stage: {
    id: 'stage',
    text: {ja: '今はどの段階ですか。', en: 'Which stage are they in?'},
    answers: [
      {
        id: 'setting-up',
        label: {ja: 'インフラストラクチャやワークロードを使えるように設定している (これから始める場合を含む)', en: 'Setting up the infrastructure and workload so it can be used (or about to start)'},
        result: 'in-progress/technical-onboarding-deployment',
      },
      {id: 'moving-data', label: {ja: 'ワークロードは使える状態で、データなどを移行している', en: 'The workload is ready and data is being migrated'}, result: 'in-progress/migration'},
      {
        id: 'driving-usage',
        label: {ja: 'ワークロードは使える状態で、利用の定着や拡大に取り組んでいる', en: 'The workload is ready and the focus is on usage and adoption'},
        result: 'in-progress/solution-or-user-adoption',
      },
    ],
  },
  blocker: {
    id: 'blocker',
    text: {ja: '何が妨げになっていますか。', en: 'What is holding them back?'},
    hint: {
      ja: '進めていた作業を合併や COVID-19 のために一時止めていて、ほかに待っている作業がない場合は、IT 部門の答えを選びます。',
      en: 'If work under way is paused for a merger or COVID-19 and waits for nothing else, choose the IT team’s answer.',
    },
    answers: [
      {
        id: 'technology',
        label: {ja: 'お客様の環境のテクノロジー (ネットワーク、AD、端末、ブラウザーなど)', en: 'Technology in the customer’s environment (network, AD, devices, browsers…)'},
        result: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        id: 'it-process-people',
        label: {ja: 'IT 部門のプロセス、人員、スキル (IT スタッフ自身の習得を含む)、または展開作業の予算', en: 'The IT team’s processes, people or skills (its own training included), or the budget for the rollout work'},
        result: 'blocked/it-change-management-resourcing',
      },
      {id: 'law', label: {ja: '法令 (国内のデータセンターや Microsoft の認証がそろっても満たせないもの)', en: 'A law or regulation (one that an in-country datacenter or a Microsoft certification would not satisfy either)'}, result: 'blocked/legal-regulatory'},
      {
        id: 'security',
        label: {
          ja: 'お客様自身のセキュリティやプライバシーの懸念、または Microsoft がすでに満たしている法令 (既存の機能や資料で解決できる)',
          en: 'The customer’s own security or privacy concerns, or a law Microsoft already meets (existing features or documents can settle them)',
        },
        result: 'blocked/security-privacy-non-product-feature',
      },
      {id: 'users', label: {ja: 'エンド ユーザーの準備やトレーニング、または業務プロセス', en: 'End-user readiness or training, or business processes'}, result: 'blocked/adoption-readiness'},
      {id: 'product', label: {ja: '製品の機能が足りない、不具合がある、または国内のデータセンターや認証を待っている', en: 'A product feature is missing or has a bug, or an in-country datacenter or a certification is awaited'}, result: 'blocked/product-feature-capability'},
      {id: 'service-quality', label: {ja: '障害や遅延などによるサービスへの不信', en: 'Lost confidence after outages or slow service'}, result: 'blocked/service-reliability'},
      {
        id: 'application',
        label: {ja: 'お客様の業務アプリやアドインが対応していない', en: 'The customer’s line-of-business apps or add-ins are not compatible'},
        result: 'blocked/app-compatibility',
      },
      {
        id: 'partner',
        label: {
          ja: 'パートナーの選定や契約、パートナーの支援の範囲やスキル、またはパートナーが応答しないために展開が止まっていること',
          en: 'Choosing or contracting a partner, its scope or skills, or a partner whose silence has stopped the rollout',
        },
        result: 'blocked/partner-engagement',
      },
      {
        id: 'licensing',
        label: {ja: 'ライセンス、請求、サブスクリプション (ライセンスを追加で購入する予算を含む)', en: 'Licensing, billing or the subscription (including the budget for extra licenses)'},
        result: 'blocked/billing-licensing-subscription',
      },
    ],
  },
};

export type FinderStep = Step<FinderQuestion>;
export type FinderState = Walk<FinderQuestion>;

/** Follows the answers from the first question; stops at the first id that does not fit. */
export function followAnswers(answerIds: readonly string[], questions: Record<QuestionId, FinderQuestion> = finderQuestions): FinderState {
  return walkAnswers(answerIds, questions, firstQuestion);
}

export {answersParam};
