/**
 * The taxonomy as data files for other systems (a CRM, a spreadsheet): JSON with its
 * JSON Schema, and CSV that Excel opens correctly (UTF-8 with BOM, CRLF).
 */
import {ancestorsOf, locales, type Locale, type StatusNode, type Taxonomy} from '../../taxonomy';
import {wordsOf} from '../../search/vocabulary';

export const schemaVersion = '1.0.0';

export interface ExportedStatus {
  id: string;
  key: string;
  level: number;
  name: Record<Locale, string>;
  summary: Record<Locale, string>;
  keywords: Record<Locale, string[]>;
  url: Record<Locale, string>;
  legacyPage?: string;
  children: ExportedStatus[];
}

/** Absolute URL of a path in each locale, from the site origin and each locale's base URL. */
export type LocaleUrls = (path: string, locale: Locale) => string;

export function absoluteUrls(origin: string, localeBaseUrls: Record<Locale, string>): LocaleUrls {
  return (path, locale) => `${origin.replace(/\/$/, '')}${localeBaseUrls[locale].replace(/\/$/, '')}${path}`;
}

function exportStatus(node: StatusNode, url: LocaleUrls): ExportedStatus {
  const map = <T,>(pick: (locale: Locale) => T) => Object.fromEntries(locales.map((l) => [l, pick(l)])) as Record<Locale, T>;
  return {
    id: node.id,
    key: node.key,
    level: node.level,
    name: map((l) => node.name[l]),
    summary: map((l) => node.summary[l]),
    // The search vocabulary, so a CRM can find statuses by the same words as the site's search.
    keywords: map((l) => [...wordsOf(node.key, l)]),
    url: map((l) => url(node.path, l)),
    ...(node.legacyPage ? {legacyPage: node.legacyPage} : {}),
    children: node.children.map((child) => exportStatus(child, url)),
  };
}

export function taxonomyJson(taxonomy: Taxonomy, url: LocaleUrls): string {
  const document = {
    $schema: url('/taxonomy.schema.json', 'ja'),
    schemaVersion,
    locales: [...locales],
    statuses: taxonomy.roots.map((root) => exportStatus(root, url)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const csvColumns = [
  'l1_id', 'l1_name_ja', 'l1_name_en', 'l2_id', 'l2_name_ja', 'l2_name_en', 'l3_id', 'l3_name_ja', 'l3_name_en', 'key',
  'summary_ja', 'summary_en', 'keywords_ja', 'keywords_en', 'url_ja', 'url_en',
] as const;

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One row per leaf status (the statuses a record can end on): an L3 with its L2 and L1, an
 * L2 without L3 with its L1, an L1 without L2 (the lower levels' columns left empty).
 */
export function taxonomyCsv(taxonomy: Taxonomy, url: LocaleUrls): string {
  const rows = taxonomy.leaves.map((leaf) => {
    const [l1, l2, l3]: (StatusNode | undefined)[] = [...ancestorsOf(leaf, taxonomy), leaf];
    const cols = (n: StatusNode | undefined) => [n?.id ?? '', n?.name.ja ?? '', n?.name.en ?? ''];
    return [
      ...cols(l1), ...cols(l2), ...cols(l3), leaf.key,
      leaf.summary.ja, leaf.summary.en, wordsOf(leaf.key, 'ja').join(' | '), wordsOf(leaf.key, 'en').join(' | '), url(leaf.path, 'ja'), url(leaf.path, 'en'),
    ];
  });
  return `\uFEFF${[csvColumns as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const localizedString = {
  type: 'object',
  properties: Object.fromEntries(locales.map((l) => [l, {type: 'string', minLength: 1}])),
  required: [...locales],
  additionalProperties: false,
};

export const taxonomySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'taxonomy.schema.json',
  title: 'FastTrack partner status taxonomy',
  description: 'L1/L2 (and L3) statuses that partners set on a customer’s service entitlements.',
  type: 'object',
  required: ['schemaVersion', 'locales', 'statuses'],
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    schemaVersion: {type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$'},
    locales: {type: 'array', items: {enum: [...locales]}, minItems: 1},
    statuses: {type: 'array', items: {$ref: '#/$defs/status'}, minItems: 1},
  },
  $defs: {
    localizedString,
    status: {
      type: 'object',
      required: ['id', 'key', 'level', 'name', 'summary', 'keywords', 'url', 'children'],
      additionalProperties: false,
      properties: {
        id: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
        key: {type: 'string', pattern: '^[a-z0-9-]+(?:/[a-z0-9-]+){0,2}$'},
        level: {enum: [1, 2, 3]},
        name: {$ref: '#/$defs/localizedString'},
        summary: {$ref: '#/$defs/localizedString'},
        keywords: {
          type: 'object',
          properties: Object.fromEntries(locales.map((l) => [l, {type: 'array', items: {type: 'string', minLength: 1}}])),
          required: [...locales],
          additionalProperties: false,
        },
        url: {
          type: 'object',
          properties: Object.fromEntries(locales.map((l) => [l, {type: 'string', format: 'uri'}])),
          required: [...locales],
          additionalProperties: false,
        },
        legacyPage: {type: 'string', pattern: '^l1l2l3-[a-z0-9-]+-jp$'},
        children: {type: 'array', items: {$ref: '#/$defs/status'}},
      },
    },
  },
} as const;
