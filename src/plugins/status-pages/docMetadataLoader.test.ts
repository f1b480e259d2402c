/**
 * The page data this site adds to the front matter travels once: the doc metadata drops it
 * (docMetadataLoader.cjs), the MDX module keeps it. Every field the front matter hook adds
 * must be in `pageDataFields`, or it would travel twice again.
 */
import path from 'node:path';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {taxonomy} from '../../taxonomy';
import {expectedPageFile} from './files';
import {pageDataFields, statusFrontMatter} from './frontMatter';

const loader = createRequire(import.meta.url)('./docMetadataLoader.cjs') as (this: {getOptions: () => unknown}, source: string) => string;
const run = (source: string) => loader.call({getOptions: () => ({fields: pageDataFields})}, source);
const siteDir = path.resolve(__dirname, '../../..');

describe('page data in the doc metadata', () => {
  it('drops the page data fields from the metadata\'s front matter and keeps the rest', () => {
    const metadata = {id: 'x', title: 'T', frontMatter: {id: 'x', title: 'T', slug: '/x', ...Object.fromEntries(pageDataFields.map((f) => [f, [1, 2]]))}};
    const out = JSON.parse(run(JSON.stringify(metadata)));
    expect(out).toEqual({id: 'x', title: 'T', frontMatter: {id: 'x', title: 'T', slug: '/x'}});
    expect(run('{"version":{"label":"Next"}}')).toBe('{"version":{"label":"Next"}}');
  });

  it('names every field the front matter hook adds (a status page, the glossary, the history)', async () => {
    const parse = statusFrontMatter(siteDir);
    const status = taxonomy.all.find((n) => n.children.length > 0)!;
    const added = new Set<string>();
    for (const file of [expectedPageFile('ja', status.key), expectedPageFile('en', status.key), expectedPageFile('ja', 'glossary'), expectedPageFile('ja', 'history')]) {
      const filePath = path.join(siteDir, file);
      const plain = {frontMatter: {id: 'x'}, content: ''};
      const result = await parse({filePath, fileContent: '', defaultParseFrontMatter: async () => plain} as never);
      for (const key of Object.keys(result.frontMatter)) if (!['id', 'slug', 'title', 'description'].includes(key)) added.add(key);
    }
    expect(added.size).toBeGreaterThan(0);
    expect([...added].filter((k) => !(pageDataFields as readonly string[]).includes(k))).toEqual([]);
  });
});
