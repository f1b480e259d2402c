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
      ja: '重複しているテナント、テスト専用のテナント、不正と判定されたテナント、ライセンスを移した後に使われなくなるテナントは「いいえ」です。ライセンスの集計の食い違いで実際より多く計上されていると確認された利用資格も、多い分は「いいえ」です。',
      en: 'Answer no for a duplicate tenant, a test-only tenant, a tenant flagged as fraudulent, or a tenant left unused after its licenses moved. Answer no too for entitlements confirmed as over-counted by a license-reporting mismatch (the extra ones).',
    },
    answers: [
      {id: 'valid-tenant', label: {ja: 'はい、有効なテナントです', en: 'Yes, it is a valid tenant'}, next: 'contact'},
      {id: 'invalid-tenant', label: {ja: 'いいえ、重複または無効なテナントか、実際より多く計上された利用資格です', en: 'No, it is a duplicate or invalid tenant, or over-counted entitlements'}, result: 'duplicate-invalid'},
      {
        id: 'outlook-mobile-no-exchange',
        label: {ja: 'Exchange を使わずに Microsoft 365 Apps と Outlook Mobile を使うテナントの、Outlook Mobile の利用資格です', en: 'It is an Outlook Mobile entitlement on a tenant that uses Microsoft 365 Apps and Outlook Mobile without Exchange'},
        result: 'duplicate-invalid',
      },
    ],
  },
  contact: {
    id: 'contact',
    text: {ja: 'お客様のサービス利用の意向が、今分かっていますか。', en: 'Do you know the customer’s intent now?'},
    hint: {
      ja: 'お客様がこのワークロードを使うか使わないかを表明していて (FM に直接か、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して。誰の言葉が表明になるかは用語集の「お客様の表明」を参照)、今もお客様かそのパートナーと連絡が取れていれば「はい」です。そのパートナーがいれば、お客様は使うと表明しています。そのパートナーが FM に応答しないときも「はい」を選び、次の質問では、作業が続いているとお客様から確かめられれば「進めています」を、確かめられなければ (お客様にも連絡がつかない場合を含みます)「妨げになっています」を選びます。お客様が行っているパイロットや PoC も「はい」です (用語集の「お客様の表明」を参照)。ただし、終わった後で対象のユーザーも使っていないまま全社展開を検討している場合は、まだ決めていない答えを選びます。お客様と連絡は取れていても、このワークロードについてまだ尋ねていないか、お客様がまだ決めていない場合は、まだ決めていない答えを選びます。「いずれ使う」と言うだけで、開始日も時期の目安も、その後に始める出来事もなく、欠けているものも挙げていないお客様も、まだ決めていない答えです。手の空く人や、会社として使うと決めたワークロードの予算など、欠けているものを挙げていれば (用語集の「お客様の表明」を参照)、「はい」を選び、次の質問で「妨げになっています」を選びます (進行中とステータス不明の見分け方を参照)。以前は使うと聞いていても、今はお客様が応答せず、そのパートナーがいないか、応答はするもののお客様と連絡がつかない場合は、反応がない答えを選びます。',
      en: 'Choose yes if the customer has said whether it will use this workload (to the FM directly, or through the partner that has taken on the FastTrack engagement for this workload; for whose word counts, see the glossary’s “customer’s statement”), and you are still in touch with the customer or that partner. If there is such a partner, the customer has said it will use the workload. Choose yes too if that partner does not answer you; at the next question, choose that they are deploying if the customer confirms that the work goes on, and that something is holding them back if not (including when the customer cannot be reached either). A pilot or PoC the customer is running counts as yes too (see the glossary’s “customer’s statement”); once it has ended, and its users no longer use the workload while the customer decides on the rollout, choose the answer for a customer that has not decided yet. If you are in touch with the customer but have not asked about this workload yet, or the customer has not decided yet, choose the answer for a customer that has not decided yet. So is a customer that only says it will use it “some day”, with no start date, rough period or event to start after, and names nothing it lacks. If it names what it lacks, such as people free to do the work or a budget for a workload the company has decided on (see the glossary’s “customer’s statement”), choose yes, then that something is holding them back (see how to tell In Progress from Status Unknown). If the customer said earlier that it would use the service but no longer answers, and there is no such partner, or that partner answers but cannot reach the customer either, choose the no-reply answer.',
    },
    answers: [
      {id: 'intent-known', label: {ja: 'はい、分かっています', en: 'Yes, I know their intent'}, next: 'intent'},
      {
        id: 'no-response',
        label: {
          ja: 'いいえ。お客様に複数の手段で何度も連絡しましたが反応がなく (以前は使うと聞いていても同じです)、FastTrack のエンゲージメントを引き受けたパートナーもいません (または、そのパートナーは応答するものの、お客様と連絡がつきません)',
          en: 'No. Several attempts through different channels got no reply from the customer (even if it said earlier that it would use it), and no partner has taken on the FastTrack engagement (or that partner answers but cannot reach the customer either)',
        },
        result: 'status-unknown/customer-unresponsive',
      },
      {
        id: 'new-entitlement',
        label: {
          ja: 'いいえ。まだ尋ねていないか、複数の手段で何度も連絡するところまでは至っていません。または、お客様とは連絡が取れていて (または、まだ何度も連絡していなくて)、FastTrack のエンゲージメントを引き受けていないパートナーから聞いただけか、お客様がまだ決めていません',
          en: 'No. Nobody has asked yet, or not yet several times through different channels; or the customer can be reached (or has not yet been tried several times) and you have only heard from a partner that has not taken on the FastTrack engagement; or the customer has not decided yet',
        },
        result: 'status-unknown/new-subscription-or-workload',
      },
    ],
  },
  intent: {
    id: 'intent',
    text: {ja: 'お客様はこのサービスを使う意向がありますか。', en: 'Does the customer intend to use this service?'},
    hint: {
      ja: 'FastTrack の支援を断っていても、自社やパートナーと展開するなら「使う意向がある」です。開始が先になるときは、開始の前にあるのがお客様自身の計画に入っていて予定どおり進んでいる手順 (別のワークロードを先に済ませる、いつもの予算サイクルやいつもの調達の手続き、決算期などの定例の変更の凍結など) なら「進めています」を選びます。開始日が後ろにずれたときは、ずれた理由で選びます (自社のワークロード、ウェーブ、自社の別の案件 (基幹システムの更新など) の順序の見直しや、最初の計画で開始の後に置いた出来事の遅れなら「進めています」、開始の前に必要なものが遅れたためや、合併、組織再編、他の組織の移行などの出来事の後にずらしたためなら「妨げになっています」)。作業そのものに必要で、お客様が自社の計画や調達では得られないもの (例は進行中とブロックの見分け方を参照) を待っている場合は、日付が発表されていても「妨げになっています」です。お客様が発注したもの (PC の納品、回線の開通、SI の作業など) が予定どおり進む場合と、最初の計画で、作業そのものには必要のない他の組織 (本社、県、他の省庁など) の移行の後に開始を置いた場合は「進めています」です。作業に必要なもの (予算、人、契約など) が欠けていて開始の時期を示せないか、予定の開始に間に合わない、否決された、行き詰まっている場合や、計画していた作業をある出来事が終わるまでお客様が止めている場合、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが応答せず、作業が続いているとお客様から確かめられない場合は「妨げになっています」を選びます (進行中とブロックの見分け方を参照)。理由を挙げて使わないと言っていても、それが解消すれば使うなら「妨げになっています」です。解消したら使うかどうかをお客様が言えない場合や、お客様がまだ決めていない場合は、前の質問に戻り、お客様がまだ決めていない答えを選びます。',
      en: 'A customer who turns down FastTrack help but will deploy on their own or with a partner does intend to use it. When the start is later, choose that they are deploying if the steps before it are part of the customer’s own plan and on schedule (another workload first, its regular budget cycle or procurement, a standing freeze such as the fiscal year-end, for example). When the start has moved later, go by why: re-ordering its own workloads, waves or other projects (an ERP renewal, for example), or a slip of the event its first plan starts after, means they are deploying; something needed first running late, or a move to after an event such as a merger, a reorganization or another organization’s move, means something is holding them back. Waiting for what the work itself needs and the customer cannot get through its own plan or procurement (for examples, see how to tell In Progress from Blocked) means something is holding them back, even when a date has been announced. What the customer has ordered (PCs, lines, a systems integrator’s work) being delivered or done on schedule, or a first start put after a move by another organization (its head office, a prefecture, another ministry) that the work itself does not need, means they are deploying. Choose that something is holding them back if something the work needs (a budget, people, a contract, for example) is missing so that no start can be named, or is late for the planned start, refused or stuck; if the customer has halted planned work until an event is over; or if the partner that has taken on the FastTrack engagement for this workload does not answer and the customer has not confirmed that the work goes on (see how to tell In Progress from Blocked). A customer that names a reason for not using the service, but would use it once that is resolved, is held back too. If the customer cannot say whether it would use it once that is resolved, or has not decided yet, go back and choose the answer for a customer that has not decided yet.',
    },
    answers: [
      {id: 'deploying', label: {ja: 'はい、お客様自身の計画のとおりに展開や導入を進めています (開始の時期を決めていて、開始が先になる場合を含みます)', en: 'Yes, and they are deploying or adopting it on their own plan (a later start with its timing set included)'}, next: 'stage'},
      {id: 'held-back', label: {ja: 'はい、しかし何かが妨げになっています', en: 'Yes, but something is holding them back'}, next: 'blocker'},
      {id: 'no-intent', label: {ja: 'いいえ、今も今後も使わないと表明しています', en: 'No, they have said they will not use it, now or later'}, next: 'no-intent-reason'},
    ],
  },
  'no-intent-reason': {
    id: 'no-intent-reason',
    text: {ja: '使わない主な理由は何ですか。', en: 'What is the main reason they will not use it?'},
    hint: {
      ja: '理由が妨げ (法令、セキュリティ、サービスの信頼性 (安定性や可用性)、ネットワーク、アプリ、契約など) で、それが解消すれば使う場合は、前の質問に戻って「妨げになっています」を選んでください。解消したら使うかどうかをお客様が言えない場合は、「意向が今分かっているか」の質問に戻り、お客様がまだ決めていない答えを選びます。解消しても使わない場合は、ここで理由に合うものを選びます。お客様が今のオンプレミス製品を理由に挙げていれば、経営層が判断した場合でも、オンプレミス製品の答えです。',
      en: 'If the reason is an obstacle (a law or regulation, security, the service’s reliability (stability, availability), the network, apps, the contract, for example) and they would use the service once it is resolved, go back and choose that something is holding them back. If they cannot say whether they would use it once it is resolved, go back to the question whether you know the customer’s intent now and choose the answer for a customer that has not decided yet. If they would not use it even then, choose the reason that fits here. If the customer names its current on-premises product as the reason, choose the on-premises answer, even when leadership made the decision.',
    },
    answers: [
      {id: 'competitor', label: {ja: '他社の製品やサービスを使っています', en: 'They use a competitor’s product'}, result: 'no-intent/using-competitive-solution'},
      {id: 'on-premises', label: {ja: 'Microsoft のオンプレミス製品で足りていて、使い続けます', en: 'A Microsoft on-premises product meets the need, and they will keep it'}, result: 'no-intent/using-microsoft-on-premises-solution'},
      {
        id: 'no-sponsor',
        label: {ja: '経営層の支援や事業上の価値が見えないか、経営判断で導入しないと決めました (オンプレミス製品を理由に挙げていません)', en: 'No executive sponsor or visible business value, or a business decision against it (no on-premises product named as the reason)'},
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
        label: {ja: 'インフラストラクチャやワークロードを全社で使えるように設定しています (全社展開の前のパイロットや、これから始める場合を含みます)', en: 'Setting up the infrastructure and workload so it can be used company-wide (a pilot before the full rollout, or about to start, included)'},
        result: 'in-progress/technical-onboarding-deployment',
      },
      {id: 'moving-data', label: {ja: 'ワークロードは (パイロットを行っている場合は、その対象を超えて) 使える状態で、データなどを移行しています', en: 'The workload is ready (beyond the pilot group, if there is a pilot) and data is being migrated'}, result: 'in-progress/migration'},
      {
        id: 'driving-usage',
        label: {ja: 'ワークロードは (パイロットを行っている場合は、その対象を超えて) 使える状態で、利用の定着や拡大に取り組んでいます', en: 'The workload is ready (beyond the pilot group, if there is a pilot) and the focus is on usage and adoption'},
        result: 'in-progress/solution-or-user-adoption',
      },
    ],
  },
  blocker: {
    id: 'blocker',
    text: {ja: '何が妨げになっていますか。', en: 'What is holding them back?'},
    hint: {
      ja: '計画していた作業を、ある出来事が終わるまでお客様が止めていて (合併、COVID-19、基幹システムの切り替えのための変更の凍結など。決算期や年末年始などの定例の変更の凍結は含みません)、ほかに待っているものがない場合は、IT 部門の答えを選びます。伝えていた開始日を、そうした出来事や組織再編、作業そのものには必要のない他の組織の移行の後にずらし、ほかに待っているものがない場合も同じです (進行中とブロックの見分け方を参照)。パートナーは決まっていて、契約が委託費の予算の承認だけを待っている場合も、IT 部門の答えです。',
      en: 'If the customer has halted planned work until an event is over (a merger, COVID-19, a change freeze for an ERP cut-over, for example; not a standing freeze in its calendar such as the fiscal year-end) and waits for nothing else, choose the IT team’s answer. So is a start it had given that it moves to after such an event, a reorganization, or another organization’s move that the work itself does not need, when it waits for nothing else (see how to tell In Progress from Blocked). Choose it too when the partner has been chosen and the contract waits only for the budget for its fees to be approved.',
    },
    answers: [
      {
        id: 'technology',
        label: {
          ja: 'お客様の環境のテクノロジー、または他の組織が提供し、作業に必要な基盤です (ネットワーク、AD、端末、ブラウザー、前提とする別のワークロード、本社のネットワークなど)',
          en: 'Technology in the customer’s environment, or infrastructure another organization provides that the work needs (network, AD, devices, browsers, another workload this one depends on, the head office’s network…)',
        },
        result: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        id: 'it-process-people',
        label: {ja: 'IT 部門のプロセス、人員、スキル (IT スタッフ自身の習得を含みます)、または展開作業の予算 (パートナーへの委託費を含みます) です', en: 'The IT team’s processes, people or skills (its own training included), or the budget for the rollout work (a partner’s fees included)'},
        result: 'blocked/it-change-management-resourcing',
      },
      {id: 'law', label: {ja: '法令や業界のコンプライアンス基準です (国内のデータセンターや Microsoft の認証がそろっても満たせないもの)', en: 'A law or regulation, or an industry compliance standard (one that an in-country datacenter or a Microsoft certification would not satisfy either)'}, result: 'blocked/legal-regulatory'},
      {
        id: 'security',
        label: {
          ja: 'お客様自身のセキュリティやプライバシーの懸念、または Microsoft がすでに満たしている法令や業界の基準です (既存の機能や資料で解決できます)',
          en: 'The customer’s own security or privacy concerns, or a law or regulation, or an industry standard, that Microsoft already meets (existing features or documents can settle them)',
        },
        result: 'blocked/security-privacy-non-product-feature',
      },
      {id: 'users', label: {ja: 'エンド ユーザーの準備やトレーニング、または業務プロセスです', en: 'End-user readiness or training, or business processes'}, result: 'blocked/adoption-readiness'},
      {id: 'product', label: {ja: '製品の機能が足りないか不具合があります。または、国内のデータセンターや認証を待っています', en: 'A product feature is missing or has a bug, or an in-country datacenter or a certification is awaited'}, result: 'blocked/product-feature-capability'},
      {id: 'service-quality', label: {ja: '障害や遅延などによるサービスへの不信です', en: 'Lost confidence after outages or slow service'}, result: 'blocked/service-reliability'},
      {
        id: 'application',
        label: {ja: 'お客様の業務アプリやアドインが対応していません', en: 'The customer’s line-of-business apps or add-ins are not compatible'},
        result: 'blocked/app-compatibility',
      },
      {
        id: 'partner',
        label: {
          ja: 'パートナーの選定や契約、パートナーの支援の範囲やスキルです。または、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが応答せず、作業が続いているとお客様から確かめられません',
          en: 'Choosing or contracting a partner, or its scope or skills; or the partner that has taken on the FastTrack engagement for this workload does not answer and the customer has not confirmed that the work goes on',
        },
        result: 'blocked/partner-engagement',
      },
      {
        id: 'licensing',
        label: {ja: 'ライセンス、請求、サブスクリプションです (ライセンスを追加で購入する予算が否決されたか、予定の開始に間に合わない場合を含みます)', en: 'Licensing, billing or the subscription (including a budget for extra licenses that was refused or is late for the planned start)'},
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
