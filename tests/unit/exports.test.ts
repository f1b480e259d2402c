/** The machine-readable taxonomy: JSON valid against its schema, CSV that Excel reads. */
import Ajv2020 from 'ajv/dist/2020';
import {describe, expect, it} from 'vitest';
import {absoluteUrls, taxonomyCsv, taxonomyJson, taxonomySchema} from '../../src/plugins/taxonomy-export/exports';
import {buildTaxonomy, l1Statuses, l2Statuses, taxonomy} from '../../src/taxonomy';
import {l3Fixture} from '../fixtures/taxonomyWithL3';

const url = absoluteUrls('https://status.example.com', {ja: '/', en: '/en/'});
const validate = new Ajv2020({allErrors: true, strict: true, validateFormats: false}).compile(taxonomySchema);

describe('taxonomy.json', () => {
  const json = JSON.parse(taxonomyJson(taxonomy, url));

  it('is valid against taxonomy.schema.json', () => {
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('holds every status with absolute URLs for both locales', () => {
    expect(json.schemaVersion).toBe('1.0.0');
    expect(json.statuses).toHaveLength(5);
    const legal = json.statuses[3].children.find((s: {id: string}) => s.id === 'legal-regulatory');
    expect(legal.url).toEqual({ja: 'https://status.example.com/blocked/legal-regulatory', en: 'https://status.example.com/en/blocked/legal-regulatory'});
    expect(legal.name).toEqual({ja: '法務/規制', en: 'Legal/Regulatory'});
    expect(legal.keywords.ja.length).toBeGreaterThan(0);
    expect(json.statuses.flatMap((s: {children: unknown[]}) => s.children)).toHaveLength(18);
  });

  it('includes L3 statuses when the taxonomy has them (fixture), still valid', () => {
    const withL3 = JSON.parse(taxonomyJson(buildTaxonomy(l1Statuses, l2Statuses, l3Fixture), url));
    expect(validate(withL3), JSON.stringify(validate.errors)).toBe(true);
    const legal = withL3.statuses[3].children.find((s: {id: string}) => s.id === 'legal-regulatory');
    expect(legal.children.map((c: {key: string}) => c.key)).toEqual(['blocked/legal-regulatory/data-residency', 'blocked/legal-regulatory/sector-regulator']);
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

  it('has a header and one row per L2 with its L1, plus the L1 without L2', () => {
    expect(lines[0]).toBe('l1_id,l1_name_ja,l1_name_en,l2_id,l2_name_ja,l2_name_en,key,summary_ja,summary_en,keywords_ja,keywords_en,url_ja,url_en');
    expect(lines).toHaveLength(1 + 18 + 1);
    expect(lines.filter((l) => l.startsWith('blocked,'))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^duplicate-invalid,重複\/無効,Duplicate\/Invalid,,,,duplicate-invalid,/);
  });

  it('quotes fields that contain commas or quotes', () => {
    const billing = lines.find((l) => l.includes('billing-licensing-subscription'))!;
    expect(billing).toContain('"Billing, Licensing and Subscription"');
  });
});
