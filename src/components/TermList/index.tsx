/**
 * The glossary's wording table: for each concept, the wording the site uses and the
 * variants it replaces (src/taxonomy/terms.ts, enforced by `npm run check`).
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {LocalTerm} from '../../taxonomy/localized';
import {joinList} from '../../taxonomy/locale';
import {useLocale} from '../../hooks/useStatus';
import styles from './styles.module.css';

function usePageTerms(): readonly LocalTerm[] {
  const {frontMatter, metadata} = useDoc();
  const value = (frontMatter as Record<string, unknown>).terms;
  if (!Array.isArray(value)) throw new Error(`${metadata.source}: <TermList /> needs the terms that src/plugins/status-pages/frontMatter.ts writes into the glossary's front matter`);
  return value as LocalTerm[];
}

export default function TermList(): ReactNode {
  const terms = usePageTerms();
  const locale = useLocale();
  return (
    <div className={styles.scroll}>
      <table>
        <thead>
          <tr>
            <th>{translate({id: 'terms.column.concept', message: '意味', description: 'Column header of the wording table: the concept'})}</th>
            <th>{translate({id: 'terms.column.preferred', message: 'このサイトの表記', description: 'Column header of the wording table: the wording used'})}</th>
            <th>{translate({id: 'terms.column.variants', message: '使わない表記', description: 'Column header of the wording table: the variants replaced'})}</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id} id={`term-${term.id}`}>
              <td>
                {term.concept}
                {term.usage && <p className={styles.usage}>{term.usage}</p>}
              </td>
              <td>
                <strong>{term.preferred}</strong>
              </td>
              <td>{term.variants.length > 0 ? joinList(term.variants, locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
