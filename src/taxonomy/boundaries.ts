/**
 * Boundary rules: how to tell two look-alike statuses apart, each written ONCE, as data.
 * Both statuses' pages render the rule in their "not this one" section (L1 pages: their
 * neighbours section; an L1 page also lists the rules between two of its L2s, by question, linked to them), the finder
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
      ja: 'お客様にもパートナーにも連絡がつかないとき: 応答しないそのパートナーは、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーですか。',
      en: 'When neither the customer nor a partner answers: is that partner the one that has taken on the FastTrack engagement for this workload?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様はこのワークロードを使うと表明し、展開をそのパートナーに任せています (そのパートナーが FM と一緒にエンゲージメントを進めたことがあるかどうかは問いません)。お客様にも連絡がつかないため、作業が続いているとお客様から確かめられません。',
          en: 'Yes. The customer has said it will use the workload and handed its rollout to that partner (whether or not that partner has ever worked with the FM). As the customer cannot be reached either, the customer has not confirmed that the work goes on.',
        },
        status: 'blocked/partner-engagement',
      },
      {
        answer: {
          ja: 'いいえ。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーはいません。ライセンスを販売しただけのパートナーや、SOW があると聞いているだけのパートナーは当たらず、その応答がないことはステータスを左右しません。お客様にも手段を変えて何度も連絡しましたが返事がないため、お客様の今の意向が分かりません。以前にお客様から FM に使うと聞いていても同じです。',
          en: 'No. No partner has taken on the FastTrack engagement for this workload: a partner that only sold the licenses, or that you have only heard holds an SOW, does not count, and its silence changes nothing. Several attempts to reach the customer through different channels got no reply, so you do not know the customer’s intent now. This holds even if the customer told the FM earlier that it would use the workload.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナーはこのワークロードの FastTrack のエンゲージメントを引き受けてキックオフを担当しましたが、DIBS を依頼してから 3 回連絡しても応答がありません。お客様の窓口はそのパートナーだけです。',
          en: 'The partner has taken on the FastTrack engagement for this workload and ran the kickoff, but has not answered three messages since you asked for the DIBS. It is the customer’s only contact.',
        },
        status: 'blocked/partner-engagement',
      },
      {
        case: {
          ja: 'アカウント チームから、あるパートナーがこのワークロードの SOW を結んでいると聞きましたが、そのパートナーは一度も応答していません。お客様から FM に使うと聞いたことはなく、お客様にも手段を変えて何度連絡しても返事がありません。',
          en: 'The account team says a partner holds an SOW for this workload, but that partner has never answered. The customer has never told the FM that it will use the workload, and several attempts through different channels got no reply from the customer either.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
      {
        case: {
          ja: '割り当て時に、お客様は FastTrack の支援を断り、Exchange Online はいつもの FastTrack 以外のパートナーが展開すると FM に伝えました。数か月後、お客様の担当者もそのパートナーも、メール、電話、アカウント チームからの連絡に応答しません。',
          en: 'At assignment, the customer turned down FastTrack help and told the FM that its usual partner outside FastTrack would deploy Exchange Online. Months later, neither the customer’s contact nor that partner answers emails, calls or the account team.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックには、パートナーだけが窓口で応答しない場合はパートナーの関与、お客様の意向を知るためにパートナーに連絡しても返事がない場合はお客様の無反応、という 2 つの記述があります。そこで、応答しないパートナーの役割で分けることにしました。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーは、お客様から展開を任されたパートナーです (用語集を参照)。このパートナーが FM に応答しないとき、FM が確かめられるのは、作業が続いているとお客様が言うかどうかです。お客様がそう確かめれば進行中のままです (FastTrack 以外のパートナーのように、FM に応答する理由のないパートナーもいます)。確かめられなければ、お客様にも連絡がつかない場合も含めて、お客様が任せた展開の窓口が失われているので、パートナーの関与です。展開が止まったかどうかを FM が知る必要はありません。それ以外のパートナー (ライセンスを販売しただけのパートナーや、SOW があると聞いているだけのパートナー) の応答は、お客様の意向を知る手がかりにならないので、ステータスを左右しません。そうしたパートナーしかおらず、お客様にも連絡がつかない場合は、以前に聞いた意向が今も続いているかは分からないため、お客様の無反応です。',
        en: 'The playbook says both: a partner that is the only contact and does not answer is Partner Engagement, and a partner that cannot be reached to learn the customer’s intent is Customer Unresponsive. We split by the silent partner’s role. The partner that has taken on the FastTrack engagement for this workload is the one the customer has handed the rollout to (see the glossary). When it does not answer the FM, what the FM can check is whether the customer says the work goes on. If the customer confirms it, it stays In Progress (some partners, such as a partner outside FastTrack, have no reason to answer the FM). If not, including when the customer cannot be reached either, the contact for the rollout the customer handed over is lost, so it is Partner Engagement; the FM does not need to know whether the rollout has stopped. Any other partner (one that only sold the licenses, or that you have only heard holds an SOW) cannot tell you the customer’s intent, so its silence changes nothing. With only such partners, and a customer that cannot be reached either, you cannot tell whether the intent you heard earlier still holds, so it is Customer Unresponsive.',
      },
    },
  },
  {
    id: 'customer-goes-quiet',
    question: {
      ja: 'お客様、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーとは、今も連絡が取れていて、作業は進んでいますか。お客様にもそのパートナーにも連絡がつかない場合は、パートナーの関与です (パートナーの関与とお客様の無反応の見分け方を参照)。',
      en: 'Are you still in touch with the customer, or with a partner that has taken on the FastTrack engagement for this workload, and is the work going on? If neither the customer nor that partner answers, it is Partner Engagement (see how to tell Partner Engagement from Customer Unresponsive).',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様か、そのパートナーとのやり取りが続いていて、作業も進んでいます。進みが遅くても同じです。',
          en: 'Yes. You are still in touch with the customer or with that partner, and the work goes on, even if slowly.',
        },
        status: 'in-progress',
      },
      {
        answer: {
          ja: 'いいえ。途中からお客様が応じなくなり、手段を変えて何度連絡しても返事がありません。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーはいないか、いても返事はするものの、お客様と連絡がつかずに作業を続けられません。ほかのパートナーが返事をしても、お客様の意向は確かめられません。',
          en: 'No. Partway through, the customer stopped answering, and several attempts through different channels got no reply. No partner has taken on the FastTrack engagement for this workload, or that partner does answer but cannot go on with the work because it cannot reach the customer either. A reply from any other partner does not tell you the customer’s intent.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナー主導の展開で、お客様の担当者からは返事が来なくなりましたが、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーは連絡に応じて、構成作業を続けています。',
          en: 'In a partner-led rollout, the customer’s contact has stopped replying, but the partner that has taken on the FastTrack engagement for this workload still answers and goes on with the setup.',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: 'FTC が支援している移行の途中で、お客様の担当者から返事が来なくなりました。パートナーはおらず、メール 2 回と電話 2 回、代表窓口への問い合わせにも応答がありません。',
          en: 'Partway through a migration that FTC is helping with, the customer’s contact stopped replying. There is no partner, and two emails, two calls and a message to the main office got no answer.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'not-enough-attempts',
    question: {
      ja: 'お客様に (パートナーがいれば、パートナーにも) 複数の手段 (メール、電話、パートナー経由など) で何度も連絡し、それでも返事がありませんか。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーも応答しない場合は、パートナーの関与です (パートナーの関与とお客様の無反応の見分け方を参照)。',
      en: 'Have you contacted the customer (and their partner, if there is one) several times, through different channels (email, phone, through the partner), and still had no reply? If the partner that has taken on the FastTrack engagement for this workload does not answer either, it is Partner Engagement (see how to tell Partner Engagement from Customer Unresponsive).',
    },
    answers: [
      {
        answer: {
          ja: 'はい。手段を変えて何度も連絡しましたが、お客様から返事がありません。パートナーがいれば、パートナーからも返事がないか、返事があってもお客様の意向は確かめられません。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーはいないか、いても返事はするものの、お客様と連絡がつかずに作業を続けられません。',
          en: 'Yes. Several attempts through different channels got no reply from the customer. If there is a partner, it has not replied either, or its reply does not confirm the customer’s intent. No partner has taken on the FastTrack engagement for this workload, or that partner does answer but cannot go on with the work because it cannot reach the customer either.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
      {
        answer: {
          ja: 'いいえ。まだ連絡していないか、複数の手段で何度も連絡するところまでは至っていません (メールを 1 回送っただけ、同じ手段で数回送っただけ、など)。または、お客様と連絡は取れていますが、この利用資格を使うかどうかをまだ伺えていないか、お客様がまだ決めていません。',
          en: 'No. You have not contacted anyone yet, or have not yet tried several times through different channels (you sent one email, or a few emails on the same channel, for example). Or the customer can be reached, but you have not yet asked whether it will use this entitlement, or it has not decided yet.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Enterprise Mobility + Security が追加されたお客様にメールを 1 回送りましたが、まだ返事がありません。電話やパートナー経由の連絡はこれからです。',
          en: 'A customer received Enterprise Mobility + Security. You sent one email and have no reply yet; you have not phoned or gone through the partner.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
      {
        case: {
          ja: '官公庁のお客様から返事はありましたが、他の省庁の動きを見てから使うかどうかを決めると言っていて、まだ決めていません。',
          en: 'A government customer did reply, but says it will decide whether to use the service after seeing what other agencies do, and has not decided yet.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックは、お客様の無反応を、手を尽くして連絡しても反応がない場合に限っています。一方、連絡は取れているのに、お客様が使うかどうかをまだ決めていない場合の扱いは書かれていません。このお客様は反応しているのでお客様の無反応には当たらず、ステータス不明の L2 のうち、反応がないことを条件としないのは新しいサブスクリプションまたはワークロードだけです。そこで、新しく届いた利用資格でなくても、お客様が決めるまでは新しいサブスクリプションまたはワークロードとすることにしました。',
        en: 'The playbook keeps Customer Unresponsive for a customer who does not answer despite real effort, and says nothing about a customer who answers but has not decided whether to use the service. Such a customer is not unresponsive, and New Subscription or Workload is the only Status Unknown L2 that does not require silence. So, even when the entitlement is not new, it is New Subscription or Workload until the customer decides.',
      },
    },
  },
  {
    id: 'no-sponsor-yet',
    question: {
      ja: '導入を決めるスポンサーが見つからないお客様は、そのためにこのワークロードを今も今後も使わないと表明していますか。それとも、使うかどうかをまだ決めていませんか。',
      en: 'A customer has found no sponsor to decide on the rollout. Has it said that, for this reason, it will not use the workload, now or later, or has it not decided yet whether to use it?',
    },
    answers: [
      {
        answer: {
          ja: '今も今後も使わないと表明しています。スポンサーが見つかる見込みはなく、このワークロードは今も今後も展開しないと、お客様自身が伝えてきました。',
          en: 'It has said it will not, now or later. The customer has told you itself that it expects no sponsor and will not deploy the workload, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
      {
        answer: {
          ja: 'まだ決めていません。お客様とは連絡が取れていて、IT 部門は関心を示していますが、導入を決める人がおらず、使うとも使わないとも表明していません。スポンサーがいないことは解消を待つ問題ではなく、まだ決まっていないということです。「スポンサーがいないので展開しない」と言っていても、スポンサーが見つかれば進める、またはそのときに考えるというお客様は、この答えです。誰の言葉が表明になるかは、用語集の「お客様の表明」のとおりです。会社として使うと決めていて、予算の承認だけを待っている場合は、進行中とブロックの見分け方で選びます。',
          en: 'It has not decided. You are in touch with the customer and IT is interested, but nobody is there to decide on the rollout, and the customer has said neither that it will use the workload nor that it will not. A missing sponsor is not a problem waiting to be solved: it means nothing has been decided. This is also the answer for a customer that says it will not deploy without a sponsor, but would go ahead once one is found, or would decide then. Whose word is the customer’s statement is set by the glossary’s “customer’s statement”. If the company has decided to use it and only the budget’s approval is pending, see how to tell In Progress from Blocked.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    examples: [
      {
        case: {
          ja: 'IT 部門の担当者は Intune を使いたいと言っていますが、導入を承認するビジネス側のスポンサーが決まっていません。スポンサーが見つかったら進めるかを尋ねると、「その時に考えます」との返事でした。',
          en: 'The IT contact wants Intune, but no business sponsor has been found to approve it. Asked whether it would go ahead once a sponsor is found, the contact says: “We’ll think about it then.”',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
      {
        case: {
          ja: 'IT 部門は関心を示していましたが、スポンサーが見つからず、お客様から「スポンサーがいない以上、このワークロードは展開しません」と伝えられました。スポンサーが見つかったら進めるかを尋ねると、「見つかる見込みはないので、今後も展開しません」との返事でした。',
          en: 'IT was interested, but no sponsor could be found, and the customer told you: “Without a sponsor, we will not deploy this workload.” Asked whether it would go ahead once a sponsor is found, it says: “We don’t expect one, so we will not deploy it, now or later.”',
        },
        status: 'no-intent/executive-sponsorship',
      },
      {
        case: {
          ja: 'IT 部門のマネージャーがパートナーに「Intune は入れます。ただ、経営会議で予算の決裁がまだ下りていません」と言いました。尋ねると、導入するかどうかを経営会議が決めるとのことです (会社として決めていれば、進行中とブロックの見分け方で選びます)。',
          en: 'The customer’s IT manager tells the partner: “We will deploy Intune, but the management meeting has not approved the budget yet.” Asked, the manager says the management meeting decides whether to deploy it (had the company already decided, see how to tell In Progress from Blocked).',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックは、ビジネス上の意思決定者やスポンサーが見つからない場合をエグゼクティブの支援 (意思なし) の例に挙げていますが、意思なしにはお客様自身の「今も今後も使わない」という表明が必要です。そこで、スポンサーが見つからないためにお客様が今も今後も展開しないと表明した場合はエグゼクティブの支援、表明がなく使うかどうかが決まっていない場合は (スポンサーが見つかれば進める、そのときに考える、というお客様を含みます)、連絡は取れているがまだ決めていないほかのお客様と同じく、新しいサブスクリプションまたはワークロードとすることにしました。パートナーには、スポンサーがいないことと予算の承認が下りていないことを見分けられないため、会社として使うと決めたかどうかで分けます。経営層の承認が使うかどうかの決定なら、まだ決まっていないので新しいサブスクリプションまたはワークロードです。使うと決めたワークロードの予算の承認を待っているだけなら、進行中とブロックの見分け方で選びます。',
        en: 'The playbook gives a missing business decision maker or sponsor as an Executive Sponsorship (No Intent) case, but No Intent needs the customer’s own statement that it will not use the workload, now or later. So a customer that says it will not deploy, now or later, because it has no sponsor is Executive Sponsorship, and one that has not decided (including one that would go ahead once a sponsor is found, or would decide then) is New Subscription or Workload, like any other customer who answers but has not decided. A partner cannot tell a missing sponsor from a budget not yet approved, so the line is whether the company has decided to use the workload: if management’s approval is that decision, nothing is decided yet and it is New Subscription or Workload; if only the budget for a workload the company has decided on is awaited, see how to tell In Progress from Blocked.',
      },
    },
  },
  {
    id: 'intent-for-new-entitlement',
    question: {
      ja: 'お客様は、追加されたサブスクリプションやワークロードを使うと表明していますか (FM に直接、またはそのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)。',
      en: 'Has the customer said it will use the newly added subscription or workload (to the FM directly, or through a partner that has taken on the FastTrack engagement for that workload)?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様が使うと表明しています。自社で展開するか、パートナーや FastTrack の支援を受けるかは問いません。別のワークロードの FastTrack のエンゲージメントを引き受けたパートナーが、追加されたワークロードの展開もお客様から任されたと FM に伝え、そのエンゲージメントを FM と一緒に進めることに応じた場合も、この答えです。お客様が一部のユーザーで行っているパイロットや PoC も、全社展開するかどうかを経営層がこれから決める場合を含めて、その対象のユーザーについて使うという表明なので、この答えです (用語集の「お客様の表明」を参照。目標日はパイロットの対象のユーザーについて設定し、全社展開が未定であることをメモに書きます)。',
          en: 'Yes. The customer has said it will use it, whether it deploys on its own, with a partner or with FastTrack. This is also the answer when the partner that has taken on the FastTrack engagement for another workload tells the FM that the customer has given it the added workload’s deployment too, and agrees to run that engagement with the FM. A pilot or PoC the customer is running on some users is a statement that it uses the workload for those users, even when management has still to decide the full rollout: this answer too (see the glossary’s “customer’s statement”; set the target date for the pilot group, and note that the full rollout is still to be decided).',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        answer: {
          ja: 'いいえ。利用資格が届いたばかりでまだ誰もお客様と話していないか、パートナーから「当社で対応するので FastTrack の支援は不要」と聞いただけ (そのパートナーが SOW を結んでいても同じです)、または別のワークロードの FastTrack のエンゲージメントを引き受けたパートナーから推測や意見を聞いただけです。そのパートナーは、追加されたワークロードの展開をお客様から任されたとは伝えていません。パイロットや PoC が終わり、対象のユーザーも使わないまま、お客様が全社展開するかどうかを検討している場合も、この答えです。',
          en: 'No. The entitlement has just arrived and nobody has talked to the customer, you have only heard from a partner that it is handling the customer and needs no FastTrack help (even if that partner holds an SOW), or you have only heard a guess or an opinion from a partner that has taken on the FastTrack engagement for another workload, which has not said that the customer has given it the added workload’s deployment. So is a pilot or PoC that has ended, its users no longer using the workload, while the customer decides whether to roll it out.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    examples: [
      {
        case: {
          ja: '追加された Teams について尋ねたところ、お客様から「自社で展開します。FastTrack の支援は不要です」と返事がありました。',
          en: 'You asked about the Teams entitlement that was added, and the customer replied: “We will deploy it ourselves; we need no FastTrack help.”',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: 'Exchange Online の FastTrack のエンゲージメントを引き受けている FTP から、「お客様が新しく購入した Teams の展開も当社が任されました。Teams のキックオフの日程を決めましょう」と連絡がありました。',
          en: 'The FTP running the Exchange Online engagement writes: “The customer has also given us the rollout of the Teams it just bought; let’s schedule the Teams kickoff with you.”',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: 'お客様は 50 人で Teams の PoC を行っていて、その結果を見て全社展開するかどうかを決めると言っています (目標日は PoC の対象の 50 人について設定します)。',
          en: 'The customer is running a Teams PoC with 50 users and says it will decide on the company-wide rollout after seeing the results (set the target date for those 50 users).',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: 'Exchange Online の FastTrack のエンゲージメントを引き受けたパートナーから「お客様は EMS も使うと思います」と聞きましたが、お客様自身からは、追加された Enterprise Mobility + Security について何も聞いていません。',
          en: 'The partner that has taken on the FastTrack engagement for Exchange Online says it thinks the customer will use EMS too, but the customer itself has said nothing about the Enterprise Mobility + Security it received.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックの社内向けの資料は、全社展開の前のパイロットを進行中としていますが、全社展開するかどうかがまだ決まっていないパイロットや PoC の扱いは書いていません。パイロットや PoC を行うお客様は、その対象のユーザーについてはワークロードを使うと決めていて、目標日も決められるので、技術的なオンボーディングと展開とすることにしました。全社展開について、お客様が使う、または使わないと決めたら、その表明に合わせて選び直します。パイロットや PoC が終わって対象のユーザーも使わなくなった後は、使うという表明がなくなるので、決めるまでは新しいサブスクリプションまたはワークロードとします。',
        en: 'The playbook’s internal copy counts a pilot before the full rollout as In Progress, but says nothing of a pilot or PoC whose full rollout is not decided yet. A customer running one has decided to use the workload for those users, and a target date can be set for them, so it is Technical Onboarding and Deployment. When the customer decides for or against the full rollout, choose again by what it says. Once the pilot or PoC has ended and its users no longer use the workload, there is no statement of use any more, so until the customer decides it is New Subscription or Workload.',
      },
    },
  },
  {
    id: 'declined-service-gets-new-subscription',
    question: {
      ja: 'お客様はこのサービスについてすでに「今も今後も使わない」と表明していて、新しいサブスクリプションが届いた後の再確認でも、その判断は変わっていませんか。',
      en: 'Had the customer already said they will never use this service, and does that still stand after you checked again once the new subscription arrived?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。デリバリー担当の FM がアカウント チームまたはお客様に再確認し、使わないという判断は変わっていません。',
          en: 'Yes. The delivery FM checked again with the account team or the customer, and the decision not to use it stands.',
        },
        status: 'no-intent',
      },
      {
        answer: {
          ja: 'いいえ。このサービスについて意向を聞いたことがないか、再確認がまだ済んでいないか、再確認したところ、お客様がまだ決めていません。再確認でお客様が使うと表明した場合は、進行中です。',
          en: 'No. Nobody has asked about this service before, the check has not been done yet, or the check found that the customer has not decided yet. If the customer now says it will use the service, it is In Progress.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Slack を使い続けるので Teams は使わないと表明していたお客様に、Teams を含むサブスクリプションが追加されました。アカウント チームに確認したところ、方針は変わっていません。',
          en: 'A customer who said they will keep Slack and not use Teams receives a subscription that includes Teams. The account team confirms that nothing has changed.',
        },
        status: 'no-intent',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'new-licenses-with-a-problem',
    question: {
      ja: 'お客様は、追加したライセンスを使うと表明していますか。',
      en: 'Has the customer said they will use the licenses that were added?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。使うと表明していますが、SKU の誤りや、ライセンスの割り当て・移管の遅れなど、ライセンスの問題で展開できません。',
          en: 'Yes, but a license problem, such as the wrong SKU or an unfinished assignment or transfer, keeps them from deploying.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        answer: {
          ja: 'いいえ。ライセンスを購入したばかりで、使うかどうかをまだ確認できていません。',
          en: 'No. The licenses were just bought, and you have not yet confirmed whether they will be used.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様は追加の E5 を使うと言っていますが、購入したのが政府機関向けの SKU ではなかったため、買い直しが必要です。',
          en: 'The customer says they will use the extra E5 seats, but they did not buy the government SKU and have to buy again.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'too-few-seats',
    question: {
      ja: 'FastTrack の支援の対象にならない理由は、ワークロードのシート数が少ないことだけですか。',
      en: 'Is the only reason the workload does not qualify for FastTrack help that it has too few seats?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。シート数が FastTrack の支援の条件に届かないだけで、テナントは有効です。お客様がこのワークロードを使うかどうかは、まだ聞けていません (使うと表明していれば、FastTrack の支援がなくても進行中です)。',
          en: 'Yes. The seat count is below what FastTrack help requires; the tenant itself is valid, and you have not yet heard whether the customer will use the workload. (If it has said it will use it, it is In Progress, even without FastTrack help.)',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
      {
        answer: {
          ja: 'いいえ。テナントそのものが別のテナントと重複している、不正と判定されている、またはテスト専用で今後も使われません。',
          en: 'No. The tenant itself duplicates another tenant, is flagged as fraudulent, or is a test tenant that will never be used.',
        },
        status: 'duplicate-invalid',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Intune の利用資格が 50 シート分だけで、FastTrack の支援の条件に届きません。お客様の意向はまだ聞けていません。',
          en: 'There are only 50 Intune seats, below what FastTrack help requires, and you have not yet heard the customer’s intent.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'partner-needs-no-help',
    question: {
      ja: 'お客様は、このワークロードを使うと表明していますか (FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)。',
      en: 'Has the customer said it will use this workload (to the FM directly, or through the partner that has taken on the FastTrack engagement for this workload)?',
    },
    answers: [
      {
        answer: {
          ja: 'いいえ。パートナーから「当社で対応するので、FastTrack の支援は不要」と聞いただけで、お客様自身からは聞いていません。そうしたパートナーは、SOW を結んでいても、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーには当たらないため、お客様の意向はまだ分かりません。',
          en: 'No. You have only heard from a partner that it is handling the customer and needs no FastTrack help, not from the customer itself. Such a partner has not taken on the FastTrack engagement for this workload, even if it holds an SOW, so the customer’s intent is not known yet.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
      {
        answer: {
          ja: 'はい。お客様は使うと表明していますが、パートナーの選定、パートナーとの契約や SOW が予定の開始に間に合わないか行き詰まっている、お客様が選んだパートナーにこのワークロードのスキルがない、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーが応答せず、作業が続いているとお客様から確かめられないため、展開を進められません。',
          en: 'Yes, but the rollout cannot move: the choice of a partner, or the contract or the SOW with the partner, is late for the planned start or stuck, the partner the customer chose lacks the skills for this workload, or the partner that has taken on the FastTrack engagement for this workload does not answer and the customer has not confirmed that the work goes on.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナーから「このお客様は当社で対応するので、FastTrack の支援は要りません」と言われました。そのパートナーは SOW を結んでいるそうですが、お客様がこのワークロードを使う予定かは、お客様からまだ聞けていません。',
          en: 'The partner says: “We are handling this customer ourselves and need no FastTrack help.” It says it holds an SOW, but you have not yet heard from the customer whether it plans to use this workload.',
        },
        status: 'status-unknown/new-subscription-or-workload',
      },
      {
        case: {
          ja: 'お客様から FM に、Teams を使い、展開はいつものパートナーに頼むと伝えられましたが、そのパートナーの SOW には Teams が入っておらず、いつ追加するかをお客様は示せません。',
          en: 'The customer has told the FM that it will use Teams and that its usual partner will deploy it, but that partner’s SOW does not cover Teams, and the customer cannot say when it will be added.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックは、「当社で対応するので FastTrack の支援は不要」と伝えてくるパートナーを新しいサブスクリプションまたはワークロードとし、FastTrack の支援は断ったがパートナーと展開するお客様を進行中としています。どちらのパートナーも SOW を結んでいることがあり、FM には SOW の中身が見えないことがほとんどです。そこで、SOW の有無ではなく、FM が誰から聞いたかで分けることにしました。お客様から FM に直接、またはエンゲージメントを FM と一緒に進めているパートナーを通して伝わったなら、使うという表明です。パートナーが自分の話として伝えてくるだけなら、SOW があっても表明ではありません。このため、SOW があるだけでは「FastTrack のエンゲージメントを引き受けたパートナー」に当たらないことにしました (用語集を参照)。',
        en: 'The playbook sends a partner that says it is handling the customer and needs no FastTrack help to New Subscription or Workload, and a customer that turns down FastTrack help but will deploy with a partner to In Progress. Either partner may hold an SOW, and the FM can seldom see what it covers. So the line is not the SOW but whose word the FM has. Told to the FM by the customer, or through a partner that runs the engagement with the FM, it is a statement that the customer will use the workload; a partner speaking only for itself makes no such statement, SOW or not. For this reason an SOW alone no longer makes a partner one that has taken on the FastTrack engagement (see the glossary).',
      },
    },
  },
  {
    id: 'competitor-heard-second-hand',
    question: {
      ja: 'お客様自身から (FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)、他社製品を使い続けるのでこのサービスは使わない、と聞いていますか。',
      en: 'Have you heard from the customer itself (directly, or through the partner that has taken on the FastTrack engagement for this workload) that it will keep another vendor’s product and not use this service?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様が、他社製品を使い続けるので今も今後も使わないと表明しています。',
          en: 'Yes. The customer has said they will keep the other product and will not use the service, now or later.',
        },
        status: 'no-intent/using-competitive-solution',
      },
      {
        answer: {
          ja: 'いいえ。他社製品を使っていると、他の人から聞いただけです。お客様に (パートナーがいれば、パートナーにも) 手段を変えて何度も連絡しましたが、お客様から返事がありません。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーはいないか、いても返事はするものの、お客様と連絡がつかずに作業を続けられません。',
          en: 'No. You have only heard from someone else that it uses a competitor. Several attempts to reach the customer (and its partner, if there is one) through different channels got no reply from the customer. No partner has taken on the FastTrack engagement for this workload, or that partner does answer but cannot go on with the work because it cannot reach the customer either.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    examples: [
      {
        case: {
          ja: 'アカウント チームから「このお客様は Google Workspace を使っている」と聞きましたが、お客様にメールと電話で 3 回、ライセンスを販売したパートナーにも 1 回連絡して、どちらからも返事がありません。',
          en: 'The account team says the customer uses Google Workspace, but three emails and calls to the customer and one message to the partner that sold the licenses got no answer from either.',
        },
        status: 'status-unknown/customer-unresponsive',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'intent-declared',
    question: {
      ja: 'お客様は、このサービスを使うと表明していて (FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)、今もその意向が分かっていますか。',
      en: 'Has the customer said it will use the service (to the FM directly, or through a partner that has taken on the FastTrack engagement for this workload), and do you still know that this is its intent?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様が使うと表明していて、お客様と、または作業を続けているそのパートナーと、今も連絡が取れています。開始が先でも、FastTrack の支援を断っていても同じです。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが応答しない場合を含め、作業をお客様自身の計画どおりに進められずブロックになるかどうかは、進行中とブロックの見分け方で選びます。',
          en: 'Yes. The customer has said it will use it, and you are still in touch with the customer, or with that partner while it goes on with the work. A later start, or a customer that turned down FastTrack help, does not change this. Whether the work cannot follow the customer’s own plan and is Blocked, including when the partner that has taken on the FastTrack engagement for this workload does not answer, is decided by how to tell In Progress from Blocked.',
        },
        status: 'in-progress',
      },
      {
        answer: {
          ja: 'いいえ。まだお客様と話せていない、お客様がまだ使うかどうかを決めていない (他の組織の動きを見てから決める、「いずれ使う」と言うだけで、始める時期の見通しも、時期を示せない理由として欠けているものもない、など)、またはお客様と連絡がつかなくなり、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーもいない (いても返事はするものの、お客様と連絡がつかずに作業を続けられない) ため、今の意向が分かりません。以前にお客様から使うと聞いていても同じです。「いずれ使う」と言いながら、時期を示せない理由として欠けているもの (手の空く人や、会社として使うと決めたワークロードの予算など。用語集の「お客様の表明」を参照) を挙げるお客様は、それを待っているので、ブロック (欠けているものの L2) です (進行中とブロックの見分け方を参照)。',
          en: 'No. You have not talked to the customer yet, the customer has not decided yet whether to use it (it will decide after seeing what another organization does, or only says it will use it “some day”, with no timing at all and nothing named that it lacks, for example), or you can no longer reach the customer and no partner has taken on the FastTrack engagement for this workload (or that partner answers but cannot go on with the work because it cannot reach the customer either). So you do not know the intent now, even if the customer said earlier that it would use it. A customer that says “some day” but names what it lacks to set a start (people free to do the work, or a budget for a workload the company has decided on; see the glossary’s “customer’s statement”) is waiting for that: Blocked, with the L2 of what it lacks (see how to tell In Progress from Blocked).',
        },
        status: 'status-unknown',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様から「Exchange Online の移行が終わったら、Teams にも取りかかります」と聞いています。',
          en: 'The customer has told you: “Once the Exchange Online migration is done, we will start on Teams.”',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: '官公庁のお客様が、他の省庁の動きを見てから使うかどうかを決めると言っていて、まだ決めていません (L2: 新しいサブスクリプションまたはワークロード)。',
          en: 'A government customer says it will decide whether to use the service after seeing what other agencies do, and has not decided yet (the L2 is New Subscription or Workload).',
        },
        status: 'status-unknown',
      },
      {
        case: {
          ja: 'お客様から「いずれ SharePoint Online は使いますが、時期は未定です」と言われました。開始日も時期の目安も、その後に始める出来事もなく、欠けているものも挙げていません (L2: 新しいサブスクリプションまたはワークロード。時期が決まったら進行中にし、その時期より後に目標日を設定します)。',
          en: 'The customer says: “We will use SharePoint Online some day; the timing is not decided.” There is no start date, rough period or event to start after, and it names nothing it lacks (the L2 is New Subscription or Workload; once a timing is given, move it to In Progress with a target date after it).',
        },
        status: 'status-unknown',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: '進行中の利用資格には、お客様が伝えた時期を基にした有効な目標日が必要ですが、プレイブックには、使うと言いながら時期の見通しがまったくないお客様の扱いが書かれていません。目標日を決められず、「あと数年は今の製品を使う」と言うだけのお客様と同じく何も決まっていないので、時期 (開始日、時期の目安、その後に始める出来事) が示されるまでは、新しいサブスクリプションまたはワークロードとすることにしました。ただし、時期を示せない理由として欠けているもの (手の空く人、予算など) をお客様が挙げる場合は、プレイブックが人員や予算の不足をブロックに挙げているとおり、使う意向があってそれを待っているので、ブロック (欠けているものの L2) とします。予算を挙げる場合は、会社として使うと決めたワークロードの予算に限ります。予算の承認が使うかどうかの決定になっているなら、まだ誰も使うと決めていないので、表明はありません。',
        en: 'An In Progress entitlement needs a valid target date based on the timing the customer gave, and the playbook does not say what to do with a customer that says it will use the workload but gives no timing at all. No target date can be set, and, like a customer that only says it will keep its current product for a few more years, nothing is decided, so it is New Subscription or Workload until the customer gives a timing (a start date, a rough period or an event to start after). A customer that names what it lacks as the reason it cannot give a timing (people free to do the work, a budget) intends to use the workload and waits for that, as the playbook’s Blocked cases of too few people or too little budget do: Blocked, with the L2 of what it lacks. A budget counts only for a workload the company has decided on: when the budget’s approval is what decides whether the company uses it, nobody has decided to use it yet, so there is no statement.',
      },
    },
  },
  {
    id: 'customer-said-no',
    question: {
      ja: 'お客様自身が、このサービスを今も今後も使わないと表明しましたか (FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)。使わない理由として妨げ (法令、セキュリティ、サービスの信頼性 (安定性や可用性) など) を挙げるお客様は、それが解消しても使わない場合に限り、この表明をしています (意思なしとブロックの見分け方を参照)。',
      en: 'Has the customer itself said it will not use the service, now or later (to the FM directly, or through the partner that has taken on the FastTrack engagement for this workload)? A customer that gives an obstacle as the reason (a law or regulation, security, the service’s reliability (stability, availability), for example) has said this only if it would not use the service even once that is resolved (see how to tell No Intent from Blocked).',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様がはっきりそう伝えてきました。すでに意思なしのサービスに新しいサブスクリプションが届いた場合は、お客様の以前の表明が変わっていないことをアカウント チームに再確認できれば足ります。',
          en: 'Yes. The customer has told you so clearly. When a new subscription arrives for a service that is already No Intent, it is enough for the account team to confirm that the customer’s earlier statement still stands.',
        },
        status: 'no-intent',
      },
      {
        answer: {
          ja: 'いいえ。お客様から返事がない、ほかのパートナーなど、お客様以外の人から聞いただけ (すでに意思なしのサービスについてアカウント チームに再確認した場合を除きます)、またはお客様が使うかどうかをまだ決めていません (他の組織の動きを見てから決める、など)。返事がないことや決めかねていることは、使わないという表明ではありません。',
          en: 'No. The customer has not answered, you have only heard it from someone else, such as another partner (except the account team confirming that a service already No Intent stays so), or the customer has not decided yet (it will decide after seeing what another organization does, for example). Silence or indecision is not a statement that it will not use the service.',
        },
        status: 'status-unknown',
      },
    ],
    examples: [
      {
        case: {
          ja: '3 か月間、手段を変えて連絡しても、お客様から一度も返事がありません。展開に関わっていないパートナーは「たぶん使わないと思う」と言っていますが、それではお客様の意向は確かめられません (L2: お客様の無反応)。',
          en: 'The customer has not answered once in three months, through several channels. A partner with no role in the rollout says: “I doubt they will use it.” That does not tell you the customer’s intent (the L2 is Customer Unresponsive).',
        },
        status: 'status-unknown',
      },
      {
        case: {
          ja: 'お客様は「Exchange Server をあと数年は使い続けます」と言っていますが、その後に Exchange Online に移るかどうかは決めていません (L2: 新しいサブスクリプションまたはワークロード)。',
          en: 'The customer says: “We will keep Exchange Server for a few more years,” but has not decided whether to move to Exchange Online after that (the L2 is New Subscription or Workload).',
        },
        status: 'status-unknown',
      },
      {
        case: {
          ja: '官公庁のお客様から「政府の規則で、このデータはクラウドに置けないので、Exchange Online は使いません」と言われました。規則が変わったら移るかを尋ねると、「それは改めて決めることなので、今は言えません」との返事でした (L2: 新しいサブスクリプションまたはワークロード。規則のことはメモに書きます)。',
          en: 'A public-sector customer says: “Government rules forbid this data in the cloud, so we will not use Exchange Online.” Asked whether it would move if the rules changed, it says: “We can’t say; that would be a new decision” (the L2 is New Subscription or Workload; note the rules in the notes).',
        },
        status: 'status-unknown',
      },
      {
        case: {
          ja: 'Exchange Online の FastTrack のエンゲージメントを引き受けたパートナーから、「お客様は Exchange Server を使い続けることに決め、今も今後も移行しません」と伝えられました (L2: Microsoft のオンプレミス ソリューションの使用)。',
          en: 'The partner that has taken on the FastTrack engagement for Exchange Online reports: “The customer has decided to stay on Exchange Server and will not move, now or later” (the L2 is Using Microsoft On-Premises Solution).',
        },
        status: 'no-intent',
      },
      {
        case: {
          ja: '障害の後、経営層から「クラウドは障害が心配なので、Exchange Server を使い続けます」と言われました。可用性を示せば移るかを尋ねると、「今は言えません」との返事でした (L2: 新しいサブスクリプションまたはワークロード。理由はメモに書きます)。',
          en: 'After an outage, leadership says: “The cloud worries us because of outages; we will stay on Exchange Server.” Asked whether it would move if availability were shown, it says it cannot say (the L2 is New Subscription or Workload; note the reason in the notes).',
        },
        status: 'status-unknown',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'intent-confirmed-before-blocked',
    question: {
      ja: 'お客様は、このサービスを使うと表明していて (FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)、今もその意向が分かっていますか。',
      en: 'Has the customer said it will use the service (to the FM directly, or through a partner that has taken on the FastTrack engagement for this workload), and do you still know that this is its intent?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様が使うと表明していますが、特定の問題が解消するまで展開や利用を進められません。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが応答せず、作業が続いているとお客様から確かめられない場合も、お客様に連絡がつくかどうかにかかわらず、この答えです。理由を挙げて今は使わないと言っていても、それが解消すれば使うお客様も、この答えです (意思なしとブロックの見分け方を参照)。',
          en: 'Yes. The customer has said it will use it, but deployment or use cannot go on until a specific problem is solved. This is also the answer when the partner that has taken on the FastTrack engagement for this workload does not answer and the customer has not confirmed that the work goes on, whether or not the customer can be reached. So is a customer that says it will not use the service now for a reason it names, but would use it once that is resolved (see how to tell No Intent from Blocked).',
        },
        status: 'blocked',
      },
      {
        answer: {
          ja: 'いいえ。まだお客様と話せていない、お客様がまだ使うかどうかを決めていない、またはお客様と連絡がつかなくなり、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーもいない (いても返事はするものの、お客様と連絡がつかずに作業を続けられない) ため、今の意向が分かりません。以前にお客様から使うと聞いていても同じです。',
          en: 'No. You have not talked to the customer yet, the customer has not decided yet whether to use it, or you can no longer reach the customer and no partner has taken on the FastTrack engagement for this workload (or that partner answers but cannot go on with the work because it cannot reach the customer either). So you do not know the intent now, even if the customer said earlier that it would use it.',
        },
        status: 'status-unknown',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様は Intune を使いたいと言っていますが、まだ計画されていないネットワークの増強が終わるまで展開を進められません (L2: お客様の IT インフラストラクチャ、展開準備)。',
          en: 'The customer says it wants Intune, but cannot go ahead until a network upgrade that is not planned yet is done (the L2 is Customer IT Infrastructure and Remediation).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'このワークロードの FastTrack のエンゲージメントを引き受けたパートナーがキックオフの後で応答しなくなり、お客様にも連絡がつきません (L2: パートナーの関与)。',
          en: 'The partner that has taken on the FastTrack engagement for this workload stopped answering after the kickoff, and the customer cannot be reached either (the L2 is Partner Engagement).',
        },
        status: 'blocked',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'tenant-to-exclude',
    question: {
      ja: 'テナントそのものが、重複している、テスト専用である、または不正と判定されたテナントですか。',
      en: 'Is the tenant itself a duplicate, a test-only tenant or one flagged as fraudulent?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。レポートに数えるべきでないテナントです。',
          en: 'Yes. It is a tenant that should not be counted in the reports.',
        },
        status: 'duplicate-invalid',
      },
      {
        answer: {
          ja: 'いいえ。有効なテナントで、お客様の意向がまだ分からないだけです。連絡がつかないことは、テナントを無効とする理由になりません。',
          en: 'No. The tenant is valid; you just do not know the customer’s intent yet. Not being able to reach the customer is no reason to mark the tenant invalid.',
        },
        status: 'status-unknown',
      },
    ],
    examples: [
      {
        case: {
          ja: '有効なテナントですが、登録されている担当者あてのメールが届かず、お客様と連絡がつきません。',
          en: 'The tenant is valid, but mail to the registered contact bounces and you cannot reach the customer.',
        },
        status: 'status-unknown',
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
        answer: {
          ja: 'いいえ。移行は終わったか、もともと不要で、あとは利用を広げるだけです (実際に使っているユーザーがまだ 10% に届かない場合など)。',
          en: 'No. Migration is done or was never needed; what is left is growing the usage (for example, fewer than 10% of users are active).',
        },
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
          ja: 'ファイル サーバーからの移行は完了しましたが、OneDrive のアクティブ ユーザーはまだ 10% に届きません。',
          en: 'The file server migration is complete, but fewer than 10% of users are active on OneDrive.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'usable-and-migrating',
    question: {
      ja: 'ワークロードは、すでにユーザーが使える状態になっていますか (パイロットを行っている場合は、その対象を超えて)。',
      en: 'Can users already use the workload (beyond the pilot group, if there is a pilot)?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。使える状態になり、既存のデータやアプリケーションの移行が進んでいます。',
          en: 'Yes. It is ready, and existing data or applications are being migrated.',
        },
        status: 'in-progress/migration',
      },
      {
        answer: {
          ja: 'いいえ。ハイブリッド構成やディレクトリ同期など、使える状態にするための設定がまだ続いているか、全社展開の前のパイロットの段階です。',
          en: 'No. The setup that makes it usable, such as the hybrid configuration or directory sync, is still going on, or a pilot before the full rollout is running.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Exchange Online のハイブリッド構成を設定している最中で、メールボックスの移行はまだ始めていません。',
          en: 'The Exchange Online hybrid configuration is being set up, and no mailbox has been moved yet.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'usable-and-adopting',
    question: {
      ja: 'ワークロードの設定は終わり、ユーザーが使い始められる状態になっていますか (パイロットを行っている場合は、その対象を超えて)。',
      en: 'Is the workload set up, so that users can start using it (beyond the pilot group, if there is a pilot)?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。使える状態になり、移行するデータもなく、利用を広げる段階に入っています。',
          en: 'Yes. It is ready, there is no data to migrate, and the work now is growing usage.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
      {
        answer: {
          ja: 'いいえ。テナントの設定や構成など、使える状態にするための作業が残っているか、全社展開の前のパイロットの段階です。',
          en: 'No. Work to make it usable, such as tenant setup or configuration, is still left, or a pilot before the full rollout is running.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Teams の設定と検証が終わって全社で使える状態になり、移すデータもありません。これから部門ごとにチャンピオンを任命します。',
          en: 'Teams is set up, validated and available to the whole company, and there is nothing to migrate. Champions are to be named in each department next.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'environment-to-fix-before-setup',
    question: {
      ja: 'お客様の環境 (ネットワーク、Active Directory、プロキシやファイアウォール、Exchange Server のバージョン、このワークロードが前提とする別のワークロードなど) を先に直すか整える必要があり、その修正が済まないために構成作業を進められませんか。修正が展開の計画に入っていて予定どおり進んでいるかどうかで選びます (進行中とブロックの見分け方を参照)。',
      en: 'Does something in the customer’s environment (network, Active Directory, proxy or firewall, the Exchange Server version, or another workload this one depends on) have to be fixed or put in place first, and does the setup wait for that fix? Whether the fix is a planned step of the rollout that is on schedule decides it (see how to tell In Progress from Blocked).',
    },
    answers: [
      {
        answer: {
          ja: 'はい。環境の修正や準備が終わるまで構成作業を進められず、その修正は計画されていないか、遅れているか、行き詰まっています。',
          en: 'Yes. Setup cannot go on until the environment is fixed or ready, and that fix is not planned, late or stuck.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'いいえ。必要な修正は終わったか、もともと不要か、展開の手順として計画に入っていて予定どおり進んでいます (お客様、パートナー、FTC、お客様が発注した業者のどれが担っていても同じです)。このワークロードが前提とする別のワークロードを先に済ませ、その後に始める計画で、それが予定どおり進んでいる場合も、この答えです。',
          en: 'No. The fixes are done, none were needed, or they are planned steps of the rollout and on schedule (whoever does them: the customer, a partner, FTC or a supplier it has ordered from). This is also the answer when the customer’s plan finishes another workload this one depends on first, on schedule, and starts this one afterwards.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様は Teams をすぐに始める計画でしたが、今のオンプレミスの Exchange では Teams の予定表や会議の機能が使えないと分かりました。メールボックスを Exchange Online に移す計画はまだなく、それまで Teams の構成を進められません。',
          en: 'The customer planned to start Teams now, but found that its on-premises Exchange cannot give Teams the calendar and meeting features it needs. Moving the mailboxes to Exchange Online is not planned yet, and Teams setup cannot go on until then.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        case: {
          ja: 'お客様の計画では、Exchange Online の移行を 6 月に終え、メールボックスが Exchange Online に移った後の 7 月に Teams を始めます。移行は予定どおり進んでいます。',
          en: 'The customer’s plan finishes the Exchange Online migration in June and starts Teams in July, once the mailboxes are in Exchange Online. The migration is on schedule.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: 'パートナーの SOW では、1～2 月に Exchange Server 2013 をサポートされるバージョンにバージョンアップしてハイブリッド構成を設定し、3 月からメールボックスを移します。今は 1 月で、バージョンアップは予定どおり進んでいます。',
          en: 'The partner’s SOW has Exchange Server 2013 upgraded to a supported version and the hybrid setup configured in January and February, and the mailboxes moved from March. It is January, and the upgrade is on schedule.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'no-one-to-configure',
    question: {
      ja: '構成作業が始められないか止まっているのは、お客様の IT 部門の側の事情 (作業を担える人やスキルがない、作業の予算がない、計画していた作業をある出来事が終わるまでお客様が止めている) のためですか。作業をお客様自身の計画どおりに進められるかどうかは、進行中とブロックの見分け方で選びます。',
      en: 'Can the setup not start, or has it stopped, because of something on the customer’s IT side (nobody with the time or the skills to do the work, no budget for the work, or the customer having halted planned work until an event is over)? Whether the work can follow the customer’s own plan is decided by how to tell In Progress from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'いいえ。お客様の IT 部門、パートナー、FTC のどれが担っていても、構成作業は進んでいるか、お客様の計画どおりに始まります。少ない人数の IT 部門がワークロードを一つずつ進めていて、このワークロードの開始日を決めている場合も、お客様自身の順序なので、この答えです。お客様の IT 部門に人手やスキルが足りなくても、パートナーや FTC が作業を担っていれば同じです。',
          en: 'No. The setup is moving, or is to start on the customer’s plan, whoever does it (the customer’s IT team, a partner or FTC). A small IT team that does its workloads one after another and has set a start date for this one is following the customer’s own order, so this is the answer too. So is an IT team short of people or skills when a partner or FTC does the work.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        answer: {
          ja: 'はい。作業を担うお客様の IT 部門に、時間を割ける人やスキルを持つ人がおらず、作業が止まっているか、お客様が開始の時期を示せません。または、作業の予算がないか、計画していた作業をある出来事が終わるまでお客様が止めていて、ほかに待っているもの (ディレクトリの統合、ライセンスの変更など) はありません。',
          en: 'Yes. Nobody in the customer’s IT team, which is to do the work, has the time or the skills, so the work has stopped or the customer cannot name a start. Or there is no budget for the work, or the customer has halted planned work until an event is over and waits for nothing else (no directory merge, no license change).',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    examples: [
      {
        case: {
          ja: 'IT 部門は 2 名だけで、Intune の構成を担当できる人がおらず、パートナーや FTC にも依頼していないため、作業が止まっています。',
          en: 'The IT team has two people and nobody who can configure Intune, and no partner or FTC has been asked to do it, so the work has stopped.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: 'IT 部門は 2 名だけですが、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが Intune の構成を進めています。',
          en: 'The IT team has only two people, but the partner that has taken on the FastTrack engagement for this workload is configuring Intune.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: 'お客様から「情報システム部は 3 名なので、Exchange Online の移行が終わる 6 月までは Teams に手が回りません。Teams は 7 月からです」と言われました (目標日は 7 月の開始より後に設定します)。',
          en: 'The customer says: “Our IT team is three people, so we cannot take on Teams until the Exchange Online migration ends in June. Teams starts in July” (set the target date after the July start).',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'partner-is-deploying',
    question: {
      ja: 'お客様はこのワークロードを使うと表明しています (FM に直接、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーを通して)。展開をパートナーに任せる場合、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが、展開を進めているか、お客様の計画どおりに始めることになっていますか。',
      en: 'The customer has said it will use this workload (to the FM directly, or through the partner that has taken on the FastTrack engagement for this workload). Where a partner is to deploy it: is the partner that has taken on the FastTrack engagement for this workload moving the deployment forward, or set to start it on the customer’s plan?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。このワークロードの FastTrack のエンゲージメントを引き受けたパートナーが、展開を進めています。パートナーの選定 (入札など) や、契約の締結や SOW の追加を、お客様のいつもの調達の手続きで予定の開始までに済ませる場合も、お客様の計画のとおりなので、この答えです (進行中とブロックの見分け方を参照)。FastTrack 以外のパートナーでも、お客様が FastTrack の支援を断っていても同じです。このパートナーが FM に応答しなくても、展開は続いているとお客様から確かめられれば、この答えです。',
          en: 'Yes. The partner that has taken on the FastTrack engagement for this workload is moving the deployment forward. A partner to be chosen (by tender, for example), or a contract or SOW extension to be signed, through the customer’s normal procurement before the planned start follows the customer’s plan, so this is the answer too (see how to tell In Progress from Blocked). This holds for a partner outside FastTrack too, and when the customer has turned down FastTrack help. It holds too when that partner does not answer the FM but the customer confirms that the rollout goes on.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        answer: {
          ja: 'いいえ。パートナーの選定、パートナーとの契約や SOW が予定の開始に間に合わないか行き詰まっている、お客様が選んだパートナーにこのワークロードのスキルがない、またはこのワークロードの FastTrack のエンゲージメントを引き受けたパートナーが応答せず、展開が続いているとお客様から確かめられません (お客様にも連絡がつかない場合を含みます)。契約が委託費の予算の承認だけを待っている場合は、IT 変更管理およびリソースの確保とパートナーの関与の見分け方を参照してください。',
          en: 'No. The choice of a partner, or the contract or the SOW with the partner, is late for the planned start or stuck, the partner the customer chose lacks the skills for this workload, or the partner that has taken on the FastTrack engagement for this workload does not answer and the customer has not confirmed that the deployment goes on (including when the customer cannot be reached either). If the contract waits only for the budget for the partner’s fees, see how to tell IT Change Management and Resourcing from Partner Engagement.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様は、FastTrack の支援は受けず、FastTrack 以外のパートナーと Exchange Online を展開すると FM に伝えていて、そのパートナーとのキックオフも済んでいます。',
          en: 'The customer has told the FM that it will deploy Exchange Online with a partner outside FastTrack and without FastTrack help, and the kickoff with that partner has taken place.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: '割り当て時に、お客様は FastTrack の支援を断り、Exchange Online はいつもの FastTrack 以外のパートナーが展開すると FM に伝えました。FM がそのパートナーに 2 回連絡しても返事はありませんが、お客様は展開が順調に進んでいると言っています。',
          en: 'At assignment, the customer turned down FastTrack help and told the FM that its usual partner outside FastTrack will deploy Exchange Online. That partner has not answered two messages from the FM, but the customer says the rollout is going well.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: '1 月にお客様から「4 月からの Teams の展開は A 社に依頼します。発注は 3 月のいつもの調達の手続きで行います」と言われました。',
          en: 'In January the customer says: “Partner A will deploy Teams from April. The purchase order goes through our normal procurement in March.”',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: 'お客様は Teams を使うと表明していますが、展開を依頼するパートナーとの契約が済んでおらず、予定の開始はすでに過ぎています。',
          en: 'The customer has said it will use Teams, but the contract with the partner that is to deploy it is not signed, and the planned start has passed.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'training-before-go-live',
    question: {
      ja: '展開の前に行うエンド ユーザーのトレーニングやチャンピオンの任命は、展開の手順として計画に入っていて、日程と担当者が決まっていますか。',
      en: 'Is the end-user training or the naming of champions that comes before the rollout a planned step of it, with its dates and people set?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。トレーニングやチャンピオンの任命は展開の計画の一部で、予定どおり進んでいます。お客様自身の順序なので、開始はまだ先でも進行中です (進行中とブロックの見分け方を参照)。',
          en: 'Yes. The training or the naming of champions is part of the rollout plan and on schedule. It is the customer’s own order, so it is In Progress even though the rollout starts later (see how to tell In Progress from Blocked).',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        answer: {
          ja: 'いいえ。トレーニングやチャンピオンが必要なのに、計画を作れないか、時間や担当者がそろわないか、予定の開始に間に合わず、お客様はそれまで展開しないと決めています。',
          en: 'No. Training or champions are needed, but there is no plan for them, no time or nobody for them, or they are late for the planned start, and the customer will not roll out until they are in place.',
        },
        status: 'blocked/adoption-readiness',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナーと合意した計画は「5 月に各部門でチャンピオンを任命、6 月に利用者研修、7 月に全社展開」で、研修の日程も講師も決まっています。',
          en: 'The plan agreed with the partner reads “champions named in each department in May, department training in June, company-wide rollout in July”, and the sessions and trainers are set.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        case: {
          ja: '7 月に全社展開する計画でしたが、研修の講師を確保できず、お客様は研修の日程が決まるまで展開しないと決めました。',
          en: 'The company-wide rollout was planned for July, but no trainers could be found, and the customer will not roll out until the training is scheduled.',
        },
        status: 'blocked/adoption-readiness',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックが導入の準備状態に挙げる例は、トレーニング計画を作れない、ユーザーをトレーニングできないなど、どれも欠けているものです。展開の手順として予定されたトレーニングやチャンピオンの任命の扱いは書かれていません。進行中とブロックの見分け方の判断と同じく、計画に入っていて予定どおり進んでいるトレーニングやチャンピオンの任命はお客様自身の順序として技術的なオンボーディングと展開とし、計画や担当者がそろわないか予定の開始に間に合わず展開を始められない場合を導入の準備状態とすることにしました。',
        en: 'The cases the playbook gives for Adoption Readiness all describe something missing: a training plan that cannot be produced, users who cannot be trained. It says nothing about training or champions scheduled as a step of the rollout. As decided between In Progress and Blocked, training or naming champions that is part of the plan and on schedule is the customer’s own order, so Technical Onboarding and Deployment; Adoption Readiness is for a rollout that cannot start because the plan or the people are missing or late for the planned start.',
      },
    },
  },
  {
    id: 'environment-to-fix-before-migration',
    question: {
      ja: '移行が、お客様の環境の準備 (Exchange Server や SharePoint Server のバージョンアップ、合併に伴うディレクトリの統合など) が済まないために始められないか、止まっていますか。移行の前の準備が展開の手順として予定どおり進んでいる間は、まだ技術的なオンボーディングと展開です (技術的なオンボーディングと展開とお客様の IT インフラストラクチャの見分け方を参照)。',
      en: 'Can the migration not start, or has it stopped, because the customer’s environment is not prepared (an Exchange Server or SharePoint Server version upgrade, a directory merge after a merger)? While a preparation step before the migration is under way on schedule as planned, it is still Technical Onboarding and Deployment (see how to tell Technical Onboarding and Deployment from Customer IT Infrastructure and Remediation).',
    },
    answers: [
      {
        answer: {
          ja: 'はい。その準備が終わるまで移行を進められず、準備は計画されていないか、遅れているか、行き詰まっています。準備をする人、スキル、予算がないことだけが理由なら、L2 は、お客様の IT インフラストラクチャ、展開準備と IT 変更管理およびリソースの確保の見分け方で選びます。',
          en: 'Yes. The migration cannot go on until that is done, and that preparation is not planned, late or stuck. If it waits only for people, skills or a budget to do it, choose the L2 by how to tell Customer IT Infrastructure and Remediation from IT Change Management and Resourcing.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'いいえ。環境は整っていて、移行を進めています。',
          en: 'No. The environment is ready and the migration is under way.',
        },
        status: 'in-progress/migration',
      },
    ],
    examples: [
      {
        case: {
          ja: 'オンプレミスの SharePoint Server が古く、バージョンアップしないとコンテンツを SharePoint Online に移せません。3 月に予定していたバージョンアップが遅れて 6 月にずれ込み、移行の開始も後ろにずれました (ブロック解除の見込み日は 6 月です)。',
          en: 'The on-premises SharePoint Server is too old: its content cannot move to SharePoint Online until it is upgraded. The upgrade planned for March has slipped to June, and the migration’s start with it (the projected unblock date is in June).',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'licenses-for-migration',
    question: {
      ja: '移行が止まっているのは、次に移すユーザーのライセンスが足りない、またはライセンスの割り当てや移管が終わっていないからですか。',
      en: 'Has the migration stopped because there are not enough licenses for the next users to move, or because license assignment or transfer is not finished?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。ライセンスがそろうまで残りのユーザーを移せず、追加購入の予算が否決されたか、購入がそのユーザーの予定の開始に間に合わないか、手続きが行き詰まっています。',
          en: 'Yes. The remaining users cannot be moved until the licenses are in place: the budget for the extra purchase was refused, or the purchase is late for those users’ planned start or stuck in processing.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        answer: {
          ja: 'いいえ。ライセンスはそろっていて、移行は進んでいます。後のウェーブのユーザーのライセンスを、いつもの予算サイクルでそのウェーブの開始までに購入する計画の場合も、お客様の計画のとおりなので、この答えです (進行中とブロックの見分け方を参照)。',
          en: 'No. The licenses are in place and the migration is moving. When the licenses for a later wave are to be bought in the regular budget cycle before that wave starts, this follows the customer’s plan, so this is the answer too (see how to tell In Progress from Blocked).',
        },
        status: 'in-progress/migration',
      },
    ],
    examples: [
      {
        case: {
          ja: '移行するユーザーは 500 人ですが、ライセンスは 300 人分しかありません。今月移す予定だった残りの 200 人分の追加購入は、手続きが止まったままです。',
          en: 'There are 500 users to move but licenses for only 300. The extra purchase for the other 200, who were to move this month, is stuck in processing.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        case: {
          ja: 'お客様から「今期は本社の 300 名分です。工場の 500 名分のライセンスは来期の予算に計上済みで、4 月に購入して展開します」と言われました。本社のメールボックスを移しています。',
          en: 'The customer says: “This year it is the 300 people at head office. The licenses for the 500 at the factories are in next year’s budget; we buy them and roll out in April.” The head-office mailboxes are being moved.',
        },
        status: 'in-progress/migration',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'apps-that-cannot-move',
    question: {
      ja: 'SharePoint のカスタマイズ、社内の業務アプリ (LOB アプリ)、サードパーティ製のアドインが新しい環境で動かないために、移行が止まっていますか。',
      en: 'Has the migration stopped because SharePoint customizations, the customer’s line-of-business (LOB) apps or third-party add-ins do not work in the new environment?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。動作を確認できるまでその部分を移せず、その作り直しが計画されていないか、遅れているか、行き詰まっているか、開発元が全顧客向けに出す対応版を待っています (ブロックの各 L2 の定義の下にある条件を参照)。',
          en: 'Yes. That part cannot be moved until it is shown to work, and the rework is not planned, late or stuck, or the part waits for a compatible version its vendor releases for all its customers (see the condition under the definition of each Blocked L2).',
        },
        status: 'blocked/app-compatibility',
      },
      {
        answer: {
          ja: 'いいえ。アプリに問題はないか、必要な作り直しをお客様がそのウェーブの前に計画または発注していて予定どおりで、移行は進んでいます。',
          en: 'No. The apps are fine, or the rework they need is planned or ordered by the customer before their wave and on schedule, and the migration is moving.',
        },
        status: 'in-progress/migration',
      },
    ],
    examples: [
      {
        case: {
          ja: '部門サイトで使っているサードパーティ製の Web パーツが SharePoint Online で動かず、そのサイトの移行を保留しています。',
          en: 'A third-party web part used on department sites does not work in SharePoint Online, so those sites are on hold.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        case: {
          ja: '部署サイトで使っているサードパーティ製の Web パーツについて、開発元が SharePoint Online 対応版を 5 月に出すと発表しています。そのサイトは 6 月のウェーブで移す予定で、ほかのサイトは移行中です (ブロック解除の見込み日は 5 月です)。',
          en: 'The developer of a third-party web part used on a department site has announced a version for SharePoint Online in May. That site is due in the June wave; the other sites are moving (the projected unblock date is in May).',
        },
        status: 'blocked/app-compatibility',
      },
      {
        case: {
          ja: 'お客様は、部署サイトのカスタマイズを SharePoint Online で動く形に作り直す作業を SI に発注しています。納品は 6 月のウェーブの前の 5 月で、予定どおり進んでいます。ほかのサイトは移行中です。',
          en: 'The customer has ordered from its systems integrator a rebuild of a department site’s customization in a form SharePoint Online supports. It is due in May, before that site’s June wave, and on schedule; the other sites are moving.',
        },
        status: 'in-progress/migration',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'users-not-ready',
    question: {
      ja: 'お客様は、利用を広げる取り組みを進めていますか。それとも、エンド ユーザーの準備 (トレーニングの時間、人、計画) が整うまで展開を止めていますか。',
      en: 'Is the customer working to grow usage, or has it stopped the rollout until end users are ready (time, people or a plan for training)?',
    },
    answers: [
      {
        answer: {
          ja: '利用を広げる取り組みを進めています (取り組みの手順として予定しているトレーニングを含みます)。利用率はまだ低くても、止まってはいません。',
          en: 'It is working to grow usage (training planned as a step of that work included). Usage may still be low, but nothing has stopped.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
      {
        answer: {
          ja: 'エンド ユーザーの準備に必要なもの (トレーニングの時間、担当者、計画) がそろわず、それまで展開を広げないと決めています。',
          en: 'What end users need to be ready (time, people or a plan for training) is missing, and it has decided not to widen the rollout until it is there.',
        },
        status: 'blocked/adoption-readiness',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Teams は全社で使える状態で、アクティブ ユーザーは 8% です。お客様は部門ごとにチャンピオンを任命し、説明会を開いています。',
          en: 'Teams is available company-wide and 8% of users are active. The customer is naming champions in each department and holding briefings.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
      {
        case: {
          ja: 'トレーニング計画を作る人がおらず、お客様は計画ができるまで残りの部門に Teams を展開しないと決めています。',
          en: 'Nobody is available to write a training plan, and the customer will not roll Teams out to the other departments until there is one.',
        },
        status: 'blocked/adoption-readiness',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'it-cannot-keep-up',
    question: {
      ja: '利用の拡大が止まっている原因は、IT 部門の人手、スキル、予算の不足ですか。',
      en: 'Has usage stopped growing because the IT team lacks people, skills or budget?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。頻繁な機能の更新に IT スタッフ自身の習得が追いつかない、または運用する人手や予算が足りず、先に進めません。',
          en: 'Yes. The IT staff’s own learning cannot keep up with frequent feature updates, or IT lacks the people or budget to run the service, so nothing moves.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        answer: {
          ja: 'いいえ。IT 部門の体制に問題はなく、利用を広げる取り組みが続いています。',
          en: 'No. The IT team is not the issue, and the work to grow usage goes on.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Microsoft 365 Apps の毎月の更新に合わせた検証を IT 部門が実施しきれず、対象の部門を広げられません。',
          en: 'IT cannot keep testing each monthly Microsoft 365 Apps update, so no more departments can be added.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'leadership-drops-workload',
    question: {
      ja: '経営層は、このワークロードを今後は使わないと決めましたか。',
      en: 'Has leadership decided not to use this workload from now on?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。経営層が価値を認めず、お客様が今も今後も使わないと表明しています。',
          en: 'Yes. Leadership sees no value in it, and the customer has said it will not use it, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
      {
        answer: {
          ja: 'いいえ。利用が伸び悩んでいても、お客様は使い続ける意向です。',
          en: 'No. Usage may be slow to grow, but the customer intends to keep using it.',
        },
        status: 'in-progress/solution-or-user-adoption',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Viva Engage を一部の部門で使い始めましたが、経営層が社内 SNS は自社に合わないと判断し、今後は使わないと伝えてきました。',
          en: 'Some departments started on Viva Engage, but leadership decided an internal social network does not suit the company and said it will not be used from now on.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'pilot-on-a-few-seats',
    question: {
      ja: '一部のシートだけで使っているのは、全社展開の前のパイロットだからですか。それとも、ライセンスの問題が解決しないからですか。',
      en: 'Is the service used on only some seats because this is a pilot before the full rollout, or because a license problem is not solved?',
    },
    answers: [
      {
        answer: {
          ja: '全社展開の前のパイロットです。ライセンスや契約に問題はありません。ワークロードがパイロットの対象を超えて使える状態になるまでは、技術的なオンボーディングと展開です。',
          en: 'It is a pilot before the full rollout; nothing is wrong with the licenses or the contract. It stays Technical Onboarding and Deployment until the workload is usable beyond the pilot group.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        answer: {
          ja: 'ライセンスの追加、SKU の変更、割り当てや移管が済むまで残りのユーザーに展開できず、それが予定の開始に間に合わないか行き詰まっています。',
          en: 'The other users cannot get it until licenses are added, the SKU is changed, or an assignment or transfer is finished, and that is late for the planned start or stuck.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    examples: [
      {
        case: {
          ja: '全社展開の前に、情報システム部の 50 シートで 2 か月間パイロットを行っています。',
          en: 'Before the company-wide rollout, the IT department is running a two-month pilot on 50 seats.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックの社内向けの資料は、全社展開の前のパイロットを進行中としていますが、L2 を示していません。パイロットの間は、ワークロードを全社で使える状態にする作業がまだ終わっていないので、技術的なオンボーディングと展開とし、パイロットの対象を超えて使える状態になったら、データの移行が残っているかどうかで次の L2 に進むことにしました。',
        en: 'An internal copy of the playbook puts a pilot before the full rollout under In Progress but names no L2. While the pilot runs, the work of making the workload usable company-wide is not finished, so it is Technical Onboarding and Deployment; once the workload is usable beyond the pilot group, the next L2 depends on whether data is left to migrate.',
      },
    },
  },
  {
    id: 'declined-help-is-not-no-intent',
    question: {
      ja: 'お客様が表明したのは、このサービスを使うことですか (始めるのが先でも、FastTrack の支援を断っていても)。それとも、今も今後も使わないことですか。「今の製品をあと数年は使い続ける」と言うだけで、その後について決めていないお客様は、どちらも表明していないので、ステータス不明 (新しいサブスクリプションまたはワークロード) です。',
      en: 'What has the customer said: that it will use the service (even if it starts later or turns down FastTrack help), or that it will not use it, now or later? A customer that only says “we will keep our current product for a few more years”, with nothing decided about afterwards, has said neither: it is Status Unknown (New Subscription or Workload).',
    },
    answers: [
      {
        answer: {
          ja: '使うことです。自社で、またはパートナーと展開する、別のワークロードの後に始める、今のオンプレミス製品を使い終えたら移る予定がある、といった場合です。FastTrack の支援は不要だと言っていても、サービスを使うなら同じです。',
          en: 'That it will use it: it deploys on its own or with a partner, starts after another workload, or plans to move once its current on-premises product is retired. Saying it needs no FastTrack help does not change this.',
        },
        status: 'in-progress',
      },
      {
        answer: {
          ja: '今も今後も使わないことです。',
          en: 'That it will not use it, now or later.',
        },
        status: 'no-intent',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様から「FastTrack の支援は不要です。導入は付き合いのあるパートナーに任せます」と言われました。',
          en: 'The customer says: “We do not need FastTrack help. Our usual partner will handle the rollout.”',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: '昨年サーバーを更新したばかりなので、お客様は 3 年後にそのサーバーを使い終えてから Exchange Online に移る予定です。',
          en: 'The servers were replaced last year, so the customer plans to move to Exchange Online once they are retired in three years.',
        },
        status: 'in-progress',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックは、既存のインフラストラクチャを廃止する準備ができていないお客様を Microsoft のオンプレミス ソリューションの使用 (意思なし) に挙げていますが、意思なしにはお客様自身の「今も今後も使わない」という表明が必要で、進行中には展開を始めるのが先になるお客様も含まれます。そこで、後で移る予定があるお客様は、その予定から目標日を決めて進行中、移らないと表明したお客様は意思なし、当面は今の製品を使い続けると言うだけで、その後を決めていないお客様は新しいサブスクリプションまたはワークロードとすることにしました。',
        en: 'The playbook lists a customer not ready to retire its existing infrastructure under Using Microsoft On-Premises Solution (No Intent), but No Intent needs the customer’s own statement that it will not use the service, now or later, and In Progress includes customers who will start later. So a customer with a plan to move later is In Progress, with the target date taken from that plan; one that has said it will not move is No Intent; and one that only says it will keep its current product for now, with nothing decided about afterwards, is New Subscription or Workload.',
      },
    },
  },
  {
    id: 'work-stopped',
    question: {
      ja: 'お客様は使うと表明しています。作業は、お客様自身の計画 (順序、ウェーブ、開始日と、開始の前に済ませる手順) のとおりに進められますか。それとも、妨げがあって、始められないか進められないのですか。分からなければ、開始が何を待っているのか、それは計画に入っていて予定どおりなのか、いつ始めるのか、開始日が変わったならその理由を、お客様に尋ねます。',
      en: 'The customer has said it will use the workload. Can the work follow the customer’s own plan (its order, waves, start dates, and the steps it has planned before the start), or is it held up, so that it cannot start or go on? If you cannot tell, ask the customer what the start waits for, whether that is a step of its plan that is on schedule, when it will start and, if the start has moved, why.',
    },
    answers: [
      {
        answer: {
          ja: '妨げがあり、お客様の計画どおりに始められないか進められません。一つは、作業に必要なものが欠けているか計画に入っていないためにお客様が開始の時期を示せない場合と、必要なものが予定の開始に間に合わない、否決された、行き詰まっている場合です。たとえば、作業の予算の否決・凍結・取り消し・削減や予定の開始までの未承認、ライセンスの購入やパートナーの選定・契約・SOW の遅れ、環境の修正の未計画・遅れ、作業を担う人・チャンピオン・トレーニングの担当者の不在、法令の制約、製品に必要な機能の不足、このワークロードの FastTrack のエンゲージメントを引き受けたパートナーの無応答 (作業が続いているとお客様から確かめられない場合) などです。開始の前に必要なもの (このワークロードが前提とする別のワークロード、予算の承認など) が遅れたためにお客様が開始日を後ろにずらした場合も、新しい開始日が決まっていても、この答えです。作業そのものに必要で、お客様が自社の計画や調達では得られないものを待っている場合も、日付が発表されていて、お客様がその日に合わせて開始日を決めていても、この答えです。たとえば、Microsoft の機能や修正、法令の施行や規制当局の承認、開発元やメーカーが全顧客向けに出すリリース (アプリの対応版、機器のファームウェア)、他の組織が提供し、作業に必要な基盤 (本社のネットワーク、県の自治体情報セキュリティクラウド) などです。もう一つは、計画していた作業 (伝えていた開始日や、始めていた作業) を、お客様 (経営層や IT 部門) がある出来事が終わるまで止めている場合です (合併、COVID-19、基幹システムの切り替え、セキュリティ事故の後などの、展開や IT の変更の凍結や一時停止。決算期や年末年始などの定例の変更の凍結は含みません)。伝えていた開始日を、自社の作業の順序の見直しではない出来事 (合併、組織再編、事故など) の後にずらした場合も、お客様の言い方 (「再編の対応を優先します」など) にかかわらず、この場合です。IT 部門が自社の別の案件 (基幹システムの更新など) を先に進めるためにずらすのは自社の作業の順序の見直しで、進行中です。その案件が終わるまで変更を止める場合 (基幹システムの切り替えのための変更の凍結など) は、この場合です。他の組織の移行も、こうした出来事に当たります。伝えていた開始日を、他の組織の移行を待つためにずらした場合も、この場合です (ほかに待っているものがなければ、IT 変更管理およびリソースの確保です)。出来事の終わりが見えず、お客様が開始の時期を示せない場合も同じです。デリバリー中のブロック解除の見込み日は、妨げがなくなる見込みの日です (お客様がその後に示す開始日ではありません。用語集の「目標日」を参照)。L2 は、欠けているもの、遅れているもの、待っているもので選び、出来事が終わるのを待っているだけなら IT 変更管理およびリソースの確保です。',
          en: 'The work is held up: it cannot start or go on as the customer planned. There are two cases. First, something the work needs is missing or not planned, so that the customer cannot name a start, or it is late for the planned start, refused or stuck. For example: the budget for the work refused, frozen, withdrawn or cut, or not approved in time for the planned start; a license purchase, or the choice of a partner, its contract or an SOW, late; a fix to the environment not planned or late; nobody to do the work, no champion or nobody to train; a legal restriction; a missing product function; or the partner that has taken on the FastTrack engagement for this workload not answering, when the customer has not confirmed that the work goes on. A start the customer has moved later because something this workload needs before it is late (another workload it depends on, a budget approval that slipped) is this answer too, even when the customer names the new date. So is waiting for what the work itself needs and the customer cannot get through its own plan or procurement, even when a date has been announced and the customer has set its start around it: for example a Microsoft feature or fix, a law or regulation taking effect or a regulator’s approval, a release a vendor makes for all its customers (an app’s compatible version, a device’s firmware), or infrastructure that another organization provides and the work needs (the head office’s network, the prefecture’s security cloud). Second, the customer (its leadership or IT) has halted work it had planned (a start date it had given, or work under way) until an event is over (a freeze or pause of rollouts or IT changes for a merger, COVID-19, an ERP cut-over, or after a security incident; not a standing freeze in its calendar such as the fiscal year-end or the year-end holidays). A start the customer had given that it moves to after an event that is not a re-ordering of its own work (a merger, a reorganization, an incident) is this case too, however the customer words it (“we will put the reorganization first”). A start moved so that its IT team can do another project of its own first (an ERP renewal, for example) is a re-ordering of its own work: In Progress. Halting changes until that project is over (a change freeze for an ERP cut-over, for example) is this case. Another organization’s move counts as such an event: a start the customer had given that it moves to wait for another organization’s move is this case too (IT Change Management and Resourcing, when it waits for nothing else). A halt with no end in sight, so that the customer cannot name a start, is this answer too. During delivery, the projected unblock date is when the block is expected to clear, not the start the customer names for afterwards (see the glossary’s Target date). Choose the L2 by what it waits for (what is missing, late or awaited); if it only waits for an event to be over, the L2 is IT Change Management and Resourcing.',
        },
        status: 'blocked',
      },
      {
        answer: {
          ja: 'お客様自身の計画のとおりです。お客様は開始 (開始日、時期の目安、その後に始める出来事) を決めていて、開始の前にあるのは、計画に入っていて予定どおり進んでいる手順です。「予定どおり」は予定の開始 (ウェーブに分けるならそのウェーブの開始) に間に合うことで、遅れても開始の前に終わる手順は予定どおりです。このサイトの「遅れ」は、予定の開始に間に合わないことです。ウェーブに分ける展開では、そのウェーブの展開が始まった後 (ウェーブに分けない展開では、このワークロードの展開が始まった後) の作業の進みが計画より遅いのは、遅れではなく進みの遅さで、この答えのままです。後のウェーブの開始、このワークロードの開始、またはそれを前提とする別のワークロードの開始の前に終える手順は、すでに始まっていて前のウェーブが進んでいても、その開始に間に合わなければ遅れです。そのため、同じ移行の進みの遅さが、その移行のワークロードでは進みの遅さ (進行中) で、その完了を必要とする後のワークロードでは遅れ (ブロック) になることがあります。利用資格ごとに、そのワークロードの作業でステータスを選びます。前のウェーブが長引いただけで後のウェーブの開始がずれ、後のウェーブが前のウェーブの完了を必要としないなら、お客様自身の順序でずらしたものとして、この答えです。たとえば、自社の IT 部門がワークロードや自社の別の案件 (基幹システムの更新など) を一つずつ進める (理由が IT 部門の人数の少なさでも同じです)、ウェーブに分ける、いつもの予算サイクルで予算やライセンスの購入が承認される (承認済みか、いつもの承認を待っているだけ)、いつもの調達の手続きでパートナーを選ぶ (入札など) か、契約・SOW・EA を結ぶ、発注したもの (PC の納品、回線の開通、SI の作業など) が予定どおり進む、展開の手順として環境の修正・ディレクトリの統合・ライセンスの割り当て・使っているアプリのテスト・エンド ユーザーのトレーニング・チャンピオンの任命を行う、決算期や年末年始などの定例の変更の凍結に合わせて開始日を置く、最初の計画で、合併の完了や他の組織 (本社、県、他の省庁など) の移行など、作業そのものには必要のない出来事の後に始めると決める、といった場合です。最初の計画で開始の後に置いた、作業そのものには必要のない出来事は、日付や時期の目安がまだ決まっていなくても開始に当たります。その出来事がいつごろになりそうかをお客様に尋ねて、その見込みより後に仮の目標日を設定し、日付が決まったら移します。お客様が開始日を後ろにずらした場合は、ずらした理由で選びます。自社のワークロード、ウェーブ、自社の別の案件 (基幹システムの更新など) の順序の見直し、定例の変更の凍結など、お客様自身の選択でずらしたなら、この答えです (合併、組織再編、他の組織の移行などの出来事の後にずらした場合は、ブロックです)。自社の IT 部門が先に進めている別のワークロードが長引いたためでも、このワークロードがそれを前提としていなければ同じです。最初の計画で開始の後に置いた出来事や他の組織の移行が遅れたためにずらした場合も、計画はその後に始めるままなので、この答えです (始めていた作業をその出来事が終わるまで止める場合は、ブロックです)。作業に必要なもので欠けているもの、遅れているもの、否決されたもの、行き詰まっているものがなく、作業そのものに必要で、お客様が自社の計画や調達では得られないものも待っておらず、計画していた作業も止めていなければ、この答えです。目標日は、進行中のページの「デリバリー中」のとおり、お客様の開始より後に設定します。お客様が自らの選択で開始日を変えたときや、最初の計画で開始の後に置いた出来事が遅れたときは、開始と一緒に目標日も移します。',
          en: 'It follows the customer’s own plan. The customer has set its start (a date, a rough period, or an event to start after), and what comes before the start are steps of its plan that are on schedule. “On schedule” means in time for the planned start (for a wave, that wave’s start): a step that slips but will still be done before that start is on schedule. “Late” on this site means late for the planned start. Once a wave’s own rollout has started (for a rollout without waves, the workload’s), its work running slower than planned is slow progress, not late, and stays this answer. A step that must be done before a later wave’s start, before this workload’s start, or before the start of a workload that depends on it, is late once it will not be done by that start, even when it is already under way and earlier waves are moving. So the same slow migration can be slow progress for its own workload (In Progress) and late for a later workload that needs it finished (Blocked): each entitlement gets the status of its own work. A later wave’s start that moves only because an earlier wave takes longer, and that does not need the earlier wave finished, is a move by the customer’s own order: this answer. For example: its IT team does one workload or project of its own after another (an ERP renewal, for example; even when the reason is that the team is small); the rollout goes in waves; a budget or a license purchase is approved in the customer’s regular budget cycle (approved already, or awaiting only its routine approval); its normal procurement will choose a partner (by tender, for example) or sign a contract, an SOW or its EA; what it has ordered (PCs, lines, a systems integrator’s work) is delivered or done on schedule; a fix to its environment, a directory merge, license assignment, testing the apps it uses, end-user training or naming champions is a planned step of the rollout; the start date is set around a standing freeze in its calendar (the fiscal year-end, the year-end holidays); or the customer’s first plan starts after an event that the work itself does not need (once a merger closes, or once another organization such as its head office, a prefecture or another ministry has moved). Such an event, one the customer’s first plan starts after and the work itself does not need, counts as the start even before it has a date or a rough period: ask the customer when it is likely to be, set a provisional target date after that, and move it once the date is set. When the customer moves the start later, decide by why it moved. Moved by the customer’s own choice (a new order of its own workloads, waves or other projects such as an ERP renewal, a standing freeze), it is this answer (a move to after an event such as a merger, a reorganization or another organization’s move is Blocked); so is a start moved because another workload its IT team does first takes longer, when this workload does not depend on it. So is a start moved because the event or the other organization’s move that its first plan starts after has slipped: the plan still starts after it (halting work already begun until that event is over is Blocked). If nothing the work needs is missing, late, refused or stuck, the work waits for nothing it itself needs that the customer cannot get through its own plan or procurement, and no planned work is halted, this is the answer. Set the target date after the customer’s start, as During delivery on the In Progress page says, and move it along with the start when the customer moves the start by its own choice or when the event its first plan starts after slips.',
        },
        status: 'in-progress',
      },
    ],
    examples: [
      {
        case: {
          ja: 'DIBS では Teams を 1 月に始める予定でしたが、12 月にお客様から「先に Exchange Online の移行を終えることにしたので、Teams は 4 月からにします」と言われました (目標日は 4 月より後に移します)。',
          en: 'The DIBS had Teams starting in January. In December the customer says: “We have decided to finish the Exchange Online migration first; Teams now starts in April” (move the target date to after April).',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: 'お客様から「Exchange Online の移行が遅れて 9 月までかかるので、7 月に始める予定だった Teams は 10 月からにします」と言われました。このお客様の構成では、Teams の予定表や会議に、メールボックスが Exchange Online にあることが必要です (L2: お客様の IT インフラストラクチャ、展開準備。ブロック解除の見込み日は移行が終わる 9 月で、10 月の開始はメモに書きます)。',
          en: 'The customer says: “The Exchange Online migration is late and runs until September, so Teams, planned for July, now starts in October.” In this customer’s setup, Teams needs the mailboxes in Exchange Online for its calendar and meetings (the L2 is Customer IT Infrastructure and Remediation; the projected unblock date is in September, when the migration ends; put the October start in the notes).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'お客様から「Teams は来期の予算に計上済みです。3 月の取締役会でいつもどおり承認されれば、4 月から始めます」と言われました (L2: 技術的なオンボーディングと展開。目標日は 4 月より後に設定します)。',
          en: 'The customer says: “Teams is in next year’s budget. Once the board approves it in March as usual, we start in April” (the L2 is Technical Onboarding and Deployment, with a target date after April).',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: '2 月にお客様から「3 月は決算期でシステムの変更を行わない決まりなので、Teams の展開は 4 月からにします」と言われました (L2: 技術的なオンボーディングと展開。目標日は 4 月より後に設定します)。',
          en: 'In February the customer says: “We make no system changes in March, our fiscal year-end, so Teams starts in April” (the L2 is Technical Onboarding and Deployment, with a target date after April).',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: 'Teams の展開を初めて計画するにあたり、お客様は「第 3 四半期に合併が完了したら Teams を始めます」と決めました。先に済ませるものはありません (L2: 技術的なオンボーディングと展開。目標日は合併の完了の後に設定します)。',
          en: 'Planning Teams for the first time, the customer decides: “We will start Teams once the merger closes in Q3.” Nothing has to be done first (the L2 is Technical Onboarding and Deployment, with the target date after the merger closes).',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: 'DIBS では Teams を 2 月に始める予定でしたが、1 月に CIO が「基幹システムの切り替えが終わる 5 月まで、IT の変更はすべて凍結します」と決めました。ディレクトリ、ライセンス、人員など、ほかに待っているものはありません (L2: IT 変更管理およびリソースの確保。ブロック解除の見込み日は 5 月です)。',
          en: 'The DIBS had Teams starting in February. In January the CIO orders: “All IT changes are frozen until the ERP cut-over in May.” Nothing else is pending (no directory, license or staffing work) (the L2 is IT Change Management and Resourcing; the projected unblock date is in May).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'DIBS では Teams を 6 月に始める予定でしたが、お客様から「IT 部門は先に基幹システムの更新を仕上げることにしたので、Teams は 10 月からにします」と伝えられました。IT の変更を止めるわけではなく、ほかに待っているものもありません (L2: 技術的なオンボーディングと展開。目標日は 10 月より後に移します)。',
          en: 'The DIBS had Teams starting in June. The customer says: “Our IT team will finish the ERP renewal first, so Teams starts in October.” No IT changes are halted, and nothing else is pending (the L2 is Technical Onboarding and Deployment; move the target date to after October).',
        },
        status: 'in-progress',
      },
      {
        case: {
          ja: 'Exchange Online の移行を進めていて、Teams は第 1 四半期に始める予定でしたが、経営層が「合併が完了する第 3 四半期まで、すべての展開を止める」と決めました。ほかに待っているものはありません。どちらのワークロードもブロックです (L2: IT 変更管理およびリソースの確保)。',
          en: 'The Exchange Online migration was under way and Teams was to start in Q1, but leadership has decided: “Every rollout stops until the merger closes in Q3.” Nothing else is pending. Both workloads are Blocked (the L2 is IT Change Management and Resourcing).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'DIBS では Teams を 4 月に始める予定でしたが、3 月にお客様から「4 月の組織再編の対応を優先したいので、Teams は再編が落ち着く 7 月からにします」と言われました。再編の作業は 6 月末に終わる見込みで、ほかに待っているものはありません (L2: IT 変更管理およびリソースの確保。ブロック解除の見込み日は 6 月末で、7 月の開始はメモに書きます)。',
          en: 'The DIBS had Teams starting in April. In March the customer says: “We want to put the April reorganization first, so Teams starts in July, once it has settled.” The customer expects the reorganization work to be over by the end of June, and nothing else is pending (the L2 is IT Change Management and Resourcing; the projected unblock date is the end of June; put the July start in the notes).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'お客様から「Microsoft が 6 月に一般提供を始めると発表している機能を待って、7 月から展開します」と言われました (L2: 製品機能。ブロック解除の見込み日は機能が提供される 6 月で、7 月の開始はメモに書きます)。',
          en: 'The customer says: “We are waiting for a feature Microsoft has announced for general availability in June, and will roll out from July” (the L2 is Product Feature/Capability; the projected unblock date is in June, when the feature ships; put the July start in the notes).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: '市の Microsoft 365 の通信は、県の自治体情報セキュリティクラウドを経由します。県が 9 月に回線と設備を増強するまで Teams の会議を使えないので、市は 10 月から展開すると決めました (L2: お客様の IT インフラストラクチャ、展開準備。ブロック解除の見込み日は 9 月で、10 月の開始はメモに書きます)。',
          en: 'The city’s Microsoft 365 traffic goes through the prefecture’s security cloud. Teams meetings cannot work until the prefecture upgrades its lines and equipment in September, so the city will roll out from October (the L2 is Customer IT Infrastructure and Remediation; the projected unblock date is in September; put the October start in the notes).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'DIBS では Teams を 4 月に始める予定でしたが、3 月にお客様から「グループの方針で、本社の移行が 9 月に終わってから始めることにしました。Teams は 10 月からです」と言われました。Teams の展開そのものは本社の移行を必要とせず、ほかに待っているものはありません (L2: IT 変更管理およびリソースの確保。ブロック解除の見込み日は本社の移行が終わる 9 月で、10 月の開始はメモに書きます)。',
          en: 'The DIBS had Teams starting in April. In March the customer says: “Under the group’s policy, we will wait until head office finishes its move in September; Teams starts in October.” The Teams rollout itself does not need head office’s move, and nothing else is pending (the L2 is IT Change Management and Resourcing; the projected unblock date is in September, when head office’s move ends; put the October start in the notes).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: '最初の計画の打ち合わせで、合併するお客様から「合併後、両社の情報システム部門が一つになってから Teams を始めます」と言われました。二つの部門が一つになるまでは作業を担う人が決まっていないため、作業そのものがその統合を必要としています。これは後に始める出来事ではなく、人が欠けている場合です (L2: IT 変更管理およびリソースの確保)。作業を担う人をお客様が決めていれば、合併は後に始める出来事で、仮の目標日を設定して進行中です。',
          en: 'At its first planning session, a merging customer says: “After the merger, once our two IT departments have become one, we will start Teams.” Until the two IT departments are one, nobody is set to do the work, so the work itself needs that event: it is missing people, not an event to start after (the L2 is IT Change Management and Resourcing). Had the customer named people for the work, the merger would be an event to start after: In Progress with a provisional target date.',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'お客様から「今年度はこの作業の予算が承認されなかったので、来期の予算で改めて申請します」と言われました (L2: IT 変更管理およびリソースの確保)。',
          en: 'The customer says: “The budget for this work was not approved this year; we will apply again in next year’s budget” (the L2 is IT Change Management and Resourcing).',
        },
        status: 'blocked',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'ブロックの定義 (元の文書) は、問題の解消にアカウント チームやエンジニアリング チームの助けが必要だとしていますが、プレイブックの L2 には、チャンピオンがいないなど、その助けがなくても解消する問題も挙がっています。プレイブックは、しばらくは展開を始める予定のないお客様やほかのサービスを先にするお客様を進行中に含めています。ブロックの L2 に挙がっているものの多くは、遅れているパートナーの選定や契約、作れないトレーニング計画、足りない人員や予算、COVID-19 による一時停止、IT 部門の分離に伴う中断など、欠けているもの、遅れているもの、止まった作業です。お客様の IT インフラストラクチャには、開始の前の手順 (Windows のアップグレード、帯域の増強、社内向けの資料では展開の前のノート PC やモバイル端末の入れ替え) も挙がっていますが、それが予定どおりかどうかには触れていません。そこで、このような手順は、計画されていないか、遅れているか、行き詰まっている場合に限ってブロックとし、計画に入っているか発注済みで予定どおり進んでいる手順はお客様の計画とすることにしました。社内向けの資料が挙げる展開の前の端末の入れ替えも、入れ替えが計画に入っていて予定どおりなら、この判断を優先して進行中とします。つまり、作業がお客様自身の計画のとおりかどうかで分けます。開始の前にある手順 (ワークロードの順序、いつもの予算サイクルでの承認や購入、いつもの調達の手続きによるパートナーの選定や契約、展開の手順としての修正、ディレクトリの統合、ライセンスの割り当て、使っているアプリのテスト、トレーニング、チャンピオンの任命、定例の変更の凍結) が計画に入っていて予定どおりなら、開始が先でも、順序の理由が IT 部門の人数の少なさでも、進行中です。予定どおりかどうかは、予定の開始 (ウェーブに分けるならそのウェーブの開始) に間に合うかどうかで見ます。少し遅れても開始の前に終わる手順は作業を妨げず、展開が始まった後でこのワークロードの作業の進みが遅いことは、欠けているものでも止まった作業でもないからです。必要なものが欠けていて開始の時期を示せないか、予定の開始に間に合わない、否決された、行き詰まっている場合と、計画していた作業をある出来事 (定例の変更の凍結は除きます) が終わるまで止めている場合はブロックで、何を待っているかで L2 を選びます。お客様が開始日を後ろにずらした場合は、ずらした理由で分けます。自社のワークロードやウェーブの順序の見直しなどお客様自身の選択ならお客様の計画のとおりなので進行中、開始の前に必要なもの (前提とする別のワークロード、予算の承認など) が遅れたためなら、プレイブックがブロックに挙げる遅れと同じなのでブロックです。プレイブックは、デリバリー中のブロックの目標日をブロック解除の見込み日とし、担当をアカウント チームとしています。解除に向けて動くアカウント チームに必要なのは妨げがなくなる見込みの日なので、お客様がその後の開始日を示していても、ブロック解除の見込み日は妨げがなくなる見込みの日とします。その開始日はメモに書き、進行中に戻すときに、その開始より後に目標日を設定します。伝えていた開始日を出来事 (合併、組織再編など) の後にずらすことは、プレイブックがブロックに挙げる一時停止と同じなので、お客様が「優先」と言っても、自社の作業の順序の見直しとは分け、ブロックとします。自社の作業の順序の見直しとは、ワークロード、ウェーブ、IT 部門が先に進める自社の別の案件 (基幹システムの更新など) の順序を変えることです。その案件が終わるまで変更を止める場合は除きます。お客様の計画に当たるのは、お客様が自ら進める手順 (パートナー、FTC、お客様が発注した業者が担う作業や納品を含みます) です。作業そのものに必要で、お客様が自社の計画や調達では得られないものを待つことは、プレイブックが製品機能、法務/規制、アプリの互換性に挙げる待ちと同じく、お客様が自らの計画で早めることができないので、日付が発表されていてもブロックとし、その日をブロック解除の見込み日にします。他の組織が提供し、作業に必要な基盤や、アプリの開発元が全顧客向けに出す対応版もこれに当たります。対応版は、出るまではお客様がどう発注しても早められないので、その導入を開発元に発注していてもブロックです。出た後のその導入と、お客様が使っているアプリ (パッケージ製品を含みます) について発注した作業 (開発元、SI、パートナーによる作り直し、カスタマイズ、バージョンアップ) は、ほかの発注と同じくお客様の計画です (ブロックの各 L2 の定義の下の条件を参照)。お客様が最初の計画で、作業そのものには必要のない他の組織 (本社、県、他の省庁など) の移行の後に開始を置くことは、法務/規制と技術的なオンボーディングと展開の見分け方の判断のとおり、順番を待つ計画なので進行中です。その移行や、最初の計画で開始の後に置いたほかの出来事が遅れても、計画は変わらず、作業に必要なものが遅れているわけでもないので、進行中のまま目標日を移します。最初の計画で開始の後に置いた、作業そのものには必要のない出来事は、日付がまだなくても開始に当たります。お客様は使うと決めていて、作業に必要なもので欠けているものもないからです。その出来事の見込みより後に仮の目標日を設定し、日付が決まったら移せば、目標日は有効なままです。一方、伝えていた開始日を他の組織の移行を待つためにずらすことは、合併などの出来事の後にずらすことと同じく、計画していた作業の一時停止に当たるのでブロックです。出来事が終わるのを待っているだけなら、誰が止めたか (経営層、IT 部門) にかかわらず、展開を担う体制の側の問題として IT 変更管理およびリソースの確保とします。これは、IT 変更管理の注記 (「ビジネス ルールとは直接関係ありません」) と、導入の準備状態の注記 (「ビジネス ルールや決定に関連することがあります」) より、この判断を優先するものです。プレイブックには合併するお客様をエグゼクティブの支援とする記述もありますが、意思なしの L2 なので、合併を機にお客様が今も今後も使わないと表明した場合に限ります。',
        en: 'The Blocked definition (source document) says clearing the problem needs help from the account team or an engineering team, but the playbook’s L2s also list problems that clear without it, such as a missing champion. The playbook counts customers who will not start deploying for a while, or who do other services first, as In Progress. Most of what it lists under the Blocked L2s is missing, late or stopped: partner selection or contracting that is delayed, a training plan that cannot be produced, too few people or too little budget, COVID-19 pauses, an engagement paused while IT is split off. Under Customer IT Infrastructure it also lists steps before the start (Windows to upgrade, bandwidth to raise and, in an internal copy, laptops or mobile devices being replaced before the rollout) without saying whether they are on schedule. We decided to treat such a step as Blocked only when it is not planned, late or stuck: a planned or ordered step on schedule is the customer’s plan. This overrides the internal copy’s example of devices being replaced before the rollout when the replacement is planned and on schedule. So the line is whether the work follows the customer’s own plan. When the steps before the start (the order of workloads, approvals and purchases in the regular budget cycle, choosing a partner or signing a contract through normal procurement, fixes, a directory merge, license assignment, testing the apps it uses, training or naming champions as planned steps of the rollout, a standing freeze) are part of its plan and on schedule, it is In Progress, however late the start and even when the order is due to a small IT team. Whether a step is on schedule is judged against the planned start (for a wave, that wave’s start): a step that slips but is still done before the start holds nothing up, and this workload’s own work running slower than planned after its start is neither missing nor stopped. When something the work needs is missing so that no start can be named, or is late for the planned start, refused or stuck, or when planned work is halted until an event is over (a standing freeze aside), it is Blocked, with the L2 chosen by what it waits for. When the customer moves the start later, the reason decides: its own choice (a new order of its own workloads or waves) follows its plan, so In Progress; something this workload needs before it (another workload it depends on, a budget approval) running late is the kind of delay the playbook lists under Blocked, so Blocked. The playbook makes the projected unblock date a Blocked entitlement’s target date during delivery, with the account team as owner. What the account team needs, to work on the block, is when the block is expected to clear, so that is the projected unblock date even when the customer names a later start; the start goes in the notes, and the target date is set after it when the entitlement moves back to In Progress. Moving a start it had given to after an event (a merger, a reorganization) is the kind of pause the playbook lists under Blocked, so it is Blocked even when the customer calls it a priority; only re-ordering its own work is its own choice: its workloads, its waves, or another project its IT team does first (an ERP renewal, for example), unless it halts changes until that project is over. The customer’s plan is the steps the customer itself carries out (work or deliveries by its partner, FTC or a supplier it has engaged included). Waiting for what the work itself needs and the customer cannot get through its own plan or procurement is, like the waits the playbook lists under Product Feature/Capability, Legal/Regulatory and App Compatibility, something the customer cannot bring forward by its own plan, so it is Blocked even when a date has been announced, which becomes the projected unblock date. Infrastructure that another organization provides and the work needs, and a compatible version that an app’s vendor releases for all its customers, are such waits too. Until the compatible version is released, no order of the customer’s can bring it forward, so it is Blocked even when the customer has ordered the vendor to install it; installing it once it is out, and work the customer has ordered for its copy of an app (packaged apps included: a rebuild, a customization or a version-up by the vendor, a systems integrator or a partner), is its plan, like anything else it orders (see the condition under each Blocked L2’s definition). A first start the customer puts after a move by another organization (its head office, a prefecture, another ministry) that the work itself does not need is, as decided between Legal/Regulatory and Technical Onboarding and Deployment, a plan to wait its turn: In Progress. If that move, or another event a first plan starts after, slips, the plan is unchanged and nothing the work needs is late, so it stays In Progress and the target date moves with it. An event a first plan starts after, and the work itself does not need, counts as the start even before it has a date: the customer has decided, and nothing the work needs is missing. A provisional target date after the customer’s estimate of the event, moved once the date is set, keeps the target date valid. A start the customer had given that it moves to wait for another organization’s move is, like a move to after a merger, a pause of planned work: Blocked. A halt that only waits for an event to be over is IT Change Management and Resourcing, whoever ordered it (leadership or IT), as a matter for whoever carries out the rollout. This decision overrides the seed’s notes that IT Change Management is not directly about business rules and that Adoption Readiness is sometimes about business rules or decisions. The playbook also sends a merging customer to Executive Sponsorship; as an L2 of No Intent, that applies only when the customer says, after the merger, that it will not use the workload, now or later.',
      },
    },
  },
  {
    id: 'valid-tenant-in-use',
    question: {
      ja: 'このテナントは、今後も使われる有効なテナントで、その利用資格は実際の数のとおりに計上されていますか。',
      en: 'Is this a valid tenant that will go on being used, with its entitlements counted as they really are?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。展開や利用が進んでいます。パイロットのために少数のシートだけを使っている場合も同じです。',
          en: 'Yes. Rollout or use is moving. The same holds when only a few seats are used for a pilot.',
        },
        status: 'in-progress',
      },
      {
        answer: {
          ja: 'いいえ。重複している、不正と判定された、またはテスト専用のテナントか、ライセンスの移管を終えたテナントで、今後は使われません。または、ライセンスの集計の食い違い (FTOP と ViewPoint など) で、利用資格が実際より多く計上されていることが確認されています (多い分がこのステータスです)。',
          en: 'No. It is a duplicate, flagged as fraudulent, or a test tenant or one whose license transfer is complete, and it will not be used any more. Or it has been confirmed that a license-reporting mismatch (FTOP against ViewPoint, for example) counts more entitlements than there really are (the extra ones get this status).',
        },
        status: 'duplicate-invalid',
      },
    ],
    examples: [
      {
        case: {
          ja: '全社展開の前に、パイロット用に 20 シートだけを使っているテナントです (L2: 技術的なオンボーディングと展開)。',
          en: 'A tenant that uses only 20 seats for a pilot before the company-wide rollout (the L2 is Technical Onboarding and Deployment).',
        },
        status: 'in-progress',
      },
    ],
    basis: {kind: 'facts'},
  },
  // ---- 意思なし / No Intent ----
  {
    id: 'hosted-exchange-is-microsoft',
    question: {
      ja: 'お客様が使い続けるのは Microsoft の製品ですか (自社のサーバーで動かすものも、ホスティング事業者が運用するものも含みます)。それとも他社の製品ですか。',
      en: 'Is the product the customer keeps a Microsoft product (run on its own servers or by a hosting provider), or another vendor’s?',
    },
    answers: [
      {
        answer: {
          ja: 'Microsoft の製品です。Exchange Server や、サードパーティのホスティング事業者が運用する Exchange などです。',
          en: 'A Microsoft product, such as Exchange Server or Exchange run by a third-party hosting provider.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
      {
        answer: {
          ja: '他社の製品です。他社のクラウド サービスでも、オンプレミスで動かす他社製品でも同じです。',
          en: 'Another vendor’s product, whether it is a cloud service or runs on-premises.',
        },
        status: 'no-intent/using-competitive-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: 'メールはホスティング事業者が運用する Exchange で動いていて、お客様は今後もその形を続けると言っています。',
          en: 'Mail runs on Exchange operated by a hosting provider, and the customer says it will stay that way.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
      {
        case: {
          ja: 'お客様は、オンプレミスの IBM Notes/Domino を使い続けると決めています。',
          en: 'The customer has decided to keep IBM Notes/Domino on-premises.',
        },
        status: 'no-intent/using-competitive-solution',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'competitor-or-leadership',
    question: {
      ja: 'お客様がこのサービスを使わない理由は、同じ役割を果たす他社製品をすでに使っていることですか。',
      en: 'Is the reason the customer will not use the service that another vendor’s product already does the same job?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。他社製品で業務を十分にまかなえているので、切り替える理由を感じていません。',
          en: 'Yes. The other product runs the business well, so they see no reason to switch.',
        },
        status: 'no-intent/using-competitive-solution',
      },
      {
        answer: {
          ja: 'いいえ。他社製品とは関係なく、経営層が価値や優先度を認めていないか、事業上の判断で導入しないと決めました。',
          en: 'No. No competitor is involved: leadership does not see the value or priority, or a business decision ruled it out.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '全社のチャットに Slack を使っているため、Teams は必要ないとお客様が判断しています。',
          en: 'The whole company chats in Slack, so the customer has decided it does not need Teams.',
        },
        status: 'no-intent/using-competitive-solution',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'sunk-investment-or-roi',
    question: {
      ja: 'お客様がオンプレミスにとどまる理由として挙げるのは、今のオンプレミス製品そのもの (それで足りている、投資したばかりの設備、廃止するつもりのない設備、オンプレミスの使用権など) ですか。それとも、製品を理由に挙げず、投資対効果 (ROI) や優先度についての経営層の判断だけですか。',
      en: 'What reason does the customer give for staying on-premises: its on-premises product itself (it covers the need, equipment just paid for or that it will not retire, on-premises use rights)? Or only a leadership judgment about return on investment (ROI) or priority, with no on-premises product named as the reason?',
    },
    answers: [
      {
        answer: {
          ja: '今のオンプレミス製品そのものです。今の製品で足りている、設備に投資したばかりで廃止するつもりがない、などの理由で、お客様はオンライン サービスに今も今後も移らないと表明しています。誰が判断したかは問いません。',
          en: 'The on-premises product itself: for example, it covers the need, or the equipment was just paid for and will not be retired, and the customer has said it will not move to the online service, now or later. Who decided does not matter.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
      {
        answer: {
          ja: '経営層の判断だけです。オンプレミスのほうが投資対効果が高い、またはクラウドへの移行は優先度が低いと考えていて、今のオンプレミス製品を理由には挙げていません。',
          en: 'Only a leadership judgment: they believe on-premises gives a better return, or that moving to the cloud is not a priority, and they do not name the on-premises product as the reason.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '昨年サーバーを更新したばかりなので、お客様は Exchange Server を使い続け、Exchange Online には今も今後も移らないと表明しています。',
          en: 'The servers were replaced last year, so the customer will keep Exchange Server and has said it will not move to Exchange Online, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
      {
        case: {
          ja: 'CIO から「Exchange Server をずっと使い続けます。必要なことはすべてできていて、クラウドで何が良くなるのか分かりません」と言われました。',
          en: 'The CIO says: “We’ll stay on Exchange Server for good. It does all we need; we don’t see what the cloud would add.”',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
      {
        case: {
          ja: '経営層が「オンプレミスのほうが ROI が高い」と考えていて、お客様はクラウドに今も今後も移らないと表明しています。',
          en: 'Leadership believes on-premises gives a better ROI, and the customer has said it will not move to the cloud, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックは、今のオンプレミス製品で足りている場合を Microsoft のオンプレミス ソリューションの使用、オンプレミスのほうが ROI が高いと考える場合をエグゼクティブの支援としていますが、お客様の言い方が両方に当てはまることも多いため、お客様が挙げる理由で分けることにしました。今のオンプレミス製品 (それで足りている、投資したばかり、使用権など) を理由に挙げれば、誰が判断していても Microsoft のオンプレミス ソリューションの使用です。製品を挙げず、ROI や優先度についての経営層の判断だけを挙げる場合に、エグゼクティブの支援とします。',
        en: 'The playbook files a customer whose on-premises product already fills the need under Using Microsoft On-Premises Solution, and one that thinks on-premises gives a better ROI under Executive Sponsorship; what customers say often fits both, so we go by the reason the customer gives. If it names its on-premises product (it covers the need, it was just paid for, its use rights), it is Using Microsoft On-Premises Solution, whoever decided. Only a leadership judgment about ROI or priority, with no product named, is Executive Sponsorship.',
      },
    },
  },
  {
    id: 'feature-the-competitor-has',
    question: {
      ja: 'Microsoft の製品に足りない機能が提供されれば、お客様は他社製品から切り替えますか。',
      en: 'Will the customer switch from the competitor’s product once Microsoft’s product offers a function it is missing?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。その機能を待っていて、提供されれば切り替えると言っています。',
          en: 'Yes. They are waiting for that function and say they will switch once it arrives.',
        },
        status: 'blocked/product-feature-capability',
      },
      {
        answer: {
          ja: 'いいえ。他社製品で十分だと考えていて、お客様はこのサービスを今も今後も使わないと表明しています。',
          en: 'No. They find the other product good enough, and the customer has said it will not use this service, now or later.',
        },
        status: 'no-intent/using-competitive-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: 'いま使っている他社製品にしかない、業務に欠かせない機能 (ここでは仮に機能 A とします) が Microsoft の製品に加われば切り替える、とお客様が言っています。',
          en: 'The customer says it will switch once the Microsoft product offers a function its business depends on that only its current competitor’s product has (call it function A).',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'data-off-site-worry',
    question: {
      ja: 'お客様が進めない理由は、データを社外に置くことへのセキュリティやプライバシーの懸念ですか。それとも、クラウドに事業上のメリットを感じていないことですか。',
      en: 'Is the customer holding back because of security or privacy concerns about keeping data off-site, or because it sees no business benefit in the cloud?',
    },
    answers: [
      {
        answer: {
          ja: 'セキュリティやプライバシーの懸念です。懸念が解消すれば使う意向があります。',
          en: 'Security or privacy concerns. Once these are resolved, they intend to use the service.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
      {
        answer: {
          ja: 'クラウドに事業上のメリットを感じておらず、意思決定者も後押ししていないため、お客様は今も今後も使わないと表明しています。',
          en: 'They see no business benefit in the cloud and the decision makers are not backing it, so the customer has said it will not use it, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '情報セキュリティ委員会が、社外のデータセンターに顧客データを置くリスクを懸念して、承認を保留しています。',
          en: 'The information security committee is holding back its approval because of the risk of keeping customer data in an outside datacenter.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'waiting-for-a-feature',
    question: {
      ja: '製品のある機能が変われば、お客様は始めるつもりですか。',
      en: 'Will the customer start once a certain product feature changes?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。意思決定者は、その機能が変わるまで始めないと決めているだけです。',
          en: 'Yes. The decision makers have only decided not to start until that feature changes.',
        },
        status: 'blocked/product-feature-capability',
      },
      {
        answer: {
          ja: 'いいえ。機能の問題ではなく、経営層が価値や優先度を認めていないため、お客様は今も今後も使わないと表明しています。',
          en: 'No. It is not about a feature: leadership does not see the value or priority, and the customer has said it will not use it, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '経営層が、Multi-Geo が提供されるまでは Exchange Online に移らないと決めています。',
          en: 'Leadership has decided not to move to Exchange Online until Multi-Geo is available.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'unexpected-cost',
    question: {
      ja: '止まっている理由は、使う意向はあるものの IT 部門の側の事情 (想定外の費用をスポンサーが決裁できない、合併で IT 部門の体制が固まらないなど) で作業を進められないことですか。それとも、経営層がサービスの価値を認めず、使わないと決めたことですか。',
      en: 'Has the work stopped because, although the customer intends to use the service, something on the IT side keeps it from moving (the sponsor cannot approve an unexpected cost, the IT team is not settled after a merger), or because leadership sees no value in the service and has decided not to use it?',
    },
    answers: [
      {
        answer: {
          ja: 'IT 部門の側の事情です。使う意向はありますが、古い OS の端末の入れ替えなど想定外の費用の決裁権がスポンサーにない、または合併に伴う IT 部門の統合が終わるまで作業を担う体制が決まりません。',
          en: 'Something on the IT side. They intend to use the service, but the sponsor has no authority over an unexpected cost, such as replacing devices with an old operating system, or nobody is set to do the work until the IT teams of the merging companies have been combined.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        answer: {
          ja: '経営層が価値を認めていないか、事業上の判断で導入しないと決め、お客様は今も今後も使わないと表明しています。',
          en: 'Leadership does not see the value, or a business decision ruled it out, and the customer has said it will not use it, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: 'Microsoft 365 Apps の展開の前に、サポートが終わった古い OS の端末を入れ替える必要があると分かりましたが、その費用を情報システム部長が決裁できません。',
          en: 'Before Microsoft 365 Apps can be deployed, devices running an old, unsupported operating system turn out to need replacing, and the head of IT cannot approve the cost.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: '合併に伴う IT 部門の統合が終わるまで作業を止めていますが、お客様はその後もこのワークロードを使うと言っています。ディレクトリやライセンスの作業を待っているわけではありません。',
          en: 'The work is paused until the IT teams of the merging companies have been combined, and the customer says it will still use the workload afterwards. It is not waiting for directory or license work.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'champion-or-sponsor',
    question: {
      ja: 'お客様に足りないのは、現場で利用を広げる準備 (トレーニング、推進役のチャンピオン) ですか。それとも、導入を決めて責任を持つ経営層の判断や支援ですか。',
      en: 'What does the customer lack: the groundwork among users (training, an adoption champion), or a decision and backing from leadership, who own the rollout?',
    },
    answers: [
      {
        answer: {
          ja: '現場の準備です。経営層は導入を支持していますが、トレーニング計画やチャンピオンが欠けているか予定の開始に間に合わず、それまで展開を待っています (予定どおり進んでいる準備なら進行中です)。',
          en: 'The groundwork among users. Leadership backs the rollout, but a training plan or a champion is missing or late for the planned start, and the rollout waits until there is one (groundwork that is planned and on schedule is In Progress).',
        },
        status: 'blocked/adoption-readiness',
      },
      {
        answer: {
          ja: '経営層の判断や支援です。導入を決めるスポンサーがいない、または合併などの事業上の判断で、お客様はこのワークロードを今も今後も使わないと表明しています。',
          en: 'Leadership. Nobody in leadership sponsors the rollout, or a business decision such as a merger ruled it out, and the customer has said it will not use the workload, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '経営層は Teams の全社導入を承認していますが、各部門のチャンピオンが見つからず、決まるまで展開を始めないことにしています。',
          en: 'Leadership has approved Teams for the whole company, but no champions can be found in the departments, and the rollout will not start until each department has one.',
        },
        status: 'blocked/adoption-readiness',
      },
      {
        case: {
          ja: '他社との合併を機に、事業上の判断として Teams を今も今後も使わないと、お客様から伝えられました。',
          en: 'After a merger, the customer tells you it has made a business decision not to use Teams, now or later.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックでは、推進役のチャンピオンが見つからない場合が、パートナー向けのページでは導入の準備状態に、社内向けの資料ではエグゼクティブの支援に挙がっています。現場で利用を広げるチャンピオンの不在は導入の準備状態、導入を決めるスポンサーの不在はエグゼクティブの支援とし、後者にはお客様自身の「今も今後も使わない」という表明を求めることにしました。スポンサーが見つからないだけで、お客様が表明していない場合は、まだ決めていないお客様として扱います。',
        en: 'The playbook lists a missing adoption champion under Adoption Readiness on the partner page and under Executive Sponsorship in an internal copy. We send a missing champion, who drives use among users, to Adoption Readiness, and a missing sponsor, who decides on the rollout, to Executive Sponsorship, which also needs the customer’s own statement that it will not use the workload, now or later. A customer that has no sponsor but has made no such statement is treated as one that has not decided.',
      },
    },
  },
  {
    id: 'merger-directory-or-decision',
    question: {
      ja: '合併・買収の後、お客様はこのワークロードを使わないと決めましたか。それとも、ディレクトリ (Active Directory) の統合が終わるのを待っているだけですか。',
      en: 'After the merger or acquisition, has the customer decided not to use this workload, or is it only waiting for the directories (Active Directory) to be merged?',
    },
    answers: [
      {
        answer: {
          ja: 'ディレクトリの統合を待っていて、統合は計画に入っていないか、予定の開始に間に合わないか、行き詰まっています。統合が終われば移行を始めます (予定どおり進んでいる統合の後に始める計画なら進行中です)。',
          en: 'It is waiting for the directory merge, which is not planned, late for the planned start or stuck, and will start the migration once that is done (a migration planned to start after a merge that is on schedule is In Progress).',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: '事業上の判断として、このワークロードを今も今後も使わないと決め、お客様がそう表明しています。',
          en: 'The business has decided not to use this workload, now or later, and the customer has said so.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '合併した 2 社の Active Directory の統合がメールボックスの移行の予定の開始に間に合わず、統合が終わるまで移行を始められません。',
          en: 'Combining the Active Directories of the two companies after the merger is late for the planned start of the mailbox migration, which cannot start until it is done.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'merger-licenses-or-decision',
    question: {
      ja: '合併・買収の後、お客様はこのワークロードを使わないと決めましたか。それとも、テナントやライセンスの変更を待っているだけですか。',
      en: 'After the merger or acquisition, has the customer decided not to use this workload, or is it only waiting for tenant or license changes?',
    },
    answers: [
      {
        answer: {
          ja: 'テナントやライセンスの変更を待っていて、その変更は計画に入っていないか、予定の開始に間に合わないか、行き詰まっています。変更が終われば展開を進めます。',
          en: 'It is waiting for the tenant or license changes, which are not planned, late for the planned start or stuck, and will go ahead once they are done.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        answer: {
          ja: '事業上の判断として、このワークロードを今も今後も使わないと決め、お客様がそう表明しています。',
          en: 'The business has decided not to use this workload, now or later, and the customer has said so.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '買収でシート数が変わる見込みで、数が確定してライセンスを手配し直すまで展開を止めています。',
          en: 'The acquisition will change the seat count, so the rollout waits until the number is settled and the licenses are arranged again.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'acquired-tenant',
    question: {
      ja: '使われなくなるのは、買収された会社のテナントそのものですか。',
      en: 'Is it the acquired company’s tenant itself that will no longer be used?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。ライセンスはすべて買収した側のテナントに移され、元のテナントは今後使われません。',
          en: 'Yes. All its licenses have moved to the buyer’s tenant, and the old tenant will not be used again.',
        },
        status: 'duplicate-invalid',
      },
      {
        answer: {
          ja: 'いいえ。テナントは使われ続けますが、事業上の判断で、お客様はこのワークロードを使わないと決めました。',
          en: 'No. The tenant stays in use, but the business has decided not to use this workload.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '買収した子会社のテナントから、ライセンスをすべて親会社のテナントに移し終えました。',
          en: 'All licenses of the acquired subsidiary’s tenant have been moved to the parent company’s tenant.',
        },
        status: 'duplicate-invalid',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'on-prem-because-of-law',
    question: {
      ja: 'お客様がオンプレミスにとどまるのは、法令がクラウドの利用を禁じていて、国内のデータセンターや Microsoft の認証がそろっても要件を満たせないからで、その制約がなくなれば移りますか (そろえば満たせる法令なら、製品機能です)。移るかどうかをお客様が言えない場合は、意思なしとブロックの見分け方を参照してください。',
      en: 'Does the customer stay on-premises because a law or regulation forbids using the cloud, one that an in-country datacenter or a Microsoft certification would not meet either, and would it move once the restriction is lifted? (If such a datacenter or certification would meet it, it is Product Feature/Capability.) If the customer cannot say whether it would move, see how to tell No Intent from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'はい。お客様はクラウドに移りたいと考えていて、法令の制約がなくなれば移ります。それまでは使わないと言っていても同じです。',
          en: 'Yes. The customer wants to move to the cloud and will do so once the legal restriction is lifted, even if it says it will not use the service until then.',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        answer: {
          ja: 'いいえ。法令の制約はないか、制約がなくなってもオンプレミスにとどまります。今のオンプレミス製品で足りているので、お客様はオンライン サービスに今も今後も移らないと表明しています。',
          en: 'No. No law or regulation stands in the way, or the customer would stay on-premises even without it: the on-premises product is enough, and the customer has said it will not move to the online service, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: '金融機関のお客様で、監督官庁の承認が得られるまで顧客データをクラウドに置けないため、Exchange Server を使い続けています。',
          en: 'A bank keeps Exchange Server because it may not store customer data in the cloud until the regulator approves.',
        },
        status: 'blocked/legal-regulatory',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックのオンプレミスのページは、法令による制約でオンプレミスにとどまる場合をセキュリティ/プライバシーに振り分けていますが、法務/規制のページは法令による制限を自らの例に挙げています。お客様に使う意向があり、止めているのが法令なので、法務/規制とすることにしました。ただし、国内のデータセンターや Microsoft の認証がそろえば満たせる法令なら、Microsoft 側の提供を待っているので製品機能です。プレイブックが法務/規制の例に挙げる、国外でのデータ保存に制限のあるドイツのお客様も、国内のデータセンターでは満たせない場合に法務/規制とし、このサイトの例ではその条件を書き添えています。',
        en: 'The playbook’s on-premises page sends a customer who stays on-premises because of legal limits on the cloud to Security/Privacy, while the Legal/Regulatory page gives legal limits as its own examples. The customer intends to use the service and the law is what stops it, so it is Legal/Regulatory. A law or regulation that an in-country datacenter or a Microsoft certification would satisfy means waiting for Microsoft to provide it, so that is Product Feature/Capability. The playbook’s Legal/Regulatory example of a company based in Germany with limits on keeping data outside the country is therefore Legal/Regulatory when an in-country datacenter would not meet the limit, and this site’s example says so.',
      },
    },
  },
  {
    id: 'on-prem-by-own-policy',
    question: {
      ja: 'お客様がオンプレミスにとどまる理由は、お客様自身のセキュリティ ポリシーやクラウドへの不信感で、その懸念が解消すればクラウドに移りますか。移るかどうかをお客様が言えない場合は、意思なしとブロックの見分け方を参照してください。',
      en: 'Does the customer stay on-premises because of its own security policy or distrust of the cloud, and would it move once that concern is resolved? If the customer cannot say whether it would move, see how to tell No Intent from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'はい。セキュリティやコンプライアンスの懸念が解消すれば、クラウドを使う意向があります。それまでは使わないと言っていても同じです。',
          en: 'Yes. Once the security or compliance concerns are resolved, they intend to use the cloud, even if they say they will not use it until then.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
      {
        answer: {
          ja: 'いいえ。セキュリティの懸念はないか、懸念が解消してもオンプレミスにとどまります。今のオンプレミス製品で足りているので、お客様はオンライン サービスに今も今後も移らないと表明しています。',
          en: 'No. There is no security concern, or the customer would stay on-premises even once it is resolved: the on-premises product is enough, and the customer has said it will not move to the online service, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: 'CIO がクラウドを信頼しておらず、セキュリティの懸念が解消されるまで SharePoint Server を使い続けると言っています。',
          en: 'The CIO does not trust the cloud and will keep SharePoint Server until the security concerns are resolved.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'on-prem-because-of-technical-limits',
    question: {
      ja: 'ネットワーク帯域の不足や、移行の前に必要なバージョンアップなど、技術的な制約が解消されれば、お客様はクラウドに移りますか。移るかどうかをお客様が言えない場合は、意思なしとブロックの見分け方を参照してください。',
      en: 'Will the customer move to the cloud once a technical limit is removed, such as too little network bandwidth or a version upgrade needed before migration? If the customer cannot say whether it would move, see how to tell No Intent from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'はい。制約のためにオンプレミスにとどまっているだけで、移る意向があります。',
          en: 'Yes. They stay on-premises only because of the limit, and intend to move.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'いいえ。技術的な制約はなく、今のオンプレミス製品で足りているので、お客様はオンライン サービスに今も今後も移らないと表明しています。',
          en: 'No. There is no technical limit; the on-premises product is enough, and the customer has said it will not move to the online service, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: '拠点の回線の帯域が不足していて Exchange Online を使えないため、まだ計画されていない回線の増強が終わるまで、オンプレミスの Exchange を使い続けています。',
          en: 'The branch offices lack the bandwidth for Exchange Online, so the customer keeps Exchange on-premises until the lines are upgraded, which is not planned yet.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'on-prem-until-license-review',
    question: {
      ja: 'お客様は、EA の交渉や年次のライセンス見直しが終われば、クラウドに移りますか。移るかどうかをお客様が言えない場合は、意思なしとブロックの見分け方を参照してください。',
      en: 'Will the customer move to the cloud once the EA negotiation or the annual license review is finished? If the customer cannot say whether it would move, see how to tell No Intent from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'はい。契約がまとまるまでオンプレミスにとどまっているだけです。移る時期が契約の内容次第か、契約が予定の開始に間に合わないか行き詰まっています (いつもの手続きで予定の開始までに済む更新の後に移る計画なら、進行中です)。',
          en: 'Yes. They stay on-premises only until the contract is settled, and when they move depends on it, or it is late for the planned start or stuck (a move planned after a renewal that the customer’s normal process completes before the planned start is In Progress).',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        answer: {
          ja: 'いいえ。契約とは関係なく今のオンプレミス製品を使い続けるので、お客様はオンライン サービスに今も今後も移らないと表明しています。',
          en: 'No. Whatever the contract says, they will keep the on-premises product, and the customer has said it will not move to the online service, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: '来年 3 月の EA の更新で契約条件が決まるまで SharePoint Server を使い続け、移る時期はその条件次第だと言っています。',
          en: 'The customer will keep SharePoint Server until the EA renewal next March settles the terms, and when it moves depends on those terms.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'on-prem-trust-in-reliability',
    question: {
      ja: 'サービスの安定性や可用性への不安が解消されれば、お客様はクラウドのサービスを使いますか。移るかどうかをお客様が言えない場合は、意思なしとブロックの見分け方を参照してください。',
      en: 'Will the customer use the cloud service once its doubts about stability or availability are resolved? If the customer cannot say whether it would move, see how to tell No Intent from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'はい。障害や遅延への不安から、展開を止めているだけです。',
          en: 'Yes. They have paused only because they worry about outages or latency.',
        },
        status: 'blocked/service-reliability',
      },
      {
        answer: {
          ja: 'いいえ。お客様はオンプレミスの Microsoft 製品を使い続けると決めていて、オンライン サービスに今も今後も移らないと表明しています。',
          en: 'No. The customer has decided to keep the on-premises Microsoft product and has said it will not move to the online service, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: '先月のメール障害を受けて、経営層が可用性について説明を受けるまで、Exchange Online への移行を止めています。',
          en: 'After last month’s email outage, the move to Exchange Online is paused until leadership gets an explanation of availability.',
        },
        status: 'blocked/service-reliability',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'on-prem-because-of-apps',
    question: {
      ja: 'オンプレミスの製品 (SharePoint Server など) を残すのは、業務で使うアプリがオンラインのサービスで動かないからですか。移るかどうかをお客様が言えない場合は、意思なしとブロックの見分け方を参照してください。',
      en: 'Does the customer keep the on-premises product (SharePoint Server, for example) because apps it uses for business do not work with the online service? If the customer cannot say whether it would move, see how to tell No Intent from Blocked.',
    },
    answers: [
      {
        answer: {
          ja: 'はい。アプリが動くようになれば、オンラインのサービスを使う意向があります。',
          en: 'Yes. Once the apps work, they intend to use the online service.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        answer: {
          ja: 'いいえ。互換性の問題はなく、お客様はオンプレミスの製品を使い続けると決めていて、オンライン サービスに今も今後も移らないと表明しています。',
          en: 'No. There is no compatibility problem: the customer has decided to keep the on-premises product and has said it will not move to the online service, now or later.',
        },
        status: 'no-intent/using-microsoft-on-premises-solution',
      },
    ],
    examples: [
      {
        case: {
          ja: '利用中のサードパーティ製アプリが SharePoint Online では動かないため、オンプレミスの SharePoint を残しています。',
          en: 'A third-party app in use does not run in SharePoint Online, so the customer keeps SharePoint on-premises.',
        },
        status: 'blocked/app-compatibility',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'workload-outside-the-sow',
    question: {
      ja: 'パートナーの作業範囲 (SOW) に入っていないワークロードについて、お客様は使いたいと表明していますか。それとも、今も今後も使わないと表明していますか。どちらも表明していなければ、お客様の意向はまだ分からないので、ステータス不明 (新しいサブスクリプションまたはワークロード) です。',
      en: 'For a workload outside the partner’s statement of work (SOW): has the customer said it wants that workload, or that it will not use it, now or later? If it has said neither, its intent is not known yet: Status Unknown (New Subscription or Workload).',
    },
    answers: [
      {
        answer: {
          ja: '今も今後も使わないと表明しています。',
          en: 'It has said it will not use that workload, now or later.',
        },
        status: 'no-intent',
      },
      {
        answer: {
          ja: '使いたいと表明していますが、パートナーの SOW に入っていないため、展開を担う人が決まっていません (予定の開始までに SOW を追加する計画が予定どおりなら、進行中です)。',
          en: 'It has said it wants it, but the workload is outside the partner’s SOW, so nobody is lined up to deploy it (an SOW extension planned before the planned start and on schedule is In Progress).',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナーの SOW は Exchange Online の移行だけです。お客様は Teams も使いたいと FM に伝えていますが、展開を担う人が決まっていません。',
          en: 'The partner’s SOW covers only the Exchange Online migration. The customer has told the FM it wants Teams too, but nobody is lined up to deploy it.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'intent-with-an-obstacle',
    question: {
      ja: 'お客様に、このサービスを使う意向はありますか。今は使わないと言っていても、お客様が挙げる理由 (法令、セキュリティやプライバシー、サービスの信頼性 (安定性や可用性)、ネットワーク、アプリ、契約など、どの妨げでも) が解消すれば使うなら、意向はあります。解消したら使うかどうかをお客様が言えない場合は、どちらでもなく、ステータス不明 (新しいサブスクリプションまたはワークロード) です。スポンサーがいないなど、使うかどうかの決定がまだないことは妨げに当たりません (用語集の「お客様の表明」を参照)。',
      en: 'Does the customer intend to use the service? A customer that says it will not use it now, but would use it once the reason it names is resolved (any obstacle: a law or regulation, security or privacy, the service’s reliability (stability, availability), the network, apps, the contract), does intend to. A customer that cannot say whether it would use it once the reason is resolved is neither: it is Status Unknown (New Subscription or Workload). A decision not yet made (no sponsor, for example) is not an obstacle (see the glossary’s “customer’s statement”).',
    },
    answers: [
      {
        answer: {
          ja: 'はい。使いたいと考えていますが、特定の問題が解消するまで進められないか、ある出来事が終わるまでお客様が作業を止めていて、その後も使う意向があります (何を待っていればブロックかは、進行中とブロックの見分け方を参照)。理由を挙げて使わないと言っていても、それが解消すれば使うお客様も、この答えです。L2 は理由に合うものを選びます。',
          en: 'Yes. They want to, but a specific problem has to be solved first, or the customer has halted the work until an event is over, and still intends to use the service afterwards (for what the work may wait for, see how to tell In Progress from Blocked). This is also the answer for a customer that says it will not use the service for a reason it names, but would use it once that is resolved. Choose the L2 that fits the reason.',
        },
        status: 'blocked',
      },
      {
        answer: {
          ja: 'いいえ。お客様自身が、今も今後も使わないと表明しています。理由に挙げた妨げが解消しても使わない場合も、この答えです (L2 は理由に合うものを選びます。多くは、Microsoft のオンプレミス製品を使い続ける場合です)。展開が長く止まっているというだけでは、この答えになりません。',
          en: 'No. The customer itself has said that it will not use it, now or later. This includes a customer that would not use it even if the obstacle it names were resolved (choose the L2 that fits the reason; often the customer keeps a Microsoft on-premises product). A rollout that has been stuck for a long time does not, on its own, mean this.',
        },
        status: 'no-intent',
      },
    ],
    examples: [
      {
        case: {
          ja: '合併に伴う IT 部門の統合が終わるまで作業を止めていますが、お客様はその後もこのワークロードを使うと言っています。',
          en: 'The work is paused until the IT teams of the merging companies have been combined, and the customer says it will still use the workload afterwards.',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: '他社との合併を機に、お客様が事業上の判断として、このワークロードを今も今後も使わないと決めました。',
          en: 'After a merger, the customer made a business decision not to use this workload, now or later.',
        },
        status: 'no-intent',
      },
      {
        case: {
          ja: '防衛関係の機関から「政府の規則で、このデータはどのクラウドにも置けないので、Exchange Online は使いません」と言われました。尋ねると、規則がクラウドを認めれば移るとのことです (L2: 法務/規制)。',
          en: 'A defence agency says: “Government rules forbid this data in any cloud, so we will not use Exchange Online.” Asked, it says it would move if the rules allowed it (the L2 is Legal/Regulatory).',
        },
        status: 'blocked',
      },
      {
        case: {
          ja: 'CIO がクラウドを信頼しておらず、「懸念にすべて答えてもらっても移りません。Exchange Server で足りています」と伝えてきました (L2: Microsoft のオンプレミス ソリューションの使用)。',
          en: 'The CIO distrusts the cloud and says: “We will not move even if every concern is answered; Exchange Server is all we need” (the L2 is Using Microsoft On-Premises Solution).',
        },
        status: 'no-intent',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックには、妨げ (法令、セキュリティの懸念、サービスの信頼性 (安定性や可用性)、ネットワーク、アプリ、契約など) を理由に、お客様が「使わない」と言う場合の扱いが書かれていません。ブロックの L2 は、お客様に使う意向があることが前提です。そこで、オンプレミスにとどまるお客様についての見分け方と同じく、どの妨げでも、理由が解消すれば使うかどうかで分けることにしました。解消すれば使うなら、今は使わないと言っていても、止めているのはその妨げなので、理由に合うブロックの L2 です。解消しても使わないなら、お客様は今も今後も使わないと表明しているので、理由に合う意思なしの L2 (多くは Microsoft のオンプレミス ソリューションの使用) です。解消したら使うかどうかをお客様が言えない場合は、使うとも今も今後も使わないとも表明していないので、ステータス不明 (新しいサブスクリプションまたはワークロード) とし、理由をメモに書きます。まだない決定 (スポンサーがいない、経営層の承認がないなど) は妨げではなく、何も決まっていないということです (エグゼクティブの支援と新しいサブスクリプションまたはワークロードの見分け方を参照)。',
        en: 'The playbook does not say what to do when a customer says it will not use the service because of an obstacle (a law or regulation, security concerns, the service’s reliability (stability, availability), the network, apps, the contract). The L2s of Blocked assume the customer intends to use the service. So, as the rules for customers staying on-premises already do, for any obstacle we ask whether the customer would use the service once the reason is resolved. If it would, the obstacle is what stops it, even if it says it will not use the service now: the Blocked L2 that fits the reason. If it would not, the customer has said it will not use the service, now or later: the No Intent L2 that fits the reason (most often Using Microsoft On-Premises Solution). A customer that cannot say whether it would use the service once the reason is resolved has said neither that it will use it nor that it will not, now or later, so it is Status Unknown (New Subscription or Workload), with the reason in the notes. A missing decision (no sponsor, no management approval) is not an obstacle: nothing is decided (see how to tell Executive Sponsorship from New Subscription or Workload).',
      },
    },
  },
  {
    id: 'service-or-tenant',
    question: {
      ja: '使われないのはこのサービスですか。それとも、テナントそのものですか。',
      en: 'Is it this service that will not be used, or the tenant itself?',
    },
    answers: [
      {
        answer: {
          ja: 'このサービスです。テナントは有効で、お客様がこのサービスを今も今後も使わないと表明しています。',
          en: 'This service. The tenant is valid, and the customer has said it will not use the service, now or later.',
        },
        status: 'no-intent',
      },
      {
        answer: {
          ja: 'テナントそのものです。重複しているか、ライセンスを別のテナントに移し終えて、今後使われません。',
          en: 'The tenant itself. It is a duplicate, or its licenses have all moved to another tenant and it will not be used again.',
        },
        status: 'duplicate-invalid',
      },
    ],
    examples: [
      {
        case: {
          ja: '同じお客様のテナントが 2 つ登録されていて、一方は誰も使っていません。',
          en: 'The same customer has two tenants registered, and nobody uses one of them.',
        },
        status: 'duplicate-invalid',
      },
    ],
    basis: {kind: 'facts'},
  },
  // ---- ブロック / Blocked ----
  {
    id: 'waiting-for-another-organisation',
    question: {
      ja: '展開を止めているのは法令そのものですか。それとも法令上の問題はなく、作業そのものは他の組織 (他の省庁や本社など) の移行を必要としないのに、お客様がその移行の後に始めると決めているだけですか。',
      en: 'Is a law or regulation itself stopping the deployment, or is there no legal obstacle, and the customer has only chosen to start after another organization (another agency, the head office) has moved, when the work itself does not need that move?',
    },
    answers: [
      {
        answer: {
          ja: '法令が、クラウドへのデータの保存やサービスの利用を禁じていて、国内のデータセンターや Microsoft の認証がそろっても要件を満たせません。',
          en: 'A law or regulation bars storing the data in the cloud or using the service, and an in-country datacenter or a Microsoft certification would not meet it either.',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        answer: {
          ja: '法令上の問題はなく、お客様は最初の計画で、他の組織の移行が終わってから始めると決めています。目標日は、その移行の後に設定します (伝えていた開始日をその移行の後にずらした場合は、進行中とブロックの見分け方を参照)。',
          en: 'There is no legal obstacle; the customer’s first plan starts once the other organization has moved. Set the target date after that move (for a start it had given and now moves to after that move, see how to tell In Progress from Blocked).',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    examples: [
      {
        case: {
          ja: '市役所のお客様が最初の計画で、県のシステムの移行が終わってから展開を始めると決めています。市の展開そのものは、県の移行を必要としません。',
          en: 'In its first plan, a city government will start once the prefecture has moved its own systems. The city’s rollout itself does not need that move.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックの社内向けの資料は、他の省庁の移行を待つ官公庁のお客様をエグゼクティブの支援 (意思なし) に分類していますが、意思なしはお客様が「今後も使わない」と表明した場合のステータスです。順番を待つお客様には利用意向があり、法令の妨げもありません。そこで、展開を後で始めるお客様と同じく、目標日を設定して進行中として扱います。この扱いは、お客様の最初の計画で、作業そのものがその移行を必要としない場合に限ります。伝えていた開始日をその移行の後にずらした場合や、他の組織が提供する基盤を作業が必要とする場合は、進行中とブロックの見分け方の判断のとおりブロックになるため、問いと答えをそれに合わせました。',
        en: 'An internal copy of the playbook files a government customer waiting for another agency under Executive Sponsorship (No Intent), but No Intent is for a customer who says they will never use the service. A customer waiting its turn intends to use it, and no law stands in the way; like other customers who start later, it is In Progress with a target date. This holds only for the customer’s first plan, and only when the work itself does not need that move: a start it had given and moves to after that move, or infrastructure another organization provides that the work needs, is Blocked, as decided between In Progress and Blocked, so the question and the answer now say so.',
      },
    },
  },
  {
    id: 'other-organization-first',
    question: {
      ja: '他の組織 (他の省庁や本社など) の移行を待っているお客様は、その後にこのサービスを使うと決めていますか。それとも、お客様自身が使わないと表明していますか。',
      en: 'Has a customer that is waiting for another organization (another agency, the head office) to move decided to use the service after that move, or has the customer said it will not use the service?',
    },
    answers: [
      {
        answer: {
          ja: '使うと決めていて、最初の計画で、他の組織の移行が終わってから始めます。目標日は、その移行の後に設定します (伝えていた開始日をその移行の後にずらした場合や、作業そのものがその移行を必要とする場合は、進行中とブロックの見分け方を参照)。',
          en: 'It has decided to use it, and its first plan starts once the other organization has moved. Set the target date after that move (for a start it had given and now moves to after that move, or work that itself needs that move, see how to tell In Progress from Blocked).',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
      {
        answer: {
          ja: '経営層が価値や優先度を認めず、お客様自身が今も今後も使わないと表明しています。他の組織を待っているというだけでは、この答えになりません。',
          en: 'Leadership sees no value or priority in it, and the customer has said it will not use the service, now or later. Waiting for another organization does not, on its own, mean this.',
        },
        status: 'no-intent/executive-sponsorship',
      },
    ],
    examples: [
      {
        case: {
          ja: '省庁のお客様が、Teams の展開を初めて計画するにあたり、他の省庁が Microsoft 365 に移行した後に始めると決めました。',
          en: 'Planning Teams for the first time, a government ministry decides to start after another ministry has moved to Microsoft 365.',
        },
        status: 'in-progress/technical-onboarding-deployment',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックの社内向けの資料は、他の省庁が先に移行するのを待つ官公庁のお客様をエグゼクティブの支援に分類しています。しかし、エグゼクティブの支援は意思なしの L2 で、お客様自身が使わないと表明した場合に限られます。順番を待つお客様には利用意向があるので、法務/規制との見分け方と同じく、技術的なオンボーディングと展開 (進行中) とし、目標日はその移行の後に設定します。お客様自身が使わないと表明した場合だけ、エグゼクティブの支援とします。進行中とするのは、お客様の最初の計画で、作業そのものがその移行を必要としない場合です。伝えていた開始日をその移行の後にずらした場合や、他の組織が提供する基盤を作業が必要とする場合は、進行中とブロックの見分け方の判断のとおりブロックになるため、答えをそれに合わせました。',
        en: 'An internal copy of the playbook files a government customer waiting for another agency to move first under Executive Sponsorship. But Executive Sponsorship is an L2 of No Intent and needs the customer’s own statement that it will not use the service. A customer waiting its turn intends to use it, so, as in the rule against Legal/Regulatory, it is Technical Onboarding and Deployment (In Progress) with a target date after that move. Only when the customer says it will not use the service is it Executive Sponsorship. In Progress holds for the customer’s first plan, when the work itself does not need that move: a start it had given and moves to after that move, or infrastructure another organization provides that the work needs, is Blocked, as decided between In Progress and Blocked, so the answer now says so.',
      },
    },
  },
  {
    id: 'technology-or-it-team',
    question: {
      ja: '先に解決する必要があるのは、お客様の環境のテクノロジー (ネットワーク、Active Directory、端末、サーバーなど) ですか。それとも、IT 部門の人員、スキル、予算、運用プロセスですか。修正が待っているもので選びます。修正そのもの (計画されていない、遅れている、行き詰まっている) ならお客様の IT インフラストラクチャ、修正を担う人、スキル、予算なら IT 変更管理およびリソースの確保です。',
      en: 'What must be fixed first: the technology in the customer’s environment (network, Active Directory, devices, servers), or the IT team’s people, skills, budget or processes? Choose by what the fix waits for: the fix itself (not planned, late or stuck) is Customer IT Infrastructure and Remediation; the people, skills or budget to carry it out is IT Change Management and Resourcing.',
    },
    answers: [
      {
        answer: {
          ja: 'テクノロジーです。機器や構成を直したり更新したりする必要があります。',
          en: 'The technology. Equipment or configuration has to be fixed or updated.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'IT 部門の人員、スキル、予算、運用プロセスです。展開に必要なアーキテクチャのスキルがない、決まった運用プロセスを変えられない、合併に伴う IT 部門の統合が終わるまで作業を担う体制が決まらない、といった場合も含みます。',
          en: 'The IT team’s people, skills, budget or processes. This includes missing architecture skills for the deployment, fixed operating processes that cannot change, or nobody set to do the work until the IT teams of the merging companies have been combined.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    examples: [
      {
        case: {
          ja: '複数のフォレストが混在する Active Directory の整理が終わるまで、クラウドとの同期を始められません。',
          en: 'Sync with the cloud cannot start until an Active Directory with several forests has been cleaned up.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        case: {
          ja: 'IT スタッフに、ハイブリッド構成を設計できるアーキテクチャのスキルがありません。',
          en: 'The IT staff lack the architecture skills to design the hybrid setup.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: '移行の前に Exchange Server 2013 のバージョンアップが必要ですが、情報システム部に対応できる人がおらず、パートナーにも依頼していません。',
          en: 'Exchange Server 2013 has to be upgraded before the migration, but nobody in the IT department can do it, and no partner has been asked to.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    basis: {kind: 'seed'},
  },
  {
    id: 'technology-or-users',
    question: {
      ja: '展開を止めているのは、端末やネットワークなどのテクノロジーの問題ですか。それとも、テクノロジーは準備できていて、利用者の側が新しい環境に慣れていないことですか。',
      en: 'Is the rollout stopped by a technology problem, such as devices or the network, or is the technology ready and the users are not yet used to the change?',
    },
    answers: [
      {
        answer: {
          ja: 'テクノロジーの問題です。端末やネットワークを直したり更新したりする必要があります。',
          en: 'A technology problem. Devices or the network have to be fixed or updated.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'テクノロジーは準備できていて、利用者の準備やトレーニングが課題です。',
          en: 'The technology is ready; user readiness or training is the issue.',
        },
        status: 'blocked/adoption-readiness',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パイロットの後、新しい端末にユーザーが戸惑っていて、本格展開に進めません。端末そのものは正常に動いています。',
          en: 'After a pilot, users are struggling with the new devices, so the full rollout cannot start. The devices themselves work fine.',
        },
        status: 'blocked/adoption-readiness',
      },
    ],
    basis: {kind: 'seed'},
  },
  {
    id: 'fix-on-which-side',
    question: {
      ja: '問題を解決するのは、作業に必要な環境 (お客様のハードウェア、OS、VDI 環境、他の組織が提供する基盤など) を直したり更新したりすることですか。それとも、Microsoft が製品に機能や対応を加えることですか。',
      en: 'Is the problem solved by fixing or updating the environment the work needs (the customer’s hardware, operating system or VDI environment, or infrastructure another organization provides), or by Microsoft adding a function or support to the product?',
    },
    answers: [
      {
        answer: {
          ja: 'お客様か、作業に必要な基盤を提供している他の組織が、環境を直したり更新したりします。サービスが今のハードウェア構成に合わない場合や、お客様の PC の OS がサポートの終わった古いもので更新が必要な場合、お客様の VDI 環境そのものに問題がある場合、他の組織が提供する基盤の増強を待っている場合です。',
          en: 'The environment is fixed or updated, by the customer or by the organization that provides it: the service does not fit the hardware in place, the customer’s PCs run an old operating system that is out of support and must be upgraded, the problem is in the customer’s VDI environment itself, or the work waits for an upgrade of infrastructure another organization provides.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'Microsoft が製品に機能や対応を加える必要があります。製品がお客様の VDI 構成や、まだサポートの続いている OS に対応していない場合も含みます。',
          en: 'Microsoft has to add a function or support to the product. This includes a product that does not support the customer’s VDI setup, or an operating system that is still in support.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様の VDI 基盤の設定に不備があり、Teams を展開する前に修正が必要です。',
          en: 'The customer’s VDI platform is misconfigured and must be fixed before Teams can be deployed.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        case: {
          ja: 'お客様が採用している VDI の構成を Teams がサポートしておらず、対応を待っています。',
          en: 'Teams does not support the VDI setup the customer uses, and the customer is waiting for support.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: '社内向けの資料では、VDI の問題がお客様の IT インフラストラクチャに入る箇所と、製品機能に送られる箇所があります。直すのがお客様の環境ならお客様の IT インフラストラクチャ、製品の対応が必要なら製品機能と分けることにしました。他の組織が提供し、作業に必要な基盤 (本社のネットワーク、県の自治体情報セキュリティクラウドなど) の増強を待つ場合も、直すのは製品ではなく作業に必要な環境なので、お客様の IT インフラストラクチャです。',
        en: 'Internal material files VDI problems under Customer IT Infrastructure in one place and under Product Feature/Capability in another. We split by where the fix lies: in the customer’s environment, Customer IT Infrastructure; in the product, Product Feature/Capability. Waiting for an upgrade of infrastructure another organization provides that the work needs (the head office’s network, the prefecture’s security cloud) is a fix to the environment the work needs, not to the product, so it is Customer IT Infrastructure and Remediation too.',
      },
    },
  },
  {
    id: 'app-or-environment',
    question: {
      ja: 'サービスに合わないのは、お客様の業務アプリ (LOB アプリ、サードパーティ製アプリ、アドイン) ですか。それとも、ネットワーク、Active Directory、端末などの IT 環境ですか。',
      en: 'Is it the customer’s business apps (LOB apps, third-party apps, add-ins) that do not fit the service, or its IT environment, such as the network, Active Directory or devices?',
    },
    answers: [
      {
        answer: {
          ja: '業務アプリです。アプリやアドインが動かないか、動作が保証されていません。',
          en: 'The business apps. An app or add-in does not work, or is not certified to work.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        answer: {
          ja: 'IT 環境です。ネットワーク、Active Directory、端末、VDI 環境などを直す必要があります。',
          en: 'The IT environment. The network, Active Directory, devices or the VDI environment need fixing.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
    ],
    examples: [
      {
        case: {
          ja: '会計ソフト連携の Excel アドインが Microsoft 365 Apps で正しく動きません。',
          en: 'The Excel add-in that links to the accounting software does not work properly in Microsoft 365 Apps.',
        },
        status: 'blocked/app-compatibility',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'own-network-or-service',
    question: {
      ja: '遅延や停止の原因は、お客様のネットワークや環境にありますか。それとも、サービスそのものの遅延や障害ですか。',
      en: 'Do the latency or outages come from the customer’s network or environment, or from the service itself?',
    },
    answers: [
      {
        answer: {
          ja: 'お客様のネットワークや環境です。お客様の検証で、自社のネットワークの遅延がユーザー体験を損なうと分かった場合も含みます。',
          en: 'The customer’s network or environment. This includes the customer’s own tests showing that latency in its network would hurt the user experience.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {
          ja: 'サービスそのものです。サービスの遅延や障害を経験して、お客様の信頼が下がっています。',
          en: 'The service itself. Latency or outages in the service have cost the customer’s confidence.',
        },
        status: 'blocked/service-reliability',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様の検証で、VPN 経由の通信が遅く、Teams の会議の品質を保てないことが分かりました。',
          en: 'The customer’s tests show that traffic over the VPN is too slow for good Teams meetings.',
        },
        status: 'blocked/customer-it-infrastructure-remediation',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'merger-directory-or-tenant',
    question: {
      ja: '合併・買収の途中で待っているのは、ディレクトリ (Active Directory) の統合ですか。それとも、テナントやライセンスの変更ですか。',
      en: 'In the merger or acquisition, is the customer waiting for the directories (Active Directory) to be merged, or for tenant or license changes?',
    },
    answers: [
      {
        answer: {ja: 'ディレクトリの統合です。', en: 'The directory merge.'},
        status: 'blocked/customer-it-infrastructure-remediation',
      },
      {
        answer: {ja: 'テナントの構成やライセンスの変更です。', en: 'Changes to the tenant or the licenses.'},
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    examples: [
      {
        case: {
          ja: '買収した会社の利用者を受け入れるため、テナントの構成とライセンスの変更を待っています。',
          en: 'To take in the acquired company’s users, the customer is waiting for changes to the tenant and the licenses.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'stop-gap-or-process',
    question: {
      ja: '問題は、業務アプリやアドインがサービスで動かないことですか。それとも、アプリは動くものの、更新の頻度に合わせてテストする手順や人手が IT 部門に足りないことですか。アプリのテストや作り直しが予定の開始に間に合わないか行き詰まっている場合は、それが何を待っているかで選びます。',
      en: 'Is the problem that a business app or add-in does not work with the service, or do the apps work but the IT team lacks the process or people to test them at the pace of updates? Where testing or reworking an app is late for the planned start or stuck, choose by what it waits for.',
    },
    answers: [
      {
        answer: {
          ja: 'アプリやアドインが動かないか、アプリのテストや作り直しが、担う人や予算のほかのものを待っています。動かすための暫定的な仕組み (代替システム) を作る必要がある場合も含みます。',
          en: 'An app or add-in does not work, or testing or reworking an app waits for something other than people or budget to do it. This includes needing a stop-gap system to make it work.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        answer: {
          ja: 'アプリは動くものの、更新に合わせたテストの手順や人手が足りません。または、アプリのテストや作り直しが、担う人や予算だけを待っています (テストできる人が空かない、など。お客様の IT インフラストラクチャと IT 変更管理およびリソースの確保の見分け方と同じです)。',
          en: 'The apps work, but the process or people to test them with each update are missing; or testing or reworking an app waits only for people or budget to do it (nobody is free to test, for example; as between Customer IT Infrastructure and IT Change Management and Resourcing).',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    examples: [
      {
        case: {
          ja: '営業部門の Outlook アドインが動かず、代わりの仕組みを設計して用意するまでサービスを使い始められません。',
          en: 'The sales team’s Outlook add-in does not work, and the service cannot be used until a replacement has been designed and built.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        case: {
          ja: '年 1 回の更新を前提にしたテスト手順しかなく、毎月の更新に合わせて互換性テストを実施できません。',
          en: 'The only testing process assumes one update a year, so compatibility tests cannot keep up with monthly updates.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: '社内アプリ 30 本の動作検証を 4 月に終える計画でしたが、担当者が別の案件に回されて検証が止まり、5 月の展開開始に間に合いません。ほかに待っているものはありません。',
          en: 'The plan was to finish testing 30 in-house apps in April, but the testers were moved to another project, the testing has stopped, and it will not be done by the May start. Nothing else is pending.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックは、動かないアプリや互換性の認定がないアプリをアプリの互換性に、更新の頻度に合わせたテスト手順の見直しや、今の人員では展開を担えないことを IT 変更管理およびリソースの確保に挙げていますが、アプリのテストや作り直しが、担う人がいないか予算がないために遅れている場合の扱いは書いていません。お客様の IT インフラストラクチャと IT 変更管理およびリソースの確保の見分け方と同じく、何を待っているかで分けることにしました。担う人や予算だけを待っているなら IT 変更管理およびリソースの確保、それ以外を待っているならアプリの互換性です。人手や予算の足りない修正が、何を直すものでも同じ L2 になるようにするためです。',
        en: 'The playbook lists apps that do not work or are not certified under App Compatibility, and a testing process that must change for the update pace, or staff who cannot run the deployment, under IT Change Management and Resourcing; it does not say where testing or reworking an app goes that is late because nobody is free to do it or there is no budget for it. As between Customer IT Infrastructure and IT Change Management and Resourcing, we decide by what it waits for: only people or budget to do it is IT Change Management and Resourcing, anything else App Compatibility. So a fix that lacks people or budget gets the same L2 whatever it fixes.',
      },
    },
  },
  {
    id: 'update-quality-or-update-process',
    question: {
      ja: '更新についてのお客様の心配の中心は、サービスそのものの品質 (障害や遅延、更新で不具合がユーザーに届くこと) ですか。それとも、自社の手順や人員では、クラウドの更新の速さに合わせて更新を検証し、展開できないことですか。お客様が何を待っているか (サービスの信頼性を示してもらうことか、自社の検証の体制か) を尋ねると分かります。',
      en: 'Is the customer’s worry about updates the quality of the service itself (outages, latency, bugs that updates bring to users), or that its own process or people cannot test and release updates at the cloud’s pace? Ask what the customer waits for: to be shown that the service is reliable, or to have its own testing in place.',
    },
    answers: [
      {
        answer: {
          ja: 'サービスそのものの品質です。更新で不具合がユーザーに届くことや、障害や遅延を心配していて、サービスの信頼性 (Microsoft が更新をどう検証し、どう配信しているかを含みます) を示してもらうまで進めません。',
          en: 'The quality of the service itself. The customer fears that updates bring bugs to users, or fears outages or latency, and waits to be shown that the service is reliable (how Microsoft tests and releases updates included).',
        },
        status: 'blocked/service-reliability',
      },
      {
        answer: {
          ja: '自社の手順や人員です。サービスそのものを疑っているのではなく、年 1 回の更新を前提にしたテスト手順を更新の速さに合わせて作り直すか、更新ごとに検証する人員をそろえるまで進めません。',
          en: 'Its own process or people. The customer does not doubt the service itself, but waits until it has rebuilt a testing process made for a slower pace (one update a year, for example) or has the people to test each update.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様から「毎月の更新で不具合が現場に出るのが怖いので、更新を検証できる体制ができるまで Microsoft 365 Apps には切り替えません」と言われました。待っているのは、自社で更新を検証する体制です。',
          en: 'The customer says: “We’re afraid monthly updates will bring bugs to our users, so we won’t switch to Microsoft 365 Apps until we can verify the updates.” What it waits for is its own way of testing them.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: '経営層が、更新で不具合がそのままユーザーに届くのではないかと心配していて、Microsoft が更新をどう検証し、どう段階的に配信しているかの説明を受けるまで、Microsoft 365 Apps への切り替えを止めています。',
          en: 'Leadership fears that updates will push bugs straight to users, and has paused the switch to Microsoft 365 Apps until it is shown how Microsoft tests updates and releases them in stages.',
        },
        status: 'blocked/service-reliability',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックは、更新で不具合が自動的にユーザーに届くという不安をサービスの信頼性に、更新の頻度が上がるためにテスト手順を見直して文書化し直す必要がある場合を IT 変更管理およびリソースの確保に挙げていて、毎月の更新で不具合が出ることを心配するお客様はどちらにも読めます。ほかの見分け方と同じく、何が変われば進められるかで分けることにしました。サービスの品質を示してもらえば進めるならサービスの信頼性、自社の検証の手順や人員がそろえば進めるなら IT 変更管理およびリソースの確保です。',
        en: 'The playbook lists the fear that bugs ship automatically to users under Service Reliability, and a testing process that must be changed and documented for a faster update cadence under IT Change Management and Resourcing, so a customer worried about bugs in monthly updates reads as either. As in other rules, we decide by what would let the customer go ahead: being shown that the service is reliable is Service Reliability; its own testing process or people being in place is IT Change Management and Resourcing.',
      },
    },
  },
  {
    id: 'end-user-training',
    question: {
      ja: '足りないのは、エンド ユーザーの準備 (トレーニングの時間、担当者、計画) ですか。それとも、IT 部門の人員、スキル、予算ですか。',
      en: 'What is missing: end-user readiness (time, people or a plan for training), or the IT team’s people, skills or budget?',
    },
    answers: [
      {
        answer: {
          ja: 'エンド ユーザーの準備です。エンド ユーザーをトレーニングする人手が足りない場合も、そのトレーニングを IT 部門のスタッフが担当する場合も含みます。',
          en: 'End-user readiness. This includes having nobody to train end users, and training for end users that IT staff deliver.',
        },
        status: 'blocked/adoption-readiness',
      },
      {
        answer: {
          ja: 'IT 部門の人員、スキル、予算です。IT スタッフ自身の習得 (IT 部門内の教育) が必要で、それが計画されていないか予定の開始に間に合わない場合や、IT のマネージャーの退職、合併に伴う IT 部門の統合などで作業を担う体制が決まらず止まっている場合も含みます。ある出来事が終わるまで経営層や IT 部門が作業を止めていて、ほかに待っているものがない場合も、ユーザーの準備の問題ではないので、この答えです。',
          en: 'The IT team’s people, skills or budget. This includes IT staff who need training themselves (training within IT) that is not planned or is late for the planned start, and a project on hold because nobody is set to do the work, for example after the IT manager left or while the IT teams of the merging companies are being combined. Work that leadership or IT has halted until an event is over, with nothing else to wait for, gives this answer too: it is not about user readiness.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    examples: [
      {
        case: {
          ja: '業務が忙しく、エンド ユーザー向けのトレーニングを担当できる人がいません。',
          en: 'The business is too busy, and nobody can run training for end users.',
        },
        status: 'blocked/adoption-readiness',
      },
      {
        case: {
          ja: 'IT 担当のマネージャーが退職し、後任が決まるまでプロジェクトが止まっています。',
          en: 'The IT manager has left, and the project is on hold until a successor is found.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: 'トレーニングの計画も担当者もそろっていますが、経営層が合併の完了まで、進めていた Teams の展開を止めると決めました。ほかに待っているものはありません。',
          en: 'The training plan and trainers are ready, but leadership has decided to pause the Teams rollout under way until the merger closes. Nothing else is pending.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックでは、エンド ユーザーをトレーニングする人手がない場合が、IT 変更管理のページでは IT 変更管理の有効な例に、社内向けの資料では導入の準備状態に挙がっています。エンド ユーザーのトレーニングに関わることは、IT 部門のスタッフが担当する場合も含めて導入の準備状態にまとめ、IT スタッフ自身の習得やスキル、IT の予算や要員は IT 変更管理とすることにしました。経営層や IT 部門が、ある出来事が終わるまで作業を止める場合 (合併、COVID-19、基幹システムの切り替えのための変更の凍結など) は、元の文書の導入の準備状態の注記が「ビジネス ルールや決定」に触れていますが、ユーザーの準備の問題ではないので、進行中とブロックの見分け方の判断に合わせて IT 変更管理とします。IT スタッフのトレーニングも、計画に入っていて予定どおり進んでいるなら、同じ判断のとおりお客様の計画 (進行中) なので、IT 変更管理とするのは、計画されていないか予定の開始に間に合わない場合に限ります。',
        en: 'The playbook counts having no resources to train end users as a valid IT Change Management case on that page, and as Adoption Readiness in an internal copy. We put everything about training end users under Adoption Readiness, even when IT staff deliver the training, and keep the IT staff’s own learning and skills, IT budget and IT headcount under IT Change Management. Work that leadership or IT halts until an event is over (a merger, COVID-19, a change freeze for an ERP cut-over, for example) is not about user readiness, although the seed’s note on Adoption Readiness mentions business rules or decisions, so, as decided between In Progress and Blocked, it goes to IT Change Management. Training for IT staff that is a planned step on schedule is, by the same decision, the customer’s plan (In Progress), so only such training that is not planned or is late for the planned start counts here.',
      },
    },
  },
  {
    id: 'whose-skills',
    question: {
      ja: '足りないのは、お客様の側のもの (IT 部門の人員やスキル、作業の予算。パートナーへの委託費の予算を含みます) ですか。それとも、お客様が選んだパートナーの側のもの (このワークロードのスキルや作業範囲 (SOW)、予算があるのにまとまらない契約) ですか。',
      en: 'Is what is missing on the customer’s side (its IT team’s people or skills, or the budget for the work, including the budget for the chosen partner’s fees), or on the side of the partner the customer chose (skills or a statement of work (SOW) for this workload, or a contract that is stuck although the budget is there)?',
    },
    answers: [
      {
        answer: {
          ja: 'お客様の側です。IT 部門の人員やスキルが足りないか、作業の予算がありません。パートナーは決まっていて、契約が委託費の予算の承認だけを待っている場合も、この答えです (予算を待っているものとみなすかは、進行中とブロックの見分け方を参照)。',
          en: 'The customer’s side. Its IT team lacks people or skills, or there is no budget for the work. This is also the answer when the partner has been chosen and the contract waits only for the budget for its fees to be approved (whether a budget is something the work waits for: see how to tell In Progress from Blocked).',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        answer: {
          ja: 'お客様が選んだパートナーの側です。このワークロードのスキルや SOW がないか、予算はあるのに契約がまとまりません (条件、SOW の範囲、調達の手続きなど)。',
          en: 'The side of the partner the customer chose. It lacks the skills or an SOW for this workload, or the budget is there but the contract is stuck (its terms, the SOW’s scope, the procurement steps).',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    examples: [
      {
        case: {
          ja: 'お客様は Intune を展開したいのですが、現在のパートナーに Intune の経験がありません。',
          en: 'The customer wants to deploy Intune, but its current partner has no Intune experience.',
        },
        status: 'blocked/partner-engagement',
      },
      {
        case: {
          ja: 'お客様から「パートナーは A 社に決めました。発注は委託費の予算承認待ちです」と言われました。予定の開始はすでに過ぎています。',
          en: 'The customer says: “We picked partner A; the purchase order waits for approval of the budget for its fees.” The planned start has already passed.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: '委託費の予算は承認済みですが、SOW の範囲についてお客様とパートナーの協議がまとまらず、契約できていません。',
          en: 'The budget for the partner’s fees is approved, but the customer and the partner cannot agree on the SOW’s scope, so there is no contract.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックは、予算の不足を IT 変更管理およびリソースの確保に、パートナーの選定や契約、スキルをパートナーの関与に挙げていて、委託費の予算を待つ契約はどちらにも読めます。予算はお客様の側で解決するものなので、契約が委託費の予算の承認だけを待っている場合は、お客様の IT 予算のほかの不足と同じく IT 変更管理およびリソースの確保とし、予算があるのに契約そのものがまとまらない場合をパートナーの関与とすることにしました。',
        en: 'The playbook lists a lack of budget under IT Change Management and Resourcing, and choosing, contracting and skills of a partner under Partner Engagement, so a contract waiting for the budget for the partner’s fees reads as either. A budget is for the customer to solve, so a contract that waits only for that budget is IT Change Management and Resourcing, like any other shortfall of the customer’s IT budget; a contract that is stuck although the budget is there is Partner Engagement.',
      },
    },
  },
  {
    id: 'law-or-own-policy',
    question: {
      ja: 'クラウドへのデータの保存を止めているのは、法令や政府の定めですか。それとも、お客様自身のセキュリティ ポリシーや社内規程ですか。',
      en: 'Is it a law or regulation, or a government rule, that keeps the customer from storing data in the cloud, or the customer’s own security policy or internal rules?',
    },
    answers: [
      {
        answer: {
          ja: '法令や政府の定め (お客様の業界のコンプライアンス基準も、金融機関の FISC 安全対策基準のように法令と同じく扱います) で、国内のデータセンターや Microsoft の認証、既存の資料がそろっても満たせず、お客様が自社の判断だけでは変えられません。そうした法令のためにオンプレミスにとどまっている場合も含みます (データセンターや認証がそろえば満たせる法令なら、製品機能です)。',
          en: 'A law or regulation, or a government rule (a compliance standard of the customer’s industry, such as the FISC guidelines for Japan’s financial institutions, counts as one), that neither an in-country datacenter, a Microsoft certification nor existing documents would satisfy, and that the customer cannot change by its own decision. This includes staying on-premises because of such a law or regulation. (If a datacenter or a certification would satisfy the law, it is Product Feature/Capability.)',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        answer: {
          ja: 'お客様自身のセキュリティ ポリシーや社内規程、またはクラウドへの不信感です。国内にすでにある Microsoft のデータセンターなど、いま提供されているもので法令や業界の基準の要件を満たせるのに、お客様がまだそれを確かめられていない場合も含みます。',
          en: 'The customer’s own security policy or internal rules, or its distrust of the cloud. This includes a law or regulation, or an industry standard, that Microsoft already meets (with a datacenter it already has in the country, for example), when the customer has not yet been shown so.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
    ],
    examples: [
      {
        case: {
          ja: 'オンライン サービスの契約条件が、お客様の業界のコンプライアンス基準を満たしておらず、Microsoft の認証や既存の資料でも満たせません。',
          en: 'The online services’ contract terms do not meet the compliance standards of the customer’s industry, and neither a Microsoft certification nor its existing documents can meet them.',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        case: {
          ja: 'サービスの契約条件が、お客様の社内のセキュリティ ポリシーの要件に合っていません。',
          en: 'The service’s contract terms do not meet the customer’s internal security policy.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
    ],
    basis: {
      kind: 'decision',
      date: '2026-12-02',
      reason: {
        ja: 'プレイブックでは、法令による制約でオンプレミスにとどまる場合が、オンプレミスのページからセキュリティ/プライバシーの例として挙がっていますが、社内向けの資料は政府の定めが障壁なら法務/規制としています。法令が理由で、国内のデータセンターや Microsoft の認証がそろっても満たせないなら法務/規制、お客様自身のポリシーや不信感が理由ならセキュリティ/プライバシーと分けることにしました。データセンターや認証がそろえば満たせる法令なら、Microsoft 側の提供を待っているので製品機能です。プレイブックは、契約条件が業界のコンプライアンス基準を満たさない場合を法務/規制に、社内のセキュリティ ポリシーを満たさない場合をセキュリティ/プライバシーに挙げていますが、その間の見分け方はありません。業界の基準はお客様が自社の判断だけでは変えられないので、法令と同じように扱い、Microsoft がすでに満たしていてお客様に示せばよい場合はセキュリティ/プライバシー、認証が足りない場合は製品機能、どちらでも満たせない場合を法務/規制とすることにしました。',
        en: 'The playbook lists staying on-premises because of legal limits on the cloud as a Security/Privacy case (from the on-premises page), while an internal copy sends government rules to Legal/Regulatory. We send a law or regulation, or a government rule, that an in-country datacenter or a Microsoft certification would not satisfy to Legal/Regulatory, and the customer’s own policy or distrust to Security/Privacy. A law or regulation that such a datacenter or certification would satisfy means waiting for Microsoft to provide it: Product Feature/Capability. The playbook lists contract terms that fail an industry compliance standard under Legal/Regulatory and contract terms that fail the company’s security policy under Security/Privacy, with no test between them. The customer cannot change an industry standard by its own decision, so we treat it like a law or regulation: Security/Privacy when Microsoft already meets it and the customer needs to be shown, Product Feature/Capability when a certification is missing, and Legal/Regulatory when neither would meet it.',
      },
    },
  },
  {
    id: 'law-or-missing-datacenter',
    question: {
      ja: '法令の要件は、国内のデータセンターの開設やサービスの認証の取得など、Microsoft 側がそろえれば満たせますか。',
      en: 'Could the legal requirements be met once Microsoft provides something, such as an in-country datacenter or a certification for the service?',
    },
    answers: [
      {
        answer: {
          ja: 'いいえ。データセンターや認証がそろっても、今の法令のもとでは要件を満たせません。監督官庁の承認や法改正を待っている場合や、法令が国外の企業の運営するクラウドへの保存そのものを禁じている場合などです。',
          en: 'No. Even with such a datacenter or certification, the requirements cannot be met under the law or regulation as it stands: for example, a regulator’s approval or a change in the law is awaited, or a law or regulation bars keeping the data in any cloud run by a foreign company.',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        answer: {
          ja: 'はい。国内のデータセンターが開設されるか、サービスが認証を取得すれば要件を満たせるので、お客様はその提供を待っています。',
          en: 'Yes. Once an in-country datacenter opens or the service is certified, the requirements can be met, so the customer is waiting for that.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    examples: [
      {
        case: {
          ja: 'データを国内に保存するよう法律で求められていますが、Microsoft にはその国のデータセンターがまだないため、お客様は開設を待っています。',
          en: 'The law requires the data to stay in the country, Microsoft has no datacenter there yet, and the customer is waiting for one to open.',
        },
        status: 'blocked/product-feature-capability',
      },
      {
        case: {
          ja: '米国の公的な銀行で、データをクラウドに置くには FDIC の承認が必要で、その承認を待っています。',
          en: 'A public bank in the United States needs FDIC approval to keep data in the cloud and is waiting for it.',
        },
        status: 'blocked/legal-regulatory',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'law-or-negotiation',
    question: {
      ja: '止まっているのは法令への適合ですか。それとも、価格や EA の条件などの商取引上の交渉ですか。',
      en: 'Is it legal compliance that has stalled, or a commercial negotiation such as price or EA terms?',
    },
    answers: [
      {
        answer: {
          ja: '法令への適合です。法令や監督官庁の判断が展開を止めていて、国内のデータセンターや Microsoft の認証がそろっても要件を満たせません。',
          en: 'Legal compliance. A law or regulation, or a regulator’s decision, is stopping the rollout, and an in-country datacenter or a Microsoft certification would not meet it either.',
        },
        status: 'blocked/legal-regulatory',
      },
      {
        answer: {
          ja: '商取引上の交渉です。法令上の問題はありません。',
          en: 'A commercial negotiation. There is no legal obstacle.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    examples: [
      {
        case: {
          ja: '新しい EA の価格交渉がまとまるまで、展開を始めないことになっています。',
          en: 'The rollout will not start until the price of the new EA has been agreed.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'existing-features',
    question: {
      ja: 'お客様のセキュリティやプライバシーの要件は、製品にすでにある機能、設定、資料で満たせますか。',
      en: 'Can the customer’s security or privacy requirements be met with features, settings or documents the product already has?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。構成の見直しや資料による説明で解消できます。',
          en: 'Yes. A review of the configuration or an explanation with the right documents will resolve them.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
      {
        answer: {
          ja: 'いいえ。要件を満たすには、製品にまだない機能が必要です。',
          en: 'No. Meeting them needs a function the product does not have yet.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    examples: [
      {
        case: {
          ja: '社外との共有をどう制限できるかを CSO が心配していますが、既存の共有の設定で要件を満たせます。',
          en: 'The CSO worries about how to limit sharing outside the company, and the existing sharing settings meet the requirement.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
      {
        case: {
          ja: '法律でデータを国内に保存するよう求められていて、Microsoft はその国にすでにデータセンターを持ち、お客様のデータもそこに保存されます。お客様には、データの保存場所と保護の仕組みを資料で説明する必要があります。',
          en: 'The law requires the data to stay in the country; Microsoft already has a datacenter there, where the customer’s data is kept. The customer needs to be shown, with documents, where its data is and how it is protected.',
        },
        status: 'blocked/security-privacy-non-product-feature',
      },
    ],
    basis: {kind: 'seed'},
  },
  {
    id: 'protection-or-availability',
    question: {
      ja: 'お客様の懸念の中心は、データの保護や社内のセキュリティ ポリシーですか。それとも、障害や遅延といったサービスの安定性や可用性ですか。',
      en: 'Is the customer’s main worry data protection or its internal security policy, or the service’s stability and availability, such as outages and latency?',
    },
    answers: [
      {
        answer: {ja: 'データの保護や社内のセキュリティ ポリシーです。', en: 'Data protection or the internal security policy.'},
        status: 'blocked/security-privacy-non-product-feature',
      },
      {
        answer: {ja: 'サービスの安定性や可用性です。', en: 'The service’s stability or availability.'},
        status: 'blocked/service-reliability',
      },
    ],
    examples: [
      {
        case: {
          ja: '経営層が、Exchange Online はオンプレミスの Exchange より可用性が低いのではないかと心配しています。',
          en: 'Leadership worries that Exchange Online will be less available than Exchange on-premises.',
        },
        status: 'blocked/service-reliability',
      },
    ],
    basis: {kind: 'seed'},
  },
  {
    id: 'users-or-partner',
    question: {
      ja: '導入が進まない原因は、お客様の社内 (エンド ユーザーの準備や業務プロセス) にありますか。それとも、導入支援を任せるパートナーの選定、契約、支援範囲、経験にありますか。',
      en: 'Is adoption held back by something inside the customer (end-user readiness, business processes), or by the partner for adoption help: choosing or contracting it, or its scope or experience?',
    },
    answers: [
      {
        answer: {ja: 'お客様の社内です。', en: 'Something inside the customer.'},
        status: 'blocked/adoption-readiness',
      },
      {
        answer: {ja: '導入支援を任せるパートナーです。', en: 'The partner for adoption help.'},
        status: 'blocked/partner-engagement',
      },
    ],
    examples: [
      {
        case: {
          ja: '利用定着の支援を依頼するパートナーとの契約手続きが行き詰まり、6 月に予定していたトレーニングを始められません。',
          en: 'The contract with the partner that is to help with adoption is stuck, so the training planned for June cannot start.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'missing-function',
    question: {
      ja: '問題を解決するのは、お客様の業務アプリ (LOB アプリ、サードパーティ製アプリ、アドイン) を直すか置き換えることですか (開発元でも、お客様自身でも)。それとも、Microsoft がオンライン製品に機能を加えることですか。',
      en: 'What would solve the problem: changing or replacing the customer’s app (an LOB app, a third-party app, an add-in), by its vendor or by the customer, or Microsoft adding a function to the online product?',
    },
    answers: [
      {
        answer: {
          ja: 'アプリを直すか置き換えることです。オンライン製品にない仕組み (サーバー側で動くコードなど) にアプリが頼っているために動かない場合も、今の製品で動くようにアプリを作り直すか置き換えれば解決するなら、この答えです。',
          en: 'Changing or replacing the app. This holds even when the app fails because it relies on something the online product does not offer (server-side code, for example), as long as rebuilding or replacing the app to work with the product as it is would solve it.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        answer: {
          ja: 'Microsoft がオンライン製品に機能 (または業界で求められる認証) を加えることです。アプリを直しても置き換えても解決せず、お客様はその提供を待っています。',
          en: 'Microsoft adding a function (or a certification the industry requires) to the online product. Changing or replacing the app would not solve it, and the customer is waiting for Microsoft.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    examples: [
      {
        case: {
          ja: '部門サイトのカスタマイズがサーバー側で動くコードを使っていて、SharePoint Online では動きません。SharePoint Online で動く形に作り直すまで、そのサイトを移せません。',
          en: 'A department site’s customization runs server-side code, which SharePoint Online does not run. The site cannot move until the customization is rebuilt in a form SharePoint Online supports.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        case: {
          ja: '業務に必要な機能がオンライン版の Project にまだなく、どのアプリでも代わりにならないため、お客様はその提供を待っています。',
          en: 'A function the business needs is not in Project Online yet, no app can stand in for it, and the customer is waiting for it.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    basis: {
      kind: 'decision',
      date: decided,
      reason: {
        ja: 'プレイブックでは、オンライン製品にまだない機能が必要な場合が、アプリの互換性と製品機能の両方の有効な例に挙がっています。お客様の IT インフラストラクチャと製品機能の見分け方と同じく、何を変えれば解決するかで分けることにしました。アプリ (開発元またはお客様) を直すか置き換えれば解決するなら、製品に足りないものが原因でもアプリの互換性です。Microsoft が機能を加えるほかに解決の方法がなく、お客様がその提供を待っているなら製品機能です。',
        en: 'The playbook gives needing an online product function that does not exist yet as a valid case of both App Compatibility and Product Feature/Capability. As between Customer IT Infrastructure and Product Feature/Capability, we decide by what has to change to solve it. If changing or replacing the app (by its vendor or the customer) would solve it, it is App Compatibility, even when something missing from the product is the cause. If only Microsoft adding the function helps and the customer is waiting for it, it is Product Feature/Capability.',
      },
    },
  },
  {
    id: 'immature-or-missing',
    question: {
      ja: 'お客様が必要とする機能は、製品にすでにありますか。',
      en: 'Does the product already have the functions the customer needs?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。機能はありますが、製品がまだ成熟していない、安定していないという不安から進めません。',
          en: 'Yes. The functions are there, but the customer worries that the product is not mature or stable enough.',
        },
        status: 'blocked/service-reliability',
      },
      {
        answer: {
          ja: 'いいえ。必要な機能は、Microsoft 365 のどのプランでもまだ提供されていません。',
          en: 'No. The function the customer needs is not available yet in any Microsoft 365 plan.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    examples: [
      {
        case: {
          ja: '機能はそろっていますが、お客様は製品がまだ成熟していないと考えて、展開を止めています。',
          en: 'The functions are all there, but the customer thinks the product is not mature yet and has paused the rollout.',
        },
        status: 'blocked/service-reliability',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'feature-in-another-plan',
    question: {
      ja: 'お客様が必要とする機能は、製品にはあるものの、今のプラン (E1、E3、E5 など) に含まれていないだけですか。',
      en: 'Does the product have the function the customer needs, only not in its current plan (E1, E3, E5 and so on)?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。ライセンスを変えれば使えます。',
          en: 'Yes. A license change would give it to them.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        answer: {
          ja: 'いいえ。その機能は、どのプランにもまだありません。',
          en: 'No. No plan offers that function yet.',
        },
        status: 'blocked/product-feature-capability',
      },
    ],
    examples: [
      {
        case: {
          ja: '必要な機能は E5 に含まれていますが、お客様が契約しているのは E3 で、アップグレードの予定もありません。',
          en: 'The function the customer needs is in E5, but the customer has E3, and no upgrade is planned.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'uncertified-or-unstable',
    question: {
      ja: 'お客様が心配しているのは、業務で使うアプリが新しい Office やサービスで動くかどうかですか。それとも、サービスそのものの可用性ですか。',
      en: 'Is the customer worried about whether its business apps will work with the new Office or the service, or about the availability of the service itself?',
    },
    answers: [
      {
        answer: {
          ja: '業務アプリです。サードパーティ製アプリが最新の Office での動作を保証されていない場合などです。',
          en: 'The business apps, for example third-party apps that are not certified for the newest Office.',
        },
        status: 'blocked/app-compatibility',
      },
      {
        answer: {
          ja: 'サービスの可用性です。ホストされたサービスが止まらずに使えるかを心配しています。',
          en: 'The service’s availability: whether a hosted service will stay up.',
        },
        status: 'blocked/service-reliability',
      },
    ],
    examples: [
      {
        case: {
          ja: '業務で使うサードパーティ製アプリが最新の Office への対応を認定されておらず、お客様が更新に踏み切れません。',
          en: 'A third-party app the business relies on is not certified for the newest Office, so the customer will not upgrade.',
        },
        status: 'blocked/app-compatibility',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'partner-or-licenses',
    question: {
      ja: '問題はパートナーの対応ですか。それとも、ライセンスや契約そのもの (SKU の誤り、移管の遅れなど) ですか。',
      en: 'Is the problem what the partner does, or the licenses or the contract themselves (a wrong SKU, a transfer that is not finished)?',
    },
    answers: [
      {
        answer: {
          ja: 'パートナーの対応です。パートナーがお客様の代わりにライセンスを購入したものの、お客様が使いたいと表明しているワークロードの一部を展開するつもりがない場合も含みます。',
          en: 'What the partner does. This includes a partner that bought the licenses on the customer’s behalf but will not deploy some of the workloads the customer has said it wants.',
        },
        status: 'blocked/partner-engagement',
      },
      {
        answer: {
          ja: 'ライセンスや契約そのものです。',
          en: 'The licenses or the contract themselves.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    examples: [
      {
        case: {
          ja: 'パートナーがお客様の代わりに Microsoft 365 E3 を購入しましたが、展開するのは Exchange Online だけだと言っています。お客様は、Teams と SharePoint Online も使いたいと FM に伝えています。',
          en: 'The partner bought Microsoft 365 E3 on the customer’s behalf, but says it will deploy only Exchange Online. The customer has told the FM it wants Teams and SharePoint Online too.',
        },
        status: 'blocked/partner-engagement',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'budget-or-licenses',
    question: {
      ja: '展開を止めているのは、ライセンスや契約の問題ですか。それとも、展開作業 (社内の人員や外部への委託) の予算や、作業を担う IT 部門の人員が確保できないことですか。',
      en: 'Is the rollout stopped by a license or contract problem, or because the IT team cannot get the budget for the rollout work (its own staff or outside help) or the people to do it?',
    },
    answers: [
      {
        answer: {
          ja: 'ライセンスや契約の問題です。ライセンスの追加購入の予算が否決されたか、予定の開始までに承認されず、購入できない場合も含みます (いつもの予算サイクルで予定の開始までに購入する計画なら、お客様の計画のとおりです。進行中とブロックの見分け方を参照)。',
          en: 'A license or contract problem. This includes an extra license purchase whose budget was refused or is not approved in time for the planned start (a purchase planned in the regular budget cycle before the planned start follows the customer’s plan: see how to tell In Progress from Blocked).',
        },
        status: 'blocked/billing-licensing-subscription',
      },
      {
        answer: {
          ja: '展開作業の予算や、IT 部門の人員です。計画していた展開作業の予算が凍結や取り消しになったか、改めて承認を待っている場合も含みます。',
          en: 'The budget or the people for the rollout work. This includes a planned budget for that work that has been frozen or withdrawn or awaits a new approval.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
    ],
    examples: [
      {
        case: {
          ja: '展開作業の予算は承認されていましたが、年度の途中で凍結され、改めて承認されるまで作業を始められません。',
          en: 'The budget for the rollout work had been approved, but it was frozen during the year, and the work cannot start until it is approved again.',
        },
        status: 'blocked/it-change-management-resourcing',
      },
      {
        case: {
          ja: '残りのユーザーに必要なライセンスを追加で購入する予算が承認されず、今月に予定していた残りのユーザーへの展開を始められません。',
          en: 'The budget to buy the extra licenses the remaining users need was not approved, so their rollout, planned for this month, cannot start.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'tenant-after-the-move',
    question: {
      ja: 'ライセンスの移管やテナントの変更は終わり、元のテナントはもう使われませんか。',
      en: 'Has the license transfer or the tenant change finished, so that the old tenant will no longer be used?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。ライセンスはすべて別のテナントに移り、元のテナントは今後使われません。',
          en: 'Yes. All licenses are in another tenant, and the old tenant will not be used again.',
        },
        status: 'duplicate-invalid',
      },
      {
        answer: {
          ja: 'いいえ。ライセンスの移管、SKU の変更、EA の更新などが予定の開始に間に合わないか行き詰まっていて、そのために展開できません。移管が予定どおりでも、終わるまでは、移す前の利用資格はこのステータスです (移した先での展開は、お客様の計画で選びます)。',
          en: 'No. Some or all of the licenses are still in the old tenant: a move to another tenant is planned but not finished (on schedule or not), or a license transfer, a SKU change, an EA renewal or the like is late for the planned start or stuck, and that is what stops the rollout. Until the move is finished, the entitlements on the tenant that will not be used get this status (the rollout in the new tenant is chosen by the customer’s plan).',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    examples: [
      {
        case: {
          ja: '買収した会社のテナントから親会社のテナントへのライセンスの移管が予定の開始に間に合わず、親会社のテナントで展開を始められません。',
          en: 'Moving the licenses from the acquired company’s tenant to the parent company’s tenant is late for the planned start, so the rollout cannot start in the parent’s tenant.',
        },
        status: 'blocked/billing-licensing-subscription',
      },
    ],
    basis: {kind: 'facts'},
  },
  {
    id: 'tenant-still-used',
    question: {
      ja: 'このテナントは、今後使われないことが確定していますか (重複している、またはライセンスを移し終えて廃止するなど)。',
      en: 'Is it settled that this tenant will not be used any more (it is a duplicate, or its licenses have all moved and it is being retired)?',
    },
    answers: [
      {
        answer: {
          ja: 'はい。重複しているか、ライセンスを別のテナントに移し終え、このテナントは今後使われません。',
          en: 'Yes. It is a duplicate, or its licenses have all moved to another tenant and it will not be used again.',
        },
        status: 'duplicate-invalid',
      },
      {
        answer: {
          ja: 'いいえ。テナントの移行、ライセンスの変更、ディレクトリの統合などが予定の開始に間に合わないか行き詰まっていて、使う意向はあるのに展開が止まっています。別のテナントへの移行が計画されていて終わっていない間は、元のテナントにある利用資格もこの答えです (L2: 請求、ライセンス、サブスクリプション)。',
          en: 'No. A tenant move, a license change, a directory merge or the like is late for the planned start or stuck, and the rollout is held up although the customer wants the service. While a planned move to another tenant is not finished, the entitlements on the tenant that will not be used are this answer too, until the move is finished (the L2 is Billing, Licensing and Subscription).',
        },
        status: 'blocked',
      },
    ],
    examples: [
      {
        case: {
          ja: '合併の途中で、両社のディレクトリの統合が予定の開始に間に合わず、統合が終わるまで展開を待っています。このテナントは統合の後も使われます。',
          en: 'In the middle of a merger, merging the two companies’ directories is late for the planned start, and the rollout waits until it is done. This tenant stays in use after the merge.',
        },
        status: 'blocked',
      },
    ],
    basis: {kind: 'facts'},
  },
] as const satisfies readonly BoundaryRule[];

export type RuleId = (typeof boundaryRules)[number]['id'];

/** The statuses a rule separates (its answers' statuses, in order). */
export function statusesOf(rule: Pick<BoundaryRule, 'answers'>): readonly [StatusKey, StatusKey] {
  return [rule.answers[0].status, rule.answers[1].status];
}
