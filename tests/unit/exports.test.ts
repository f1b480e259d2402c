/** The machine-readable taxonomy: JSON valid against its schema, CSV that Excel reads. */
import Ajv2020 from 'ajv/dist/2020';
import {describe, expect, it} from 'vitest';
import {absoluteUrls, taxonomyCsv, taxonomyJson, taxonomySchema} from '../../src/plugins/taxonomy-export/exports';
import {buildTaxonomy, getStatus, l1Statuses, l2Statuses, l3Statuses, taxonomy, type L2Data} from '../../src/taxonomy';
import {l3Fixture, l3FixtureKeys, l3FixtureParent, taxonomyWithL3} from '../fixtures/taxonomyWithL3';

const url = absoluteUrls('https://status.example.com', {ja: '/', en: '/en/'});
const validate = new Ajv2020({allErrors: true, strict: true, validateFormats: false}).compile(taxonomySchema);

describe('taxonomy.json', () => {
  const json = JSON.parse(taxonomyJson(taxonomy, url));

  it('is valid against taxonomy.schema.json', () => {
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('holds every status with absolute URLs for both locales', () => {
    expect(json.schemaVersion).toBe('1.0.0');
    type Exported = {key: string; name: unknown; url: unknown; keywords: {ja: string[]}; children: Exported[]};
    const flat = (list: Exported[]): Exported[] => list.flatMap((s) => [s, ...flat(s.children)]);
    const exported = flat(json.statuses);
    expect(json.statuses.map((s: Exported) => s.key)).toEqual(taxonomy.roots.map((n) => n.key));
    expect(exported.map((s) => s.key)).toEqual(taxonomy.all.map((n) => n.key));
    for (const node of taxonomy.all) {
      const s = exported.find((e) => e.key === node.key)!;
      expect(s.url).toEqual({ja: `https://status.example.com${node.path}`, en: `https://status.example.com/en${node.path}`});
      expect(s.name).toEqual(node.name);
      expect(s.keywords.ja.length).toBeGreaterThan(0);
    }
  });

  it('includes L3 statuses when the taxonomy has them (fixture), still valid', () => {
    const withL3 = JSON.parse(taxonomyJson(taxonomyWithL3, url));
    expect(validate(withL3), JSON.stringify(validate.errors)).toBe(true);
    const l1 = withL3.statuses.find((s: {key: string}) => s.key === l3FixtureParent.parentKey);
    const parent = l1.children.find((s: {key: string}) => s.key === l3FixtureParent.key);
    expect(parent.children.map((c: {key: string}) => c.key)).toEqual(l3FixtureKeys);
  });

  it('the schema rejects a broken document', () => {
    const broken = structuredClone(json);
    delete broken.statuses[0].name.en;
    expect(validate(broken)).toBe(false);
  });
});

describe('taxonomy.csv', () => {
  const csv = taxonomyCsv(taxonomy, url);
  const lines = csv.slice(1).trimEnd().split('\r\n');

  it('starts with a UTF-8 BOM and uses CRLF, so Excel opens the Japanese correctly', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has a header and one row per leaf status (L2 without L3, L1 without L2), with its L1', () => {
    expect(lines[0]).toBe('l1_id,l1_name_ja,l1_name_en,l2_id,l2_name_ja,l2_name_en,l3_id,l3_name_ja,l3_name_en,key,summary_ja,summary_en,keywords_ja,keywords_en,url_ja,url_en');
    expect(lines).toHaveLength(1 + taxonomy.leaves.length);
    for (const l1 of taxonomy.roots) {
      const rows = lines.filter((l) => l.startsWith(`${l1.id},`));
      expect(rows).toHaveLength(taxonomy.leaves.filter((n) => n.key === l1.key || n.key.startsWith(`${l1.key}/`)).length);
      if (l1.children.length === 0) expect(rows[0]).toContain(`,,,,,,,${l1.key},`);
    }
  });

  it('has one row per L3 with its L2 and L1 (fixture)', () => {
    const fixture = taxonomyWithL3;
    const rows = taxonomyCsv(fixture, url).slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + fixture.leaves.length);
    for (const l3 of l3Fixture) {
      const l2 = getStatus(l3.parent, fixture);
      const l1 = getStatus(l2.parentKey!, fixture);
      expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^${l1.id},[^,]*,[^,]*,${l2.id},[^,]*,("[^"]*"|[^,]*),${l3.id},${l3.name.ja},${l3.name.en},${l3.parent}/${l3.id},`)));
    }
    // The L2 that has L3s is no longer a row of its own: a record ends on one of its L3s.
    expect(rows.filter((r) => r.includes(`,${l3FixtureParent.id},`) && !r.includes(`${l3FixtureParent.key}/`))).toEqual([]);
  });

  it('quotes fields that contain commas or quotes', () => {
    const withComma = taxonomy.all.find((n) => n.level === 2 && n.children.length === 0 && n.name.en.includes(','));
    if (withComma) expect(lines.find((l) => l.includes(`,${withComma.key},`))).toContain(`"${withComma.name.en}"`);
    const renamed: L2Data = l2Statuses.find((s) => taxonomy.byKey.get(`${s.parent}/${s.id}`)?.children.length === 0)!;
    const fixture = buildTaxonomy(l1Statuses, l2Statuses.map((s): L2Data => (s === renamed ? {...s, name: {ja: s.name.ja, en: 'A, "quoted" name'}} : s)), l3Statuses);
    expect(taxonomyCsv(fixture, url)).toContain('"A, ""quoted"" name"');
  });
});
