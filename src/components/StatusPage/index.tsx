/**
 * Building blocks of a status page. Each reads the current page's status from the taxonomy
 * (through `useCurrentStatus`), so a page file never repeats a name, a definition or a
 * keyword: it holds only its own prose.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {cardPath, cardSize} from '../../plugins/status-cards/cardPath';
import {locales, type Locale} from '../../taxonomy/types';
import CopyLinkButton from '../CopyLinkButton';
import ShareByEmail from '../ShareByEmail';
import {useCurrentStatus, useLocale, usePageRules, useChildRuleLinks, useStatus, useTaxonomy} from '../../hooks/useStatus';
import BoundaryRule from '../BoundaryRule';
import StatusTree from '../StatusTree';
import {emphasisParts} from '../../taxonomy/emphasis';
import styles from './styles.module.css';

const localeNames: Record<Locale, {label: string; readIn: string}> = {
  ja: {label: '日本語', readIn: 'このページを日本語で読む'},
  en: {label: 'English', readIn: 'Read this page in English'},
};

/** Level, "Copy link", "Share by email" and the link to the same page in the other language. */
export function StatusHeader(): ReactNode {
  const status = useCurrentStatus();
  const locale = useLocale();
  const {createUrl} = useAlternatePageUtils();
  const others = locales.filter((l) => l !== locale);
  const fullName = useTaxonomy().trail(status);
  const pagePath = useBaseUrl(status.path);
  // The status's own preview card (src/plugins/status-cards), in place of the site-wide one.
  const card = `${useDocusaurusContext().siteConfig.url}${useBaseUrl(cardPath(status))}`;
  return (
    <div className={styles.header}>
      <Head>
        <meta name="description" content={status.summary} />
        <meta property="og:description" content={status.summary} />
        <meta property="og:title" content={fullName} />
        <meta property="og:image" content={card} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content={String(cardSize.width)} />
        <meta property="og:image:height" content={String(cardSize.height)} />
        <meta property="og:image:alt" content={fullName} />
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:image" content={card} />
        <meta name="twitter:image:alt" content={fullName} />
      </Head>
      <p className={styles.meta}>
        <span className={styles.level} data-status-level>
          L{status.level}
        </span>
        <CopyLinkButton title={fullName} path={pagePath} />
        <ShareByEmail subject={fullName} name={status.name} definition={status.summary} path={pagePath} />
        {others.map((other) => (
          <a
            key={other}
            className={styles.otherLanguage}
            href={createUrl({locale: other, fullyQualified: false})}
            hrefLang={other}
            lang={other}
            target="_self">
            {localeNames[other].readIn}
          </a>
        ))}
      </p>
    </div>
  );
}

/** The status definition (the seed's text in Japanese) and the seed's automation note. */
export function StatusDefinition(): ReactNode {
  const status = useCurrentStatus();
  const locale = useLocale();
  return (
    <>
      <p className={styles.definition} data-status-definition>
        {status.summary}
      </p>
      {status.notes
        .filter((note) => note.kind === 'automation')
        .map((note) => (
          <p key={note.text} className={styles.note}>
            <SeedText text={note.text} />
          </p>
        ))}
      {status.level === 2 && status.children.length > 0 && <StatusL3List />}
      {status.corrections.some((c) => c.part === 'definition') && (
        <p className={styles.correctionNote}>
          <Translate id="statusPage.correctedNote" description="Under a definition whose seed text was corrected">
            この定義は、元の文書の文言を一部修正しています。
          </Translate>{' '}
          <Link to="/history#corrections">
            <Translate id="statusPage.correctedLink" description="Link to the list of corrections">
              修正箇所と元の文言
            </Translate>
          </Link>
        </p>
      )}
      <ParentCondition />
    </>
  );
}

/**
 * What the parent says of all its children (Blocked: only what is not planned, late, refused
 * or stuck), written once on the parent and shown here, linked to the rule on its page.
 */
function ParentCondition(): ReactNode {
  const status = useCurrentStatus();
  const taxonomy = useTaxonomy();
  const parent = status.parentKey ? taxonomy.get(status.parentKey) : undefined;
  if (!parent?.forEveryChild) return null;
  return (
    <p className={styles.note} data-parent-condition={parent.key}>
      {parent.forEveryChild.text}{' '}
      <Link to={`${parent.path}#rule-${parent.forEveryChild.rule}`}>
        {translate({id: 'statusPage.parentConditionRule', message: '「{name}」のページの見分け方', description: 'Link after the condition an L1 sets for all its L2s, to the rule on the L1 page'}, {name: parent.name})}
      </Link>
    </p>
  );
}

/**
 * An L2's L3 statuses with their definitions, under the L2's own definition: a record ends
 * on one of them, so the L2 page must show them without its page file listing them.
 */
