/**
 * The L1 → L2 (→ L3) tree, rendered from the taxonomy. The whole tree is in the
 * server-rendered HTML (it works without JavaScript); with JavaScript, groups collapse and
 * the filter box narrows the tree instantly. The filter text lives in `?filter=` so a
 * filtered view can be shared.
 */
import React, {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory} from '@docusaurus/router';
import {useQueryString} from '@docusaurus/theme-common';
import {joinList} from '../../taxonomy/locale';
import type {Locale} from '../../taxonomy/types';
import type {LocalNode, LocalTaxonomy} from '../../taxonomy/localized';
import {useLocale, useTaxonomy} from '../../hooks/useStatus';
import {loadStatusWords} from '../../search/load';
import {filterTree, matchedWords, queryTerms, type FilterResult, type StatusWords} from './filter';
import styles from './styles.module.css';

export interface StatusTreeProps {
  /** Show only the subtree below this status (e.g. on an L1 page). */
  readonly rootKey?: string;
  /** Show the filter box (default: only for the full tree). */
  readonly filterable?: boolean;
  /** Another taxonomy, for tests with fixtures (L3 nodes). */
  readonly taxonomy?: LocalTaxonomy;
  /** The words by status key, for tests (the site fetches the search vocabulary when filtering starts). */
  readonly words?: StatusWords;
}

export default function StatusTree({rootKey, filterable = rootKey === undefined, taxonomy: fixture, words: wordsProp}: StatusTreeProps): ReactNode {
  const locale = useLocale();
  const siteTaxonomy = useTaxonomy();
  const taxonomy = fixture ?? siteTaxonomy;
  const roots = rootKey === undefined ? taxonomy.roots : taxonomy.get(rootKey).children;
  const [urlFilter, setUrlFilter] = useQueryString('filter');
  const [query, setQuery] = useState(filterable ? urlFilter : '');
  const history = useHistory();
  // Follow the URL only when it changes from outside — the page load (a pasted link) or
  // Back/Forward, all POP navigations — never after our own replace while typing, whose
  // late echo would overwrite newer keystrokes.
  useEffect(() => {
    if (filterable && history.action === 'POP') setQuery(urlFilter);
  }, [filterable, urlFilter, history]);
  // The words partners type (the search vocabulary) arrive when filtering starts; until then
  // the filter matches names and definitions, and it refines itself when they are here.
  const [words, setWords] = useState<StatusWords>();
  const wordsFrom = wordsProp ?? words;
  const filtering = query.trim() !== '';
  useEffect(() => {
    if (filtering && !wordsProp && !words) loadStatusWords().then(setWords, () => undefined);
  }, [filtering, wordsProp, words]);
  const result = useMemo(() => filterTree(roots, query, wordsFrom), [roots, query, wordsFrom]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const updateQuery = (value: string) => {
    setQuery(value);
    setUrlFilter(value || null);
  };
  // Text typed before the app was up: hydration keeps it in the box but not in our state.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (filterable && typed && typed !== query) updateQuery(typed);
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const toggle = (key: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className={styles.statusTree}>
      {filterable && (
        <div className={styles.filter} role="search">
          <label htmlFor={inputId} className={styles.filterLabel}>
            <Translate id="statusTree.filter.label" description="Label of the status tree filter box">
              ステータスを絞り込む
            </Translate>
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="site-input"
            type="search"
            name="filter"
            autoComplete="off"
            value={query}
            placeholder={translate({
              id: 'statusTree.filter.placeholder',
              message: '例: 移行、ライセンス、VPN',
              description: 'Placeholder of the status tree filter box',
            })}
            onChange={(event) => updateQuery(event.target.value)}
          />
          <p className={styles.filterStatus} aria-live="polite" role="status">
            {result && <MatchCount count={result.matched.size} />}
          </p>
        </div>
      )}
      {result && result.matched.size === 0 ? (
        <div className={styles.noMatch}>
          <p>
            <Translate id="statusTree.noMatch" values={{query: <strong>{query}</strong>}} description="Shown when no status matches the filter">
              {'「{query}」に一致するステータスはありません。'}
            </Translate>
          </p>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              updateQuery('');
              inputRef.current?.focus();
            }}>
            <Translate id="statusTree.clearFilter" description="Button that clears the status tree filter">
              絞り込みを解除してすべて表示
            </Translate>
          </button>
        </div>
      ) : (
        <TreeLevel nodes={roots} locale={locale} result={result} collapsed={collapsed} onToggle={toggle} terms={queryTerms(query)} words={wordsFrom ?? {}} />
      )}
    </div>
  );
}

