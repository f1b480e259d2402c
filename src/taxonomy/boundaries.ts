/**
 * Boundary rules: how to tell two look-alike statuses apart, each written ONCE, as data.
 * Both statuses' pages render the rule in their "not this one" section (L1 pages: their
 * neighbours section; rules between two L2s of an L1 also under its L2 list), the finder
 * shows it under a result, and the search shows it when both statuses come up together.
 * A page's own prose never restates a boundary: `npm run check` rejects a status link in
 * those sections. Status keys are checked at compile time; the guard
 * (src/plugins/status-pages/checkRules.ts) rejects a rule that names a retired status.
 */
import type {StatusKey} from './keys';
import type {IsoDate, Localized} from './types';

export interface RuleAnswer {
  /** The answer to the rule's question, as a partner would give it. */
  readonly answer: Localized;
  /** The status this answer leads to. */
  readonly status: StatusKey;
}

export interface RuleExample {
  /** A concrete situation, in one or two sentences. */
  readonly case: Localized;
  /** The status it gets: one of the rule's two. */
  readonly status: StatusKey;
}

/**
 * Where the line comes from: the playbook facts or the seed document; or, where the facts
 * leave a choice, a decision of ours, listed with its reason on the update-history page.
 */
export type RuleBasis =
  | {readonly kind: 'facts' | 'seed'}
  | {readonly kind: 'decision'; readonly date: IsoDate; readonly reason: Localized};

export interface BoundaryRule {
  /** Stable kebab-case id: the rule's anchor (`#rule-{id}`) on both pages; never rename it. */
  readonly id: string;
  /** The one question that decides between the two statuses. */
  readonly question: Localized;
  /** Its two answers, each leading to one of the two statuses (different ones). */
  readonly answers: readonly [RuleAnswer, RuleAnswer];
  /** One or two situations, each with the status it gets. */
  readonly examples: readonly RuleExample[];
  readonly basis: RuleBasis;
}

const decided = '2026-12-01' as const;

