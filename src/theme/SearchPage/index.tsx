/**
 * Wrapped (not ejected): the query in `?q=` follows src/utils/searchQuery.ts (NFKC, capped
 * length) before the plugin's page reads it, so ＶＰＮ and ﾗｲｾﾝｽ find VPN and ライセンス.
 */
import React, {useEffect, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import SearchPage from '@theme-original/SearchPage';
import {normalizeSearchQuery} from '../../utils/searchQuery';
export default function SearchPageWrapper(props: Record<string, unknown>): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const query = new URLSearchParams(location.search).get('q');
  const normalized = query === null ? null : normalizeSearchQuery(query);
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
