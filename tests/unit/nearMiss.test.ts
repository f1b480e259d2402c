/** Near misses of status URLs land on the permanent URL; other unknown paths get suggestions. */
import {describe, expect, it} from 'vitest';
import {buildTaxonomy, l1Statuses, l2Statuses, l3Statuses, localePrefix, locales, statusTrail, taxonomy, type L2Data} from '../../src/taxonomy';
import {canonicalStatusPath, nearMissRules} from '../../src/deploy/canonical';
import {editDistance, suggestStatuses} from '../../src/utils/didYouMean';
import {mailtoHref} from '../../src/components/ShareByEmail';
import {nearMissForms} from '../support/nearMissForms';
import {mistypedPaths} from '../support/mistypedPaths';
import {mayBeNearMiss} from '../../src/deploy/mayBeNearMiss';
import {retirableAlone} from '../support/subjects';

const pages = locales.flatMap((locale) => [...taxonomy.all, ...taxonomy.retired].map((status) => ({locale, status, permanent: `${localePrefix(locale)}${status.path}`})));

/**
 * A retired status (fixture: the real taxonomy may have none): a seed L2 that can be retired
 * on its own, retired into another active L2, both picked by property.
 */
const retiring: L2Data = l2Statuses.find((s) => s.origin === 'seed' && retirableAlone(`${s.parent}/${s.id}`))!;
const successorKey = taxonomy.all.find((n) => n.level === 2 && n.key !== `${retiring.parent}/${retiring.id}`)!.key;
const withRetired = buildTaxonomy(
  l1Statuses,
  l2Statuses.map((s): L2Data => (s === retiring ? {...s, retired: {date: '2026-11-25', successor: successorKey, reason: {ja: '統合しました。', en: 'Merged.'}}} : s)),
  l3Statuses,
);
const retired = withRetired.retired.find((n) => n.key === `${retiring.parent}/${retiring.id}`)!;

describe('near-miss status URLs', () => {
  it('has one rule per status page, retired ones included', () => {
    expect(nearMissRules().map((r) => r.target).sort()).toEqual(pages.map((p) => p.permanent).sort());
  });

  it.each(locales)('a retired status (fixture, %s): every near-miss form lands on its own URL, which forwards to the successor', (locale) => {
    const rules = nearMissRules(withRetired);
    const permanent = `${localePrefix(locale)}${retired.path}`;
    expect(rules.map((r) => r.target)).toContain(permanent);
    expect(canonicalStatusPath(permanent, rules)).toBeUndefined();
    for (const {form, path} of nearMissForms(permanent)) expect(canonicalStatusPath(path, rules), form).toBe(permanent);
  });

  it.each(pages.map((p) => [p.permanent, p] as const))('%s: every near-miss form lands on it, the page itself is left alone', (_, {permanent}) => {
    expect(canonicalStatusPath(permanent)).toBeUndefined();
    for (const {form, path} of nearMissForms(permanent)) expect(canonicalStatusPath(path), form).toBe(permanent);
  });

  it('the browser’s cheap pre-check lets every near miss through and no permanent path', () => {
    const homes = locales.map((l) => `${localePrefix(l)}/`);
    for (const {permanent} of pages) {
      expect(mayBeNearMiss(permanent, homes), permanent).toBe(false);
      for (const {form, path} of nearMissForms(permanent)) expect(mayBeNearMiss(path, homes), `${permanent}: ${form}`).toBe(true);
    }
    for (const home of homes) expect(mayBeNearMiss(home, homes)).toBe(false);
  });

  it('leaves other paths alone: a deeper typo, a longer id, other pages', () => {
    const l2 = taxonomy.all.find((s) => s.level === 2)!;
    expect(canonicalStatusPath(`${l2.path}x`)).toBeUndefined();
    expect(canonicalStatusPath(`${l2.path.slice(0, -1)}`)).toBeUndefined();
    expect(canonicalStatusPath(`/${l2.parentKey}/no-such-status`)).toBeUndefined();
    expect(canonicalStatusPath('/glossary/')).toBeUndefined();
    expect(canonicalStatusPath('/')).toBeUndefined();
    expect(canonicalStatusPath('/en/')).toBeUndefined();
  });
});

describe('did you mean', () => {
  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it.each(locales.flatMap((locale) => mistypedPaths(locale).map((m) => [m.path, m] as const)))('%s → %s first', (path, {intended}) => {
    expect(suggestStatuses(path)[0]?.key).toBe(intended.key);
  });

  it('finds a status by its name in either language', () => {
    for (const status of taxonomy.all) {
      for (const locale of locales) {
        expect(suggestStatuses(`/${encodeURIComponent(status.name[locale])}`)[0]?.key, statusTrail(status, locale)).toBe(status.key);
      }
    }
  });

  it('knows retired paths (fixture): a mistyped one, or its name, suggests the retired status first', () => {
    expect(withRetired.byKey.has(retired.key), 'the fixture status is retired').toBe(false);
    for (const locale of locales) {
      const mistyped = `${localePrefix(locale)}/${retired.parentKey}/${retired.id.slice(0, 3)}${retired.id.slice(4)}`;
      expect(suggestStatuses(mistyped, 3, withRetired)[0]?.key, mistyped).toBe(retired.key);
      expect(suggestStatuses(`/${encodeURIComponent(retired.name[locale])}`, 3, withRetired)[0]?.key).toBe(retired.key);
    }
  });

  it('suggests nothing for a path unlike any status', () => {
    expect(suggestStatuses('/zzzzzzzzzzzzzzzzzzzzzzzz')).toEqual([]);
    expect(suggestStatuses('/')).toEqual([]);
  });
});

describe('share by email', () => {
  it('encodes subject and body as UTF-8 with CRLF line breaks', () => {
    const href = mailtoHref({subject: 'ブロック › 法務/規制', name: '法務/規制', definition: 'A & B = C #1', url: 'https://x.example/blocked/legal-regulatory'});
    expect(href).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
    expect(href).not.toMatch(/[^\x21-\x7e]/);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('ブロック › 法務/規制');
    expect(url.searchParams.get('body')).toBe('法務/規制\r\nA & B = C #1\r\n\r\nhttps://x.example/blocked/legal-regulatory');
  });
});