function MatchCount({count}: {count: number}): ReactNode {
  return (
    <Translate id="statusTree.matchCount" values={{count}} description="Number of statuses matching the filter">
      {'{count} 件のステータスが一致しました'}
    </Translate>
  );
}

interface LevelProps {
  readonly nodes: readonly LocalNode[];
  readonly locale: Locale;
  readonly result: FilterResult | undefined;
  readonly collapsed: ReadonlySet<string>;
  readonly onToggle: (key: string) => void;
  readonly terms: readonly string[];
  readonly words: StatusWords;
  readonly id?: string;
  readonly hidden?: boolean;
}

function TreeLevel({nodes, locale, result, collapsed, onToggle, terms, words, id, hidden}: LevelProps): ReactNode {
  const shown = result ? nodes.filter((n) => result.visible.has(n.key)) : nodes;
  return (
    <ul className={styles.level} id={id} hidden={hidden}>
      {shown.map((node) => {
        const groupId = `status-tree-${node.key.replaceAll('/', '--')}`;
        // While filtering, every shown group is open so that the matches are visible.
        const isCollapsed = !result && collapsed.has(node.key);
        const name = node.name;
        return (
          <li key={node.key} className={styles.node} data-level={node.level} data-status={node.key}>
            <div className={styles.row}>
              {node.children.length > 0 && (
                <button
                  type="button"
                  className={styles.toggle}
                  aria-expanded={!isCollapsed}
                  aria-controls={groupId}
                  disabled={Boolean(result)}
                  onClick={() => onToggle(node.key)}>
                  <span className="sr-only">
                    {translate(
                      {id: 'statusTree.toggle', message: '{name} の下位ステータスを表示', description: 'Accessible name of the expand/collapse button'},
                      {name},
                    )}
                  </span>
                </button>
              )}
              <span className={styles.levelBadge} aria-hidden="true">
                L{node.level}
              </span>
              <Link className={styles.nodeLink} to={node.path}>
                {name}
              </Link>
              {node.children.length > 0 && (
                <span className={styles.childCount}>
                  {translate({id: 'statusTree.childCount', message: '({count})', description: 'Number of sub-statuses of a tree node'}, {count: node.children.length})}
                </span>
              )}
            </div>
            <p className={styles.summary}>{node.summary}</p>
            {result?.matched.has(node.key) && <MatchedKeywords node={node} locale={locale} terms={terms} words={words} />}
            {node.children.length > 0 && (
              <TreeLevel
                nodes={node.children}
                locale={locale}
                result={result}
                collapsed={collapsed}
                onToggle={onToggle}
                terms={terms}
                words={words}
                id={groupId}
                hidden={isCollapsed}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** When a status matched by a word the partner typed, show which one, so the partner sees why it is listed. */
function MatchedKeywords({node, locale, terms, words}: {node: LocalNode; locale: Locale; terms: readonly string[]; words: StatusWords}): ReactNode {
  const hits = matchedWords(node, terms, words);
  if (hits.length === 0) return null;
  return (
    <p className={styles.keywords}>
      <Translate id="statusTree.matchedKeywords" description="Prefix of the keywords that matched the filter">
        キーワード:
      </Translate>{' '}
      {joinList(hits, locale)}
    </p>
  );
}