export const boundaryRules = [
  // ---- ステータス不明 / Status Unknown ----
  {
    id: 'silent-partner',
    question: {
      ja: '応答しないパートナーは、お客様の唯一の窓口で、すでにこのエンゲージメントを引き受けていますか。',
      en: 'Is the silent partner the customer’s only contact, and has it already taken on this engagement?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様とはパートナーを通してしか連絡できず、そのパートナーが引き受けた後で応答しなくなりました。',
          en: 'Yes. The customer can only be reached through the partner, and the partner stopped answering after taking the engagement on.',
        },
        status: 'blocked/partner-engagement',
      },
      {
        answer: {
          ja: 'いいえ。お客様の利用意向を確かめようとしても、お客様からもパートナーからも応答がありません。',
          en: 'No. You are trying to learn the customer’s intent, and neither the customer nor the partner answers.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナーはキックオフまで対応していましたが、DIBS を依頼してから 3 回連絡しても応答がありません。お客様の窓口はそのパートナーだけです。',
          en: 'The partner took part up to the kickoff, but has not answered three messages since you asked for the DIBS. It is the customer’s only contact.',
        },
        status: 'blocked/partner-engagement',
      },
      {
        case: {
          ja: 'お客様が使う予定かどうかをパートナーに問い合わせましたが返事がなく、お客様の担当者にも連絡がつきません。',
          en: 'You asked the partner whether the customer plans to use the service; it has not replied, and the customer’s own contact cannot be reached either.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'ファクトには、パートナーだけが窓口で応答しない場合はパートナーの関与、お客様の意向を知るためにパートナーに連絡しても返事がない場合はお客様の無反応、という 2 つの記述があり、以前のページはこの 2 つを別々の条件で書いていました。ブロックはお客様に利用意向があることが前提なので、パートナーがエンゲージメントを引き受けているかどうかで分けることにしました。',
        en: 'The facts say both: a partner that is the only contact and does not answer is Partner Engagement, and a partner that cannot be reached to learn the customer’s intent is Customer Unresponsive; the earlier pages put different conditions on each. Blocked assumes the customer intends to use the service, so the line is whether the partner has already taken the engagement on.',
      },
    },
  },
  {
    id: 'customer-goes-quiet',
    question: {
      ja: 'お客様は今も連絡に応じていますか。',
      en: 'Does the customer still answer when you contact them?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。進みは遅くても、やり取りは続いています。',
          en: 'Yes. Progress may be slow, but you are still in touch.',
        },
        status: 'in-progress',
      },
      {
        answer: {
          ja: 'いいえ。途中から応答がなくなり、手段を変えて何度連絡しても返事がありません。',
          en: 'No. They stopped answering partway, and several attempts through different channels got no reply.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    examples: [
      {
        case: {
          ja: '移行の途中でお客様の担当者から返事が来なくなり、メール 2 回と電話 2 回、代表窓口への問い合わせにも応答がありません。',
          en: 'Partway through the migration the customer’s contact stopped replying; two emails, two calls and a message to the main office got no answer.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    basis: {kind: 'facts'},
  },
  // ---- 進行中 / In Progress ----
  {
    id: 'data-left-to-move',
    question: {
      ja: 'ワークロードが使える状態になった後も、移行するデータ (メールボックス、ファイル、アプリケーションなど) が残っていますか。',
      en: 'Now that the workload can be used, is there still data (mailboxes, files, applications and so on) left to migrate?',
    },
    answers: [
      {
        answer: {ja: 'はい。移行がまだ残っています。', en: 'Yes. Some migration is still to do.'},
        status: 'in-progress/migration',
      },
      {
        answer: {ja: 'いいえ。移行は終わったか、もともと不要で、あとは利用を広げるだけです。', en: 'No. Migration is done or was never needed; what is left is growing the usage.'},
        status: 'in-progress/solution-or-user-adoption',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Exchange Online は使える状態ですが、部署ごとのメールボックス移行が半分残っています。',
          en: 'Exchange Online is ready, but half of the departments’ mailboxes are still to be migrated.',
        },
        status: 'in-progress/migration',
      },
      {
        case: {
          ja: 'ファイル サーバーからの移行は完了しましたが、OneDrive のアクティブ ユーザーはまだ 1 割に届きません。',
          en: 'The file server migration is complete, but fewer than one user in ten is active on OneDrive.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
    ],
    basis: {kind: 'facts'},
  },
  // ---- ブロック / Blocked ----
  {
    id: 'waiting-for-another-organisation',
    question: {
      ja: '展開を止めているのは法令や規制そのものですか。それとも法令上の問題はなく、他の組織 (他の省庁や本社など) が先に移行するのを待っているだけですか。',
      en: 'Is a law or regulation itself stopping the deployment, or is there no legal obstacle and the customer is only waiting for another organisation (another agency, the head office) to move first?',
    },
    answers: [
      {
        answer: {
          ja: '法令や規制が、クラウドへのデータの保存やサービスの利用を禁じています。',
          en: 'A law or regulation bars storing the data in the cloud or using the service.',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        answer: {
          ja: '法令上の問題はなく、他の組織の移行が終わってから始めると決めています。目標日は、その移行の後に設定します。',
          en: 'There is no legal obstacle; the customer has decided to start once the other organisation has moved. Set the target date after that move.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    examples: [
      {
        case: {
          ja: '市役所のお客様が、県のシステムの移行が終わってから展開を始めると言っています。',
          en: 'A city government says it will start once the prefecture has moved its own systems.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'ファクト (内部資料) は、他の省庁の移行を待つ官公庁のお客様をエグゼクティブの支援 (意思なし) に分類していますが、意思なしはお客様が「今後も使わない」と表明した場合のステータスです。順番を待つお客様には利用意向があり、法令の妨げもありません。そこで、展開を後で始めるお客様と同じく、目標日を設定して進行中として扱います。',
        en: 'An internal copy in the facts files a government customer waiting for another agency under Executive Sponsorship (No Intent), but No Intent is for a customer who says they will never use the service. A customer waiting its turn intends to use it, and no law stands in the way; like other customers who start later, it is In Progress with a target date.',
      },
    },
  },
] as const satisfies readonly BoundaryRule[];

export type RuleId = (typeof boundaryRules)[number]['id'];

/** The statuses a rule separates (its answers' statuses, in order). */
export function statusesOf(rule: Pick<BoundaryRule, 'answers'>): readonly [StatusKey, StatusKey] {
  return [rule.answers[0].status, rule.answers[1].status];
}
