// @vitest-environment jsdom
import React from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import StatusTree from './index';
import {buildTaxonomy, l1Statuses, l2Statuses, taxonomy} from '../../taxonomy';
import {l3Fixture} from '../../../tests/fixtures/taxonomyWithL3';
import {setTestLocale} from '../../../tests/unit/docusaurus-doubles/useDocusaurusContext';

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
    expect(screen.getByRole('link', {name: '法務/規制'}).getAttribute('href')).toBe('/blocked/legal-regulatory');
  });

  it('renders names and summaries in English for the en locale', () => {
    setTestLocale('en');
    render(<StatusTree />);
    expect(screen.getByRole('link', {name: 'Legal/Regulatory'})).toBeTruthy();
    expect(screen.queryByRole('link', {name: '法務/規制'})).toBeNull();
  });

  it('narrows the tree as the partner types, and keeps the filter in the URL', () => {
    const {container} = render(<StatusTree />);
    fireEvent.change(screen.getByLabelText('ステータスを絞り込む'), {target: {value: '移行'}});
    const links = treeLinks(container);
    expect(links).toContain('/in-progress/migration');
    expect(links).not.toContain('/blocked/legal-regulatory');
    expect(links.length).toBeLessThan(taxonomy.all.length);
    expect(new URLSearchParams(window.location.search).get('filter')).toBe('移行');
    expect(screen.getByRole('status').textContent).toMatch(/件のステータスが一致しました/);
  });

  it('filters English case-insensitively', () => {
    setTestLocale('en');
    const {container} = render(<StatusTree />);
    fireEvent.change(screen.getByLabelText('ステータスを絞り込む'), {target: {value: 'SLACK'}});
    expect(treeLinks(container)).toEqual(['/no-intent', '/no-intent/using-competitive-solution']);
    expect(container.textContent).toContain('Slack'); // the matched keyword is shown
  });

  it('starts from ?filter= so a filtered view can be shared', () => {
    window.history.replaceState(null, '', '/?filter=ライセンス');
    const {container} = render(<StatusTree />);
    expect((screen.getByLabelText('ステータスを絞り込む') as HTMLInputElement).value).toBe('ライセンス');
    expect(treeLinks(container)).toContain('/blocked/billing-licensing-subscription');
    expect(treeLinks(container)).not.toContain('/in-progress/migration');
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
    const toggle = screen.getByRole('button', {name: 'ブロック の下位ステータスを表示'});
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
    const {container} = render(<StatusTree rootKey="in-progress" />);
    expect(treeLinks(container)).toEqual([
      '/in-progress/technical-onboarding-deployment',
      '/in-progress/migration',
      '/in-progress/solution-or-user-adoption',
    ]);
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('renders L3 nodes from a fixture taxonomy', () => {
    const fixture = buildTaxonomy(l1Statuses, l2Statuses, l3Fixture);
    const {container} = render(<StatusTree taxonomy={fixture} />);
    expect(treeLinks(container)).toContain('/blocked/legal-regulatory/data-residency');
    const l2 = container.querySelector('li[data-status="blocked/legal-regulatory"]') as HTMLElement;
    expect(within(l2).getByRole('button', {name: '法務/規制 の下位ステータスを表示'})).toBeTruthy();
    expect(l2.querySelector('li[data-level="3"]')?.textContent).toContain('データ所在地テスト');
  });
});
