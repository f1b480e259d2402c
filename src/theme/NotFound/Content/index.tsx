/**
 * Swizzled (ejected): a partner who follows an old or mistyped link lands here, so the
 * 404 page offers what gets them to the right status — a search box (a plain GET form to
 * the search page, so it works without JavaScript) and the whole status tree.
 */
import React, {useEffect, useId, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import StatusTree from '@site/src/components/StatusTree';
import styles from './styles.module.css';

/**
 * Hosts with a single 404 page for the whole site (GitHub Pages, Azure Static Web Apps)
 * serve the Japanese one for English paths too: send those to the English 404 page.
 */
function useForwardToLocale404(): void {
  const {i18n} = useDocusaurusContext();
  useEffect(() => {
    if (i18n.currentLocale !== i18n.defaultLocale) return;
    const {pathname} = window.location;
    for (const locale of i18n.locales) {
      const base = i18n.localeConfigs[locale]?.baseUrl;
      if (locale !== i18n.defaultLocale && base && base !== '/' && pathname.startsWith(base) && !pathname.endsWith('/404.html')) {
        window.location.replace(`${base}404.html`);
        return;
      }
    }
  }, [i18n]);
}

export default function NotFoundContent({className}: Props): ReactNode {
  const searchId = useId();
  useForwardToLocale404();
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
