/**
 * The shareable results page: /search?q=… (/en/search?q=…). The query lives in the URL, so
 * a search can be pasted into an email; results are statuses first, then glossary terms.
 * With nothing found it offers the finder and the tree.
 *
 * Its results are its content, so they come before the app: the page preloads the engine
 * script and the index, the content-first starter runs the script at once, and it paints the
 * results for the URL's query into the results container (`data-search-paint` tells it how).
 * React's first render then uses that same engine and renders the same markup
 * (components/StatusSearch/view.ts), so hydration adopts the painted elements: no second
 * fetch, no flash, nothing moves.
 */
import React, {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Head from '@docusaurus/Head';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {engineScriptUrl, indexUrl, searchForFirstRender} from '../search/load';
import {countAttribute, paintAttribute} from '../search/script';
import {cleanQuery, maxQueryLength} from '../search/query';
import SearchHits from '../components/StatusSearch/SearchHits';
import {searchClasses} from '../components/StatusSearch/Evidence';
import {searchLabels} from '../components/StatusSearch/labels';
import {countText, resultLimits, type PaintConfig} from '../components/StatusSearch/view';
import {useStatusSearch} from '../components/StatusSearch/useStatusSearch';
import styles from '../components/StatusSearch/styles.module.css';

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const urlQuery = cleanQuery(new URLSearchParams(location.search).get('q'));
  const [query, setQuery] = useState(urlQuery);
  const {answer, failed} = useStatusSearch(query, {autoStart: true, ...resultLimits, initial: () => searchForFirstRender(urlQuery)});
  const inputId = useId();
  const searchPage = useBaseUrl('/search');
  const base = useBaseUrl('/');
  const labels = useMemo(searchLabels, []);
  const paintConfig = useMemo(() => JSON.stringify({index: indexUrl, base, labels, classes: searchClasses} satisfies PaintConfig), [base, labels]);

  const inputRef = useRef<HTMLInputElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      // Text typed before the page came to life (the box is usable from the first paint) is kept.
      const typed = inputRef.current?.value ?? '';
      if (typed !== '' && typed !== urlQuery) setQuery(cleanQuery(typed));
      return;
    }
    // Back/Forward and links to this page change the URL: follow it.
    setQuery(urlQuery);
  }, [urlQuery]);
  // The URL always holds the query as searched (normalised and capped).
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if ((params.get('q') ?? '') === query) return;
    if (query) params.set('q', query);
    else params.delete('q');
    const search = params.toString();
    history.replace({search: search ? `?${search}` : '', hash: location.hash});
  }, [query, history, location.search, location.hash]);

  const title = translate({id: 'search.page.title', message: 'ステータスを検索', description: 'Title of the search results page'});
  return (
    <Layout title={title} description={translate({id: 'search.page.description', message: '状況を表すキーワードや文章から、当てはまるステータスを探します。', description: 'Meta description of the search results page'})}>
      <Head>
        {/* The results are this page's content: the engine and the index download with the page, and the starter runs the engine at once.
            The script at low priority: the style sheet comes first (at high priority a preloaded script counts as render-blocking). */}
        <link rel="preload" href={indexUrl} as="fetch" type="application/json" crossOrigin="anonymous" />
        <link rel="preload" href={engineScriptUrl} as="script" fetchPriority="low" data-paints-content="" />
      </Head>
      <main className={`container margin-vert--lg ${styles.searchPage}`}>
        <Heading as="h1">{title}</Heading>
        <form
          role="search"
          action={searchPage}
          method="get"
          className={styles.searchForm}
          onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={inputId} className={styles.searchLabel}>
            <Translate id="search.page.label" description="Label of the search box on the results page">
              お客様の状況をキーワードや文章で入力してください
            </Translate>
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="site-input"
            type="search"
            name="q"
            value={query}
            maxLength={maxQueryLength}
            autoComplete="off"
            placeholder={translate({id: 'search.page.placeholder', message: '例: お客様と連絡が取れない、ライセンスが足りない、VPN', description: 'Placeholder of the search box on the results page'})}
            onChange={(event) => setQuery(cleanQuery(event.target.value))}
          />
        </form>
        <p role="status" aria-live="polite" className={styles.resultCount} {...{[countAttribute]: ''}}>
          {countText(labels, query, answer, failed)}
        </p>
        <div className={styles.results} data-results-for={answer ? query : undefined} {...{[paintAttribute]: paintConfig}}>
          {answer && <SearchHits query={query} answer={answer} labels={labels} />}
        </div>
      </main>
    </Layout>
  );
}
