/**
 * Swizzled (the classic theme ships no search box). Every page gets a plain search form
 * here — a GET form to /search, so it works before and without JavaScript — and the status
 * search's combobox (src/components/StatusSearch/NavbarSearch) with its engine is loaded
 * only when a partner reaches for the box (pointer, touch, focus, Ctrl/⌘+K): it is not
 * part of any page's first load. Text typed meanwhile, and the focus, are handed over.
 */
import React, {useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import type {NavbarSearchProps} from '@site/src/components/StatusSearch/NavbarSearch';
import {maxQueryLength} from '@site/src/search/query';
import {loadStatusSearch} from '@site/src/search/load';

let loading: Promise<ComponentType<NavbarSearchProps>> | undefined;
// Once loaded, a navbar rendered again (another layout after a navigation) starts with it.
let loaded: ComponentType<NavbarSearchProps> | undefined;
const loadCombobox = () =>
  (loading ??= import('@site/src/components/StatusSearch/NavbarSearch').then((m) => {
    loaded = m.default;
    return m.default;
  }));

export default function SearchBar(): ReactNode {
  const [Combobox, setCombobox] = useState<ComponentType<NavbarSearchProps> | undefined>(() => loaded);
  const standIn = useRef<HTMLInputElement>(null);
  const handOver = useRef<NavbarSearchProps>({});
  const load = useCallback(() => {
    void loadStatusSearch();
    void loadCombobox().then((component) => {
      const input = standIn.current;
      handOver.current = {initialQuery: input?.value ?? '', focus: input !== null && document.activeElement === input};
      setCombobox(() => component);
    });
  }, []);

  // Focus or text that came before the app was up: load now, and hand them over.
  useEffect(() => {
    if (standIn.current?.value || (standIn.current && document.activeElement === standIn.current)) load();
  }, [load]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        standIn.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const searchPage = useBaseUrl('/search');
  if (Combobox) return <Combobox {...handOver.current} />;
  const label = translate({id: 'theme.SearchBar.label', message: '検索', description: 'The ARIA label and placeholder for search button'});
  return (
    <form className={clsx('navbar__search')} role="search" action={searchPage} method="get">
      <input
        ref={standIn}
        className="navbar__search-input"
        type="search"
        name="q"
        placeholder={label}
        aria-label={label}
        maxLength={maxQueryLength}
        autoComplete="off"
        onFocus={load}
        onPointerEnter={load}
        onTouchStart={load}
        onInput={load}
      />
    </form>
  );
}
