/**
 * The results of the status search as a list: statuses first (name, L1 › L2 trail, the
 * evidence that matched), then glossary terms, labelled as such. Used by the results page
 * and the 404 page.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {SearchAnswer, SearchHit} from '../../search/engine';
import Evidence from './Evidence';
import styles from './styles.module.css';

function Hit({hit}: {hit: SearchHit}): ReactNode {
  return (
    <li className={styles.hit} data-status-key={hit.document.kind === 'status' ? hit.document.id : undefined}>
      <article>
        <Heading as="h3" className={styles.hitTitle}>
          <Link to={hit.href}>{hit.document.title}</Link>
        </Heading>
        <p className={styles.trail} data-trail>
          {hit.document.trail}
        </p>
        {hit.evidence.map((e) => (
          <p key={e.field} className={styles.evidenceLine}>
            <Evidence evidence={e} />
          </p>
        ))}
      </article>
    </li>
  );
}

function Group({kind, hits, heading}: {kind: 'status' | 'glossary'; hits: readonly SearchHit[]; heading: ReactNode}): ReactNode {
  if (hits.length === 0) return null;
  const headingId = `search-${kind}`;
  return (
    <section aria-labelledby={headingId} data-search-kind={kind}>
      <Heading as="h2" id={headingId} className={styles.groupHeading}>
        {heading}
      </Heading>
      <ol className={styles.hits}>
        {hits.map((hit) => (
          <Hit key={hit.document.id} hit={hit} />
        ))}
      </ol>
    </section>
  );
}

export default function SearchHits({answer}: {answer: SearchAnswer}): ReactNode {
  return (
    <>
      <Group
        kind="status"
        hits={answer.statuses}
        heading={
          <Translate id="search.statusesHeading" description="Heading above the statuses found by search">
            ステータス
          </Translate>
        }
      />
      <Group
        kind="glossary"
        hits={answer.glossary}
        heading={
          <Translate id="search.glossaryHeading" description="Heading above the glossary terms found by search">
            用語集の用語
          </Translate>
        }
      />
    </>
  );
}
