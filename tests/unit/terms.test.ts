/**
 * One wording per concept: the term list beside its guard, shown failing on a temporary copy.
 * Subjects come from the term list by property (a term with a Japanese variant, one with an
 * English variant, one with an allowed longer word); no term is restated here.
 */
import {describe, expect, it} from 'vitest';
import {buildTaxonomy, l1Statuses, l2Statuses, l3Statuses, taxonomy, terms, type L1Data, type Term} from '../../src/taxonomy';
import {checkTerms} from '../../src/plugins/status-pages/checkTerms';
import {expectedPageFile} from '../../src/plugins/status-pages/files';
import {copySite, siteDir} from '../guards/tempSite';

const list: readonly Term[] = terms;
const withJa = list.find((t) => t.variants.ja.length > 0)!;
const withEn = list.find((t) => t.variants.en.length > 0)!;
const withAllowed = list.find((t) => (t.allowed?.ja.length ?? 0) > 0)!;
const page = taxonomy.all.find((n) => n.level === 2)!;

describe('the term list', () => {
  it('gives each concept one preferred wording that none of its variants is', () => {
    const ids = new Set<string>();
    for (const term of list) {
      expect(ids.has(term.id), term.id).toBe(false);
      ids.add(term.id);
      for (const locale of ['ja', 'en'] as const) {
        for (const variant of term.variants[locale]) expect(variant, term.id).not.toBe(term.preferred[locale]);
        for (const allowed of term.allowed?.[locale] ?? []) expect(term.variants[locale].some((v) => allowed.includes(v)), `${term.id}: ${allowed}`).toBe(true);
      }
    }
  });

  it('finds no variant in our prose as committed', () => {
    expect(checkTerms(siteDir).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('names the file, the line, the variant and the wording to use, in both languages', () => {
    const jaFile = expectedPageFile('ja', page.key);
    const enFile = expectedPageFile('en', page.key);
    const site = copySite([jaFile, enFile]);
    try {
      site.edit(jaFile, (s) => `${s}\nここでは${withJa.variants.ja[0]}と書いてしまいました。\n`);
      site.edit(enFile, (s) => `${s}\nHere we wrote ${withEn.variants.en[0]} by mistake.\n`);
      const found = checkTerms(site.dir).map((p) => `${p.file}: ${p.message}`);
      const line = (file: string) => site.read(file).split('\n').length - 1;
      expect(found).toContainEqual(expect.stringContaining(`${jaFile}: [term] line ${line(jaFile)}: "${withJa.variants.ja[0]}" → write "${withJa.preferred.ja}"`));
      expect(found).toContainEqual(expect.stringContaining(`${enFile}: [term] line ${line(enFile)}: "${withEn.variants.en[0]}" → write "${withEn.preferred.en}"`));
    } finally {
      site.dispose();
    }
  });

  it('reads what a status says of all its children (shown under each child’s definition) too', () => {
    const parent = taxonomy.all.find((n) => n.forEveryChild)!;
    const said = parent.forEveryChild!.text;
    const withVariant = buildTaxonomy(
      (l1Statuses as readonly L1Data[]).map((s): L1Data => (s.id === parent.id ? {...s, forEveryChild: {...s.forEveryChild!, text: {ja: `${said.ja}${withJa.variants.ja[0]}。`, en: `${said.en} ${withEn.variants.en[0]}.`}}} : s)),
      l2Statuses,
      l3Statuses,
    );
    const found = checkTerms(siteDir, withVariant).map((p) => `${p.file}: ${p.message}`);
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^src/taxonomy/l1\\.ts: \\[term\\] line [1-9]\\d*: "${withJa.variants.ja[0]}" → write`)));
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^src/taxonomy/l1\\.ts: \\[term\\] line [1-9]\\d*: "${withEn.variants.en[0]}" → write`)));
  });

  it('leaves quotations, allowed longer words and the seed’s own wording alone', () => {
    const jaFile = expectedPageFile('ja', page.key);
    const site = copySite([jaFile]);
    try {
      site.edit(jaFile, (s) => `${s}\nお客様は「${withJa.variants.ja[0]}」と書いていました。${withAllowed.allowed!.ja[0]}は別の言葉です。\n`);
      expect(checkTerms(site.dir).filter((p) => p.file === jaFile)).toEqual([]);
    } finally {
      site.dispose();
    }
    // The seed's definitions keep their words (they are shown as the source document has them).
    const seedWording = taxonomy.all.find((n) => n.origin === 'seed' && list.some((t) => t.variants.ja.some((v) => n.summary.ja.includes(v))));
    expect(seedWording, 'a seed definition with a variant (the seed has them)').toBeDefined();
    expect(checkTerms(siteDir).some((p) => p.message.includes(seedWording!.summary.ja.slice(0, 12)))).toBe(false);
  });
});