function StatusL3List(): ReactNode {
  const status = useCurrentStatus();
  return (
    <div className={styles.l3List}>
      <p>
        <strong>
          <Translate id="statusPage.l3Heading" description="Above the list of L3 statuses on an L2 page">
            このステータスの L3 (詳細な理由)
          </Translate>
        </strong>
      </p>
      <dl>
        {status.children.map((child) => (
          <React.Fragment key={child.key}>
            <dt>
              <Link to={child.path}>{child.name}</Link>
            </dt>
            <dd>{child.summary}</dd>
          </React.Fragment>
        ))}
      </dl>
    </div>
  );
}

/**
 * Who records the status, and what a partner does for a customer in it (where the playbook
 * facts say so): at the start of a status page's next-steps (L2) or recording (L1) section.
 */
export function StatusRoles(): ReactNode {
  const status = useCurrentStatus();
  // The seed's automation note: entitlements get this status without anyone setting it.
  const filledAutomatically = status.notes.some((note) => note.kind === 'automation');
  // Both wordings name the same two glossary entries.
  const recordLinks = {fm: <Link to="/glossary#fm">FastTrack Manager (FM)</Link>, ftop: <Link to="/glossary#ftop">FTOP</Link>};
  return (
    <div className={styles.roles} data-status-roles>
      <p>
        <strong>
          <Translate id="statusPage.roles.recordedBy" description="Label: who records the status">
            記録する人:
          </Translate>
        </strong>{' '}
        {filledAutomatically ? (
          <Translate
            id="statusPage.roles.automatic"
            description="Who records a status that new entitlements get automatically (see the automation note under the definition)"
            values={recordLinks}>
            {'利用資格は、定義の下に書かれているとおり自動でこのステータスに入ります。その後は {fm} がお客様の意向を確認し、{ftop} のステータスを更新します。'}
          </Translate>
        ) : (
          <Translate
            id="statusPage.roles.fm"
            description="Who records a status in FTOP: the assignment FM first, then the delivery FM"
            values={recordLinks}>
            {'ステータスは {fm} が {ftop} に記録します。最初のステータスは割り当て担当の FM が設定し、その後はデリバリー担当の FM が更新します。'}
          </Translate>
        )}
      </p>
      {status.partnerStep && (
        <p>
          <strong>
            <Translate id="statusPage.roles.partner" description="Label: what the partner does">
              パートナーの方へ:
            </Translate>
          </strong>{' '}
          {status.partnerStep}
        </p>
      )}
    </div>
  );
}

/** The seed's own boundary sentences ("for this L2 the problem must be …"). */
export function StatusBoundary(): ReactNode {
  const status = useCurrentStatus();
  const notes = status.notes.filter((note) => note.kind === 'boundary');
  if (notes.length === 0) return null;
  return (
    <div className={styles.boundary}>
      {notes.map((note) => (
        <p key={note.text}>
          <SeedText text={note.text} />
        </p>
      ))}
    </div>
  );
}

/** A seed sentence with the seed's emphasis (src/taxonomy/emphasis.ts). */
function SeedText({text}: {text: string}): ReactNode {
  return emphasisParts(text).map((part, i) => (part.emphasis ? <em key={i}>{part.text}</em> : <React.Fragment key={i}>{part.text}</React.Fragment>));
}

/** A link to another status, labelled with its name in the current locale (a retired one's URL forwards). */
export function StatusLink({to, hash}: {to: string; hash?: string}): ReactNode {
  const status = useStatus(to, {allowRetired: true});
  return <Link to={hash ? `${status.path}#${hash}` : status.path}>{status.name}</Link>;
}

/**
 * The boundary rules the current status is one side of (src/taxonomy/boundaries.ts): the
 * "not this one" section of an L2, the neighbours section of an L1. The same rule stands on
 * the other status's page, so the two pages cannot disagree.
 */
export function StatusRules(): ReactNode {
  const status = useCurrentStatus();
  const rules = usePageRules('rules');
  return rules.map((rule) => <BoundaryRule key={rule.id} rule={rule} current={status.key} />);
}

/**
 * The subtree below the current status (L1 pages), then how to choose between its children:
 * each rule's question, linked to the rule on both children's pages (where its answers and
 * examples stand, written once), so the L1 page stays a short list a phone can scan.
 */
export function StatusChildren(): ReactNode {
  const status = useCurrentStatus();
  const links = useChildRuleLinks();
  return (
    <>
      <StatusTree rootKey={status.key} />
      {links.length > 0 && (
        <>
          <p className={styles.childRulesLead} id="child-rules">
            <Translate id="statusPage.childRules" description="Above the questions that tell the L2s of an L1 apart, on the L1 page; each links to the rule on both L2 pages">
              似ている L2 の見分け方 (答えと例は、それぞれの L2 のページにあります):
            </Translate>
          </p>
          <ul className={styles.childRules} aria-labelledby="child-rules">
            {links.map((rule) => (
              <li key={rule.id} data-child-rule={rule.id}>
                <span className={styles.childRuleQuestion}>{rule.question}</span>{' '}
                <span>
                  <span aria-hidden="true">→ </span>
                  <StatusLink to={rule.statuses[0]} hash={`rule-${rule.id}`} />
                  {' / '}
                  <StatusLink to={rule.statuses[1]} hash={`rule-${rule.id}`} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
