/**
 * One boundary rule (src/taxonomy/boundaries.ts): the question that tells two look-alike
 * statuses apart, its two answers with the status each leads to, and an example or two.
 * The same block on both statuses' pages, under a finder result and in the search results.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import type {LocalRule} from '../../taxonomy/localized';
import {useTaxonomy} from '../../hooks/useStatus';
import styles from './styles.module.css';

export interface BoundaryRuleProps {
  readonly rule: LocalRule;
  /** The status whose page (or result) shows the rule: the heading names the other one. */
  readonly current?: string;
  /** The heading's level where the block stands (h3 under a page section). */
  readonly as?: 'h3' | 'h4';
}

export default function BoundaryRule({rule, current, as = 'h3'}: BoundaryRuleProps): ReactNode {
  const taxonomy = useTaxonomy();
  const [first, second] = rule.answers.map((a) => taxonomy.get(a.status));
  const other = current === first!.key ? second! : current === second!.key ? first! : undefined;
  const link = (key: string) => {
    const status = taxonomy.get(key);
    return (
      <Link to={status.path} aria-current={key === current ? 'page' : undefined} className={key === current ? styles.current : undefined}>
        {taxonomy.trail(status)}
      </Link>
    );
  };
  return (
    <section className={styles.rule} data-rule={rule.id} aria-labelledby={`rule-${rule.id}`}>
      <Heading as={as} id={`rule-${rule.id}`} className={styles.heading}>
        {other
          ? translate({id: 'rule.headingOther', message: '「{name}」との違い', description: 'Heading of a boundary rule on a status page: the other status'}, {name: other.name})
          : translate(
              {id: 'rule.headingPair', message: '「{first}」と「{second}」の違い', description: 'Heading of a boundary rule between two statuses'},
              {first: first!.name, second: second!.name},
            )}
      </Heading>
      <p className={styles.question}>{rule.question}</p>
      <ul className={styles.answers}>
        {rule.answers.map((a) => (
          <li key={a.status}>
            <span className={styles.answer}>{a.answer}</span> <span aria-hidden="true">→</span>{' '}
            <span className="sr-only">{translate({id: 'rule.leadsTo', message: '選ぶステータス:', description: 'Screen-reader text before the status an answer leads to'})}</span>
            {link(a.status)}
          </li>
        ))}
      </ul>
      {rule.examples.length > 0 && (
        <div className={styles.examples}>
          <p className={styles.examplesLabel}>
            <Translate id="rule.examples" description="Label above the examples of a boundary rule">
              例
            </Translate>
          </p>
          <ul>
            {rule.examples.map((e) => (
              <li key={e.case}>
                {e.case} <span aria-hidden="true">→</span> <span className="sr-only">{translate({id: 'rule.leadsTo', message: '選ぶステータス:', description: 'Screen-reader text before the status an answer leads to'})}</span>
                {link(e.status)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
