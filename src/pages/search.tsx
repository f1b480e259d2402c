/**
 * The shareable results page: /search?q=… (/en/search?q=…). The query lives in the URL, so
 * a search can be pasted into an email; results are statuses first, then glossary terms.
 * With nothing found it offers the finder and the tree.
 */
import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Head from '@docusaurus/Head';
import {documentsUrl} from '../search/load';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {cleanQuery, maxQueryLength} from '../search/query';
import SearchHits from '../components/StatusSearch/SearchHits';
import {useStatusSearch} from '../components/StatusSearch/useStatusSearch';
import styles from '../components/StatusSearch/styles.module.css';

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const urlQuery = cleanQuery(new URLSearchParams(location.search).get('q'));
  const [query, setQuery] = useState(urlQuery);
  const {answer, failed} = useStatusSearch(query, {autoStart: true});
  const inputId = useId();
  const searchPage = useBaseUrl('/search');

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

  const trimmed = query.trim();
  const count = answer?.statuses.length ?? 0;
  const title = translate({id: 'search.page.title', message: 'ステータスを検索', description: 'Title of the search results page'});
  return (
    <Layout title={title} description={translate({id: 'search.page.description', message: '状況を表すキーワードや文章から、当てはまるステータスを探します。', description: 'Meta description of the search results page'})}>
      <Head>
        {/* The results are this page's content: its documents download with the page, not after the app starts. */}
        <link rel="preload" href={documentsUrl} as="fetch" type="application/json" crossOrigin="anonymous" />
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
        <p role="status" aria-live="polite" className={styles.resultCount}>
          {failed
            ? translate({id: 'search.page.failed', message: '検索を読み込めませんでした。ページを再読み込みしてください。', description: 'Shown when the search could not be loaded'})
            : trimmed === '' || answer === undefined
              ? ''
              : count === 0
                ? translate({id: 'search.page.none', message: '「{query}」に当てはまるステータスは見つかりませんでした。', description: 'Result count when nothing was found'}, {query: trimmed})
                : translate({id: 'search.page.count', message: '「{query}」に当てはまるステータス: {count} 件', description: 'Result count of the search results page'}, {query: trimmed, count})}
        </p>
        {answer && <div data-results-for={query}>{trimmed !== '' && <SearchHits answer={answer} />}</div>}
        {answer && trimmed !== '' && count === 0 && (
          <div className={styles.noResults}>
            <p>
              <Translate id="search.page.noneHelp" description="Help under an empty search result">
                言葉を変えて検索するか、質問に答えてステータスを絞り込むか、一覧から選んでください。
              </Translate>
            </p>
            <ul>
              <li>
                <Link to="/finder">
                  <Translate id="search.page.toFinder" description="Link to the status finder from an empty search result">
                    ステータス診断 (質問に答えて選ぶ)
                  </Translate>
                </Link>
              </li>
              <li>
                <Link to="/">
                  <Translate id="search.page.toTree" description="Link to the status tree from an empty search result">
                    ステータス一覧 (すべてのステータス)
                  </Translate>
                </Link>
              </li>
            </ul>
          </div>
        )}
      </main>
    </Layout>
  );
}
