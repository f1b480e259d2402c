/**
 * Every L1 and L2 with its definition on one page, laid out for screen and for paper: on
 * paper each status shows its URL, and each L1 group stays on one page where it fits.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocalNode} from '../../taxonomy/localized';
import {useTaxonomy} from '../../hooks/useStatus';
import styles from './styles.module.css';

function useAbsoluteUrl(): (path: string) => string {
  const {siteConfig} = useDocusaurusContext();
  return (path) => `${siteConfig.url}${siteConfig.baseUrl.replace(/\/$/, '')}${path}`;
}

function Status({node, url}: {node: LocalNode; url: (path: string) => string}): ReactNode {
  return (
    <>
      <dt className={styles.name}>
        <Link to={node.path}>{node.name}</Link>
        <span className={styles.printUrl}>{url(node.path)}</span>
      </dt>
      <dd className={styles.summary}>{node.summary}</dd>
      {node.children.length > 0 && (
        <dd>
          <dl className={styles.children}>
            {node.children.map((child) => (
              <Status key={child.key} node={child} url={url} />
            ))}
          </dl>
        </dd>
      )}
    </>
  );
}

export default function TaxonomyOverview(): ReactNode {
  const taxonomy = useTaxonomy();
  const url = useAbsoluteUrl();
  return (
    <div className={styles.overview}>
      {taxonomy.roots.map((l1) => (
        <section key={l1.key} className={styles.group} aria-labelledby={`overview-${l1.key}`}>
          <h2 id={`overview-${l1.key}`} className={styles.l1}>
            <Link to={l1.path}>{l1.name}</Link>
            <span className={styles.printUrl}>{url(l1.path)}</span>
          </h2>
          <p className={styles.summary}>{l1.summary}</p>
          {l1.children.length > 0 && (
            <dl className={styles.children}>
              {l1.children.map((l2) => (
                <Status key={l2.key} node={l2} url={url} />
              ))}
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}
