/**
 * Swizzled (ejected): a partner who follows an old or mistyped link lands here, so the
 * 404 page offers what gets them to the right status — a near miss of a status URL goes on
 * to it (src/clientModules/landNearMiss), any other path gets the closest status pages
 * first ("did you mean", retired ones with their successor named), a search box (a plain GET form to the search page, so it works without
 * JavaScript) and the whole status tree.
 */
import React, {useEffect, useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import StatusTree from '@site/src/components/StatusTree';
import {siteBase, siteRelativePath} from '@site/src/clientModules/landNearMiss';
import {useTaxonomy} from '@site/src/hooks/useStatus';
import styles from './styles.module.css';

/** Where a forwarded English 404 page keeps the path that was asked for. */
const requestedParam = 'path';

/**
 * Runs once in the browser. A near miss of a status URL is left to the client module
 * landNearMiss, which is already replacing the address. Hosts with a single 404 page for
 * the whole site (GitHub Pages, Azure Static Web Apps) serve the Japanese one for English
 * paths too: those go on to the English 404 page, with the path, which is then used for
 * the suggestions. The matching code (and the two-language taxonomy it reads) is fetched
 * here, on a 404, not with every page: the docs layout chunk that holds this component
 * loads on every status page.
 */
function useSuggestions(): string[] {
  const {i18n} = useDocusaurusContext();
  const [suggestions, setSuggestions] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([import('@site/src/deploy/canonical'), import('@site/src/utils/didYouMean')]).then(([{canonicalStatusPath}, {suggestStatuses}]) => {
      if (live) setSuggestions(suggestionsFor(i18n, canonicalStatusPath, suggestStatuses));
    });
    return () => {
      live = false;
    };
  }, [i18n]);
  return suggestions;
}

/** Keys of the statuses closest to the path asked for (none for a near miss, which landNearMiss is replacing). */
function suggestionsFor(
  i18n: ReturnType<typeof useDocusaurusContext>['i18n'],
  canonicalStatusPath: typeof import('@site/src/deploy/canonical').canonicalStatusPath,
  suggestStatuses: typeof import('@site/src/utils/didYouMean').suggestStatuses,
): string[] {
  const {pathname, search} = window.location;
  if (canonicalStatusPath(siteRelativePath(pathname))) return [];
  const forwarded = pathname.endsWith('/404.html') ? new URLSearchParams(search).get(requestedParam) : null;
  const rawPath = forwarded ?? siteRelativePath(pathname, siteBase());
  if (i18n.currentLocale === i18n.defaultLocale && forwarded === null) {
    for (const locale of i18n.locales) {
      const base = i18n.localeConfigs[locale]?.baseUrl;
      if (locale !== i18n.defaultLocale && base && base !== '/' && pathname.startsWith(base)) {
        window.location.replace(`${base}404.html?${requestedParam}=${encodeURIComponent(rawPath)}`);
        return [];
      }
    }
  }
  return suggestStatuses(rawPath).map((status) => status.key);
}

export default function NotFoundContent({className}: Props): ReactNode {
  const searchId = useId();
  const suggestionsId = useId();
  const suggestions = useSuggestions();
  const taxonomy = useTaxonomy();
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <Heading as="h1">
        <Translate id="theme.NotFound.title" description="The title of the 404 page">
          ページが見つかりません
        </Translate>
      </Heading>
      <p>
        <Translate id="notFound.explanation" description="First paragraph of the 404 page">
          お探しのページは見つかりませんでした。リンクが古いか、URL が途中で切れている可能性があります。キーワードで検索するか、下のステータス一覧から選んでください。
        </Translate>
      </p>
      {suggestions.length > 0 && (
        <section className={styles.suggestions} aria-labelledby={suggestionsId}>
          <Heading as="h2" id={suggestionsId}>
            <Translate id="notFound.suggestionsHeading" description="Heading above the status pages closest to a mistyped URL on the 404 page">
              お探しのページはこちらではありませんか？
            </Translate>
          </Heading>
          <ul>
            {suggestions.flatMap((key) => {
              const status = taxonomy.find(key); // a retired status too: its URL forwards
              if (!status) return [];
              return [
                <li key={key} data-suggestion={key}>
                  <Link to={status.path}>{taxonomy.trail(status)}</Link>
                  {status.retired && (
                    <>
                      {' '}
                      <Translate
                        id="notFound.retiredSuggestion"
                        description="After a retired status suggested on the 404 page (its link forwards to the successor); {successor} is the successor's name"
                        values={{successor: taxonomy.trail(taxonomy.get(status.retired.successor))}}>
                        {'（廃止されました。後継: {successor}）'}
                      </Translate>
                    </>
                  )}
                </li>,
              ];
            })}
          </ul>
        </section>
      )}
      <form className={styles.search} action={useBaseUrl('/search')} method="get" role="search">
        <label htmlFor={searchId}>
          <Translate id="notFound.searchLabel" description="Label of the search box on the 404 page">
            キーワードで検索
          </Translate>
        </label>
        <input className="site-input" id={searchId} type="search" name="q" required placeholder={translate({id: 'notFound.searchPlaceholder', message: '例: ライセンス、VPN、障害', description: 'Placeholder of the 404 search box'})} />
        <button type="submit" className="button button--primary">
          <Translate id="notFound.searchButton" description="Submit button of the 404 search box">
            検索
          </Translate>
        </button>
      </form>
      <Heading as="h2">
        <Translate id="notFound.treeHeading" description="Heading above the status tree on the 404 page">
          ステータス一覧
        </Translate>
      </Heading>
      <StatusTree />
    </main>
  );
}
