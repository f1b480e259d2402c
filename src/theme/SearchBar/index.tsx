/**
 * Wrapped (not ejected): the search plugin's navbar box and its dependencies are not part
 * of a page's first load. They are fetched when a partner reaches for search (pointer,
 * focus, touch, Ctrl/⌘+K). Until then an identical input stands in; it keeps the focus
 * and hands any text typed into it to the real box.
 */
import React, {useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
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
    return () => window.removeEventListener('keydown', onKey);
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

/**
 * The plugin focuses its box again once its index has loaded, even when a keyboard user
 * has tabbed on and is typing elsewhere. A focus move onto the box that no user action
 * asked for (Tab, a press on the box, Ctrl/⌘+K) is undone, back to where focus was.
 */
function useNoFocusTheft(container: React.RefObject<HTMLSpanElement | null>): void {
  useEffect(() => {
    // A Tab, Ctrl/⌘+K or a press on the box licenses exactly the next focus move.
    let licensed = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) licensed = true;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (container.current?.contains(event.target as Node)) licensed = true;
    };
    const onFocusIn = (event: FocusEvent) => {
      const wasLicensed = licensed;
      licensed = false;
      const input = container.current?.querySelector('input.navbar__search-input');
      const from = event.relatedTarget;
      if (event.target === input && !wasLicensed && from instanceof HTMLElement && !container.current?.contains(from)) from.focus();
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('focusin', onFocusIn, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('focusin', onFocusIn, true);
    };
  }, [container]);
}

/**
 * Gives the plugin's box the focus and the text the stand-in had. The plugin renders its
 * input a moment after mounting and attaches suggestions later still, so this retries
 * (every 50 ms, for 2 s at most) until the input exists and, with text, until it answers.
 */
function HandOver({typed, focused, children}: {typed: string; focused: boolean; children: ReactNode}): ReactNode {
  const container = useRef<HTMLSpanElement>(null);
  useNoFocusTheft(container);
  // Layout effect: the stand-in is gone once this commit is applied; focusing before the
  // browser paints leaves no moment with nothing focused. (Rendered in the browser only.)
  useLayoutEffect(() => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    let tries = 0;
    const step = (): boolean => {
      const input = container.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
      if (!input) return false;
      input.maxLength = maxSearchQueryLength;
      if (focused && document.activeElement !== input) input.focus();
      if (!typed) return true;
      if (container.current?.querySelector('[role="listbox"] *')) return true;
      setValue.call(input, typed);
      input.dispatchEvent(new Event('input', {bubbles: true}));
      return false;
    };
    if (step()) return undefined;
    const timer = window.setInterval(() => {
      tries += 1;
      if (step() || tries >= 40) window.clearInterval(timer);
    }, 50);
    return () => window.clearInterval(timer);
  }, [typed, focused]);
  return (
    <span ref={container} style={{display: 'contents'}}>
      {children}
    </span>
  );
}
