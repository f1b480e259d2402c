// @vitest-environment jsdom
import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import StatusTree from './index';
import {ancestorsOf, localTaxonomy, taxonomy} from '../../taxonomy';
import {filterTree} from './filter';
import {l3FixtureKeys, l3FixtureParent, taxonomyWithL3} from '../../../tests/fixtures/taxonomyWithL3';
import {vocabulary, wordsOf} from '../../search/vocabulary';
import {setTestLocale} from '../../../tests/unit/docusaurus-doubles/useDocusaurusContext';

// Samples from the taxonomy, so the tests survive added, renamed and retired statuses.
const firstL2 = taxonomy.all.find((n) => n.level === 2)!;
const l1Group = taxonomy.roots.find((n) => n.children.length > 0)!;
/** An English keyword only one leaf status has (its ancestors show for context; a group would show its children too). */
const unique = (() => {
  for (const node of taxonomy.leaves.filter((n) => n.level > 1)) {
    for (const keyword of wordsOf(node.key, 'en')) {
      const hits = filterTree(localTaxonomy('en').roots, keyword, vocabulary.en)!;
      if (/^[a-z]{4,}$/i.test(keyword) && hits.matched.size === 1) return {node, keyword};
    }
  }
  throw new Error('no English keyword is unique to one status');
})();
/** A Japanese keyword that matches some statuses but not all. */
const jaQuery = (() => {
  for (const node of taxonomy.all) {
    for (const keyword of wordsOf(node.key, 'ja')) {
      const hits = filterTree(localTaxonomy('ja').roots, keyword, vocabulary.ja)!;
      if (hits.matched.size > 0 && hits.visible.size < taxonomy.all.length) return {node, keyword, hits};
    }
  }
  throw new Error('no Japanese keyword narrows the tree');
})();
const notShown = (visible: ReadonlySet<string>) => taxonomy.all.find((n) => !visible.has(n.key))!;

const treeLinks = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLAnchorElement>('li[data-status] > div > a')].map((a) => a.getAttribute('href'));

beforeEach(() => {
  setTestLocale('ja');
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('StatusTree', () => {
  it('renders every status as a link to its page, in tree order', () => {
    const {container} = render(<StatusTree />);
    expect(treeLinks(container)).toEqual(taxonomy.all.map((n) => n.path));
    expect(screen.getByRole('link', {name: firstL2.name.ja}).getAttribute('href')).toBe(firstL2.path);
  });

  it('renders names and summaries in English for the en locale', () => {
    setTestLocale('en');
    render(<StatusTree />);
    expect(screen.getByRole('link', {name: firstL2.name.en})).toBeTruthy();
    expect(screen.queryByRole('link', {name: firstL2.name.ja})).toBeNull();
  });

  it('narrows the tree as the partner types, and keeps the filter in the URL', () => {
    const {container} = render(<StatusTree words={vocabulary.ja} />);
    fireEvent.change(screen.getByLabelText('ステータスを絞り込む'), {target: {value: jaQuery.keyword}});
    const links = treeLinks(container);
    expect(links).toContain(jaQuery.node.path);
    expect(links).not.toContain(notShown(jaQuery.hits.visible).path);
    expect(links.length).toBeLessThan(taxonomy.all.length);
    expect(new URLSearchParams(window.location.search).get('filter')).toBe(jaQuery.keyword);
    expect(screen.getByRole('status').textContent).toMatch(/件のステータスが一致しました/);
  });

  it('filters English case-insensitively', () => {
    setTestLocale('en');
    const {container} = render(<StatusTree words={vocabulary.en} />);
    fireEvent.change(screen.getByLabelText('ステータスを絞り込む'), {target: {value: unique.keyword.toUpperCase()}});
    expect(treeLinks(container)).toEqual([...ancestorsOf(unique.node).map((n) => n.path), unique.node.path]);
    expect(container.textContent).toContain(unique.keyword); // the matched keyword is shown
  });

  it('starts from ?filter= so a filtered view can be shared', () => {
    window.history.replaceState(null, '', `/?filter=${encodeURIComponent(jaQuery.keyword)}`);
    const {container} = render(<StatusTree words={vocabulary.ja} />);
    expect((screen.getByLabelText('ステータスを絞り込む') as HTMLInputElement).value).toBe(jaQuery.keyword);
    expect(treeLinks(container)).toContain(jaQuery.node.path);
    expect(treeLinks(container)).not.toContain(notShown(jaQuery.hits.visible).path);
  });

  it('fetches the search vocabulary when the partner starts typing, not with the page, and then finds statuses by it', async () => {
    // A word only the vocabulary has (not in any name, definition or note).
    const vocabularyOnly = (() => {
      for (const node of taxonomy.all) {
        for (const word of wordsOf(node.key, 'ja')) {
          if ((filterTree(localTaxonomy('ja').roots, word)?.matched.size ?? 0) === 0 && filterTree(localTaxonomy('ja').roots, word, vocabulary.ja)!.matched.has(node.key)) return {node, word};
        }
      }
      throw new Error('every Japanese word is also in some name or definition');
    })();
    const fetch = vi.fn(async (_url: RequestInfo | URL) => new Response(JSON.stringify(vocabulary.ja)));
    vi.stubGlobal('fetch', fetch);
    try {
      const {container} = render(<StatusTree />);
      expect(fetch).not.toHaveBeenCalled();
      fireEvent.change(screen.getByLabelText('ステータスを絞り込む'), {target: {value: vocabularyOnly.word}});
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(String(fetch.mock.calls[0]![0])).toMatch(/\.json$/);
      await waitFor(() => expect(treeLinks(container)).toContain(vocabularyOnly.node.path));
      expect(container.textContent).toContain(vocabularyOnly.word); // the matched word is shown
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a no-match state with a way back', () => {
    const {container} = render(<StatusTree />);
    const input = screen.getByLabelText('ステータスを絞り込む');
    fireEvent.change(input, {target: {value: 'zzzz存在しない'}});
    expect(container.textContent).toContain('に一致するステータスはありません');
    expect(treeLinks(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', {name: '絞り込みを解除してすべて表示'}));
    expect(treeLinks(container)).toHaveLength(taxonomy.all.length);
    expect(document.activeElement).toBe(input);
    expect(window.location.search).toBe('');
  });

  it('collapses and expands an L1 group (disclosure button with aria-expanded)', () => {
    render(<StatusTree />);
    const toggle = screen.getByRole('button', {name: `${l1Group.name.ja} の下位ステータスを表示`});
    const group = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(group.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(group.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(group.hidden).toBe(false);
  });

  it('renders only the subtree of an L1, without a filter box', () => {
    const {container} = render(<StatusTree rootKey={l1Group.key} />);
    expect(treeLinks(container)).toEqual(taxonomy.all.filter((n) => n.key.startsWith(`${l1Group.key}/`)).map((n) => n.path));
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('renders L3 nodes from a fixture taxonomy', () => {
    const {container} = render(<StatusTree taxonomy={localTaxonomy('ja', taxonomyWithL3)} />);
    expect(treeLinks(container)).toContain(`/${l3FixtureKeys[0]}`);
    const l2 = container.querySelector(`li[data-status="${l3FixtureParent.key}"]`) as HTMLElement;
    expect(within(l2).getByRole('button', {name: `${l3FixtureParent.name.ja} の下位ステータスを表示`})).toBeTruthy();
    expect(l2.querySelector('li[data-level="3"]')?.textContent).toContain('データ所在地テスト');
  });
});
