/**
 * The navbar search box: an accessible combobox (Downshift) that suggests statuses while the
 * partner types, each with its L1 › L2 trail and the evidence that matched. Enter without a
 * highlighted suggestion opens the shareable results page. It is loaded (with the engine)
 * when the partner first reaches for the box: src/theme/SearchBar stands in until then.
 */
import React, {useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCombobox} from 'downshift';
import {useHistory} from '@docusaurus/router';
import useBaseUrl, {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import type {SearchHit} from '../../search/engine';
import {maxQueryLength} from '../../search/query';
import {useStatusSearch} from './useStatusSearch';
import Evidence from './Evidence';
import styles from './styles.module.css';

const suggestionCount = 6;

export interface NavbarSearchProps {
  /** Text typed into the stand-in box before this one loaded. */
  readonly initialQuery?: string;
  /** Take the focus on mount (the stand-in had it). */
  readonly focus?: boolean;
}

export default function NavbarSearch({initialQuery = '', focus = false}: NavbarSearchProps): ReactNode {
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const searchPage = useBaseUrl('/search');
  const resultsUrl = (q: string) => `${searchPage}?q=${encodeURIComponent(q)}`;
  const statusId = useId();
  // The suggestions, with the text they answer (set once the engine has answered it).
  const [suggested, setSuggested] = useState<{query: string; hits: readonly SearchHit[]}>();
  const hits = suggested?.hits ?? [];

  // Uncontrolled input: Downshift owns the text, so no keystroke is lost to a render that
  // lags behind fast typing; the suggestions follow the text it reports.
  const {isOpen, highlightedIndex, inputValue, getInputProps, getMenuProps, getItemProps} = useCombobox<SearchHit>({
    items: [...hits],
    itemToString: (hit) => hit?.document.title ?? '',
    onSelectedItemChange: ({selectedItem}) => {
      if (selectedItem) history.push(withBaseUrl(selectedItem.href));
    },
    // A suggestion reached by arrow keys or pointer is an intent: fetch its page's code.
    onHighlightedIndexChange: ({highlightedIndex: index}) => {
      const hit = index === undefined ? undefined : hits[index];
      if (hit) void window.docusaurus.preload(withBaseUrl(hit.href).split('#')[0]!);
    },
    selectedItem: null,
    initialInputValue: initialQuery,
    initialIsOpen: initialQuery !== '',
    stateReducer: (state, {type, changes}) =>
      // Choosing a suggestion navigates; the box keeps what was typed.
      type === useCombobox.stateChangeTypes.ItemClick || type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.InputBlur
        ? {...changes, inputValue: state.inputValue}
        : changes,
  });
  const query = inputValue.slice(0, maxQueryLength);
  const {answer, start} = useStatusSearch(query, {statuses: suggestionCount, glossary: 0, autoStart: true});
  const inputRef = useRef<HTMLInputElement>(null);
  // Before paint, so focus never leaves the box while the stand-in is replaced.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (focus && input) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }, [focus]);
  useEffect(() => setSuggested(answer ? {query, hits: answer.statuses} : undefined), [answer, query]);
  const label = translate({id: 'theme.SearchBar.label', message: '検索', description: 'The ARIA label and placeholder for search button'});
  const trimmed = query.trim();
  const showPopup = isOpen && trimmed !== '' && suggested !== undefined;
  const shown = showPopup ? hits : [];
  const announcement =
    suggested === undefined || trimmed === ''
      ? ''
      : hits.length === 0
        ? translate({id: 'search.suggestions.none', message: '該当するステータスはありません。Enter で検索結果のページを開きます。', description: 'Screen-reader announcement when the navbar search has no suggestion'})
        : translate(
            {id: 'search.suggestions.count', message: '{count} 件のステータスが見つかりました。上下の矢印キーで選べます。', description: 'Screen-reader announcement of the number of navbar search suggestions'},
            {count: hits.length},
          );

  return (
    <form
      className={clsx('navbar__search', styles.navbarSearch)}
      role="search"
      action={searchPage}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) history.push(resultsUrl(trimmed));
      }}>
      <input
        {...getInputProps({
          ref: inputRef,
          className: 'navbar__search-input',
          name: 'q',
          type: 'search',
          placeholder: label,
          'aria-label': label,
          maxLength: maxQueryLength,
          autoComplete: 'off',
          onKeyDown: (event) => {
            // Enter with no suggestion chosen opens the results page. (Downshift swallows Enter
            // while its list is open; an Enter that confirms a Japanese IME conversion is left alone.)
            if (event.key !== 'Enter' || highlightedIndex >= 0 || event.nativeEvent.isComposing) return;
            (event.nativeEvent as KeyboardEvent & {preventDownshiftDefault?: boolean}).preventDownshiftDefault = true;
            event.preventDefault();
            if (trimmed) history.push(resultsUrl(trimmed));
          },
        })}
      />
      <ul {...getMenuProps({className: clsx(styles.suggestions, !showPopup && styles.hidden)})} data-results-for={suggested?.query}>
        {shown.map((hit, index) => (
            <li
              key={hit.document.id}
              data-status-key={hit.document.id}
              className={clsx(styles.suggestion, highlightedIndex === index && styles.highlighted)}
              {...getItemProps({item: hit, index})}>
              <span className={styles.suggestionTitle}>{hit.document.title}</span>
              <span className={styles.trail}>{hit.document.trail}</span>
              {hit.evidence[0] && <Evidence evidence={hit.evidence[0]} />}
            </li>
        ))}
      </ul>
      {showPopup && (
        <a className={styles.allResults} href={resultsUrl(trimmed)} onClick={(event) => {
          event.preventDefault();
          history.push(resultsUrl(trimmed));
        }}>
          {shown.length === 0
            ? translate({id: 'search.suggestions.noneLink', message: '該当するステータスはありません。検索結果のページへ', description: 'Link under an empty navbar search popup'})
            : translate({id: 'search.suggestions.all', message: 'すべての検索結果を見る', description: 'Link under the navbar search suggestions to the results page'})}
        </a>
      )}
      <div id={statusId} role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </form>
  );
}
