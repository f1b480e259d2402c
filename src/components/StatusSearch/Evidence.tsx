import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Evidence as EvidenceData} from '../../search/engine';
import type {SearchField} from '../../search/documents';
import styles from './styles.module.css';

/** What each kind of evidence is called where it is shown. */
function fieldLabel(field: SearchField): string {
  const labels: Record<SearchField, string> = {
    name: translate({id: 'search.evidence.name', message: '名前', description: 'Label of search evidence found in the status name'}),
    keywords: translate({id: 'search.evidence.keywords', message: 'キーワード', description: 'Label of search evidence found in the keywords'}),
    definition: translate({id: 'search.evidence.definition', message: '定義', description: 'Label of search evidence found in the definition'}),
    examples: translate({id: 'search.evidence.examples', message: '使う場面', description: 'Label of search evidence found in an example of when to use the status'}),
    questions: translate({id: 'search.evidence.questions', message: '確認事項', description: 'Label of search evidence found in the questions to ask the customer'}),
    pointers: translate({id: 'search.evidence.pointers', message: '見分け方', description: 'Label of search evidence found in another status page pointing to this one'}),
    rest: translate({id: 'search.evidence.rest', message: 'ページ内', description: 'Label of search evidence found elsewhere on the page'}),
  };
  return labels[field];
}

/** One piece of evidence: its kind, and the text with what matched marked. */
export default function Evidence({evidence}: {evidence: EvidenceData}): ReactNode {
  return (
    <span className={styles.evidence}>
      <span className={styles.evidenceField}>{fieldLabel(evidence.field)}</span>{' '}
      {evidence.segments.map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <React.Fragment key={i}>{segment.text}</React.Fragment>))}
    </span>
  );
}
