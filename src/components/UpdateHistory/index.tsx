/**
 * Tables of the update-history page, generated from the taxonomy (corrections to the seed)
 * and from git (last update of each page), so the history cannot miss a correction.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {locales, type SeedCorrection} from '../../taxonomy/types';
import {usePageRules, useTaxonomy} from '../../hooks/useStatus';
import type {StatusPagesData} from '../../plugins/status-pages';
import styles from './styles.module.css';

const kindLabel = (kind: SeedCorrection['kind']): string =>
  ({
    typo: translate({id: 'history.kind.typo', message: '誤字・誤記', description: 'Correction kind: typo'}),
    meaning: translate({id: 'history.kind.meaning', message: '意味の誤り', description: 'Correction kind: wrong meaning'}),
    rename: translate({id: 'history.kind.rename', message: '製品名の変更', description: 'Correction kind: product rename'}),
    placeholder: translate({id: 'history.kind.placeholder', message: '未記入の仮の記載', description: 'Correction kind: a placeholder left in the text'}),
  })[kind];

/** Every correction the site makes to the seed's Japanese text, with the original wording. */
export function SeedCorrections(): ReactNode {
  const taxonomy = useTaxonomy();
  const rows = taxonomy.all.flatMap((status) => status.corrections.map((correction) => ({status, correction})));
  return (
    <div className={styles.scroll}>
      <table>
        <thead>
          <tr>
            <th>{translate({id: 'history.column.status', message: 'ステータス', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.kind', message: '種類', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.original', message: '元の文言', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.corrected', message: '修正後', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.reason', message: '理由', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.date', message: '日付', description: 'Column header'})}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({status, correction}) => (
            <tr key={`${status.key}:${correction.original}`} data-status={status.key}>
              <td>
                <Link to={`${status.path}#definition`}>{status.name}</Link>
              </td>
              <td>{kindLabel(correction.kind)}</td>
              <td>
                <del lang="ja">{correction.original}</del>
                {correction.inEnglish && <span className={styles.gloss}>{correction.inEnglish.original}</span>}
              </td>
              <td>
                <ins lang="ja">{correction.corrected}</ins>
                {correction.inEnglish && <span className={styles.gloss}>{correction.inEnglish.corrected}</span>}
              </td>
              <td>{correction.reason}</td>
              <td>{correction.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Statuses added after the seed and statuses retired (with their successor), from the
 * taxonomy's `origin` and `retired` fields, newest first.
 */
export function TaxonomyChanges(): ReactNode {
  const taxonomy = useTaxonomy();
  const rows = [
    ...taxonomy.all.filter((n) => n.origin === 'added').map((n) => ({status: n, date: n.added ?? '', successor: undefined})),
    ...taxonomy.retired.map((n) => ({status: n, date: n.retired!.date, successor: taxonomy.get(n.retired!.successor)})),
  ].sort((a, b) => b.date.localeCompare(a.date));
  if (rows.length === 0) {
    return <p>{translate({id: 'history.changes.none', message: '元の文書から追加・廃止されたステータスはまだありません。', description: 'Shown when no status was added or retired'})}</p>;
  }
  return (
    <div className={styles.scroll}>
      <table>
        <thead>
          <tr>
            <th>{translate({id: 'history.column.status', message: 'ステータス', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.change', message: '変更', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.successor', message: '後継のステータス', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.date', message: '日付', description: 'Column header'})}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({status, date, successor}) => (
            <tr key={status.key} data-status={status.key}>
              <td>
                <Link to={status.path}>{taxonomy.trail(status)}</Link>
              </td>
              <td>
                {successor
                  ? translate({id: 'history.change.retired', message: '廃止', description: 'Change kind: the status was retired'})
                  : translate({id: 'history.change.added', message: '追加', description: 'Change kind: the status was added'})}
              </td>
              <td>{successor ? <Link to={successor.path}>{taxonomy.trail(successor)}</Link> : '—'}</td>
              <td>{date}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The date each page was last changed, per language (from git). */
export function PageUpdates(): ReactNode {
  const taxonomy = useTaxonomy();
  const {pageDates} = usePluginData('status-pages') as StatusPagesData;
  const unknown = translate({id: 'history.dateUnknown', message: '不明', description: 'Shown when a page has no git date'});
  return (
    <div className={styles.scroll}>
      <table>
        <thead>
          <tr>
            <th>{translate({id: 'history.column.page', message: 'ページ', description: 'Column header'})}</th>
            {locales.map((l) => (
              <th key={l}>{l === 'ja' ? translate({id: 'history.column.ja', message: '日本語版', description: 'Column header'}) : translate({id: 'history.column.en', message: '英語版', description: 'Column header'})}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {taxonomy.all.map((status) => (
            <tr key={status.key}>
              <td>
                <Link to={status.path}>
                  {'\u00a0'.repeat((status.level - 1) * 3)}
                  {status.name}
                </Link>
              </td>
              {locales.map((l) => (
                <td key={l}>{pageDates[status.key]?.[l] ?? unknown}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The boundary rules where the facts left a choice and we made it (basis "decision" in
 * src/taxonomy/boundaries.ts): the rule as both statuses' pages show it, with the date and
 * the reason. Generated, so the history can never list a decision the pages do not follow.
 */
export function RuleDecisions(): ReactNode {
  const taxonomy = useTaxonomy();
  const decisions = usePageRules('decisions');
  return (
    <div className={styles.scroll}>
      <table>
        <thead>
          <tr>
            <th>{translate({id: 'history.column.rule', message: '見分け方', description: 'Column header: the boundary rule'})}</th>
            <th>{translate({id: 'history.column.reason', message: '理由', description: 'Column header'})}</th>
            <th>{translate({id: 'history.column.date', message: '日付', description: 'Column header'})}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td>
                <p>{rule.question}</p>
                <ul>
                  {rule.answers.map((a) => (
                    <li key={a.status}>
                      {a.answer} → <Link to={`${taxonomy.get(a.status).path}#rule-${rule.id}`}>{taxonomy.trail(taxonomy.get(a.status))}</Link>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{rule.decision?.reason}</td>
              <td>{rule.decision?.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
