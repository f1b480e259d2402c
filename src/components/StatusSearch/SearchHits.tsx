/**
 * The results of the status search, as the results page shows them: statuses first (name,
 * L1 › L2 trail, the evidence that matched), then glossary terms, labelled as such; with
 * no status found, the finder and the tree. The markup is view.ts's, which the engine script
 * also renders before the app starts: React hydrates those very elements.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {SearchAnswer} from '../../search/engine';
import {reactRender, searchClasses} from './Evidence';
import {resultsView, type SearchLabels} from './view';

/** The router's link (client-side navigation); `href` already has the locale's base URL. */
function ViewLink({href, children}: {href: string; children?: ReactNode}): ReactNode {
  return (
    <Link to={href} autoAddBaseUrl={false}>
      {children}
    </Link>
  );
}

export default function SearchHits({query, answer, labels}: {query: string; answer: SearchAnswer; labels: SearchLabels}): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  return <>{resultsView(reactRender, query, answer, {labels, classes: searchClasses, href: withBaseUrl, link: ViewLink})}</>;
}
