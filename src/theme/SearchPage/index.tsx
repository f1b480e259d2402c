/**
 * Wrapped (not ejected): the search plugin matches full-width letters (ＶＰＮ) and
 * half-width katakana (ﾗｲｾﾝｽ) to nothing, and Japanese keyboards type both. The query in
 * `?q=` is NFKC-normalised before the plugin's page reads it, so they find VPN/ライセンス,
 * and capped in length like the navbar box.
 */
import React, {useEffect, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import SearchPage from '@theme-original/SearchPage';
import {maxSearchQueryLength} from '../../clientModules/searchQueryLimit';
export default function SearchPageWrapper(props: Record<string, unknown>): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const query = new URLSearchParams(location.search).get('q');
  const normalized = query?.normalize('NFKC').slice(0, maxSearchQueryLength);
  const needsRewrite = query !== null && normalized !== query;
  useEffect(() => {
    if (!needsRewrite) return;
    const params = new URLSearchParams(location.search);
    params.set('q', normalized!);
    history.replace({...location, search: `?${params.toString()}`});
  }, [needsRewrite, normalized, location, history]);
  // Not rendered until the URL holds the normalised query: the plugin's page would start
  // searching with the raw one first.
  return needsRewrite ? null : <SearchPage {...props} />;
}
