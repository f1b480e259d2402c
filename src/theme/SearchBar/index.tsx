/**
 * Wrapped (not ejected): the search plugin's navbar box and its dependencies are not part
 * of a page's first load. They are fetched when the browser is idle after the page has
 * loaded, or at once when a partner reaches for search (pointer, focus, touch, Ctrl/⌘+K).
 * Until then an identical input stands in; it keeps the focus and hands any text typed
 * into it to the real box.
 */
import React, {useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {maxSearchQueryLength} from '../../utils/searchQuery';

type SearchBarComponent = ComponentType<Record<string, unknown>>;

let loading: Promise<SearchBarComponent> | undefined;
const loadPluginSearchBar = () => (loading ??= import('@theme-original/SearchBar').then((m) => m.default as SearchBarComponent));

export default function SearchBarWrapper(props: Record<string, unknown>): ReactNode {
  const [PluginSearchBar, setPluginSearchBar] = useState<SearchBarComponent | null>(null);
  const typed = useRef('');
  const focused = useRef(false);
  const load = useCallback(() => {
    void loadPluginSearchBar().then((component) => setPluginSearchBar(() => component));
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') load();
    };
    window.addEventListener('keydown', onKey);
    // Safari has no requestIdleCallback.
    const onIdle = window.requestIdleCallback as typeof window.requestIdleCallback | undefined;
    const idle = onIdle ? onIdle(load, {timeout: 4000}) : window.setTimeout(load, 3000);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (onIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [load]);

  if (PluginSearchBar) {
    return (
      <HandOver typed={typed.current} focused={focused.current}>
        <PluginSearchBar {...props} />
      </HandOver>
    );
  }
  const label = translate({id: 'theme.SearchBar.label', message: '検索', description: 'The ARIA label and placeholder for search button'});
  return (
    <div className="navbar__search">
      <input
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        maxLength={maxSearchQueryLength}
        onPointerEnter={load}
        onTouchStart={load}
        onFocus={() => {
          focused.current = true;
          load();
        }}
        onBlur={() => {
          focused.current = false;
        }}
        onChange={(event) => {
          typed.current = event.target.value;
        }}
      />
    </div>
  );
}

/** Gives the plugin's box the focus and the text the stand-in had (re-sent until the box has attached its suggestions). */
function HandOver({typed, focused, children}: {typed: string; focused: boolean; children: ReactNode}): ReactNode {
  const container = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const input = container.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return undefined;
    input.maxLength = maxSearchQueryLength;
    if (focused) input.focus();
    if (!typed) return undefined;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    let tries = 0;
    const send = () => {
      setValue.call(input, typed);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    };
    send();
    const timer = window.setInterval(() => {
      tries += 1;
      if (tries > 20 || container.current?.querySelector('[role="listbox"] *')) window.clearInterval(timer);
      else send();
    }, 100);
    return () => window.clearInterval(timer);
  }, [typed, focused]);
  return (
    <span ref={container} style={{display: 'contents'}}>
      {children}
    </span>
  );
}
