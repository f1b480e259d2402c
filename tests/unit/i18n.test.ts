/** Every UI string has an English translation, and the English files hold no Japanese. */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const readJson = (file: string): Record<string, {message: string}> => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Ids passed to <Translate id="…"> and translate({id: '…'}) in the site's source. */
function translationIds(): string[] {
  const ids = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<Translate\s+id="([^"]+)"|translate\(\s*\{\s*id:\s*'([^']+)'/g)) {
      ids.add((match[1] ?? match[2])!);
    }
  }
  return [...ids];
}

describe('English UI strings', () => {
  const code = readJson('i18n/en/code.json');
  const ids = translationIds();

  it('finds the site’s translation ids', () => {
    expect(ids).toContain('statusTree.filter.label');
    expect(ids.length).toBeGreaterThan(10);
  });

  it.each(ids)('%s is translated in i18n/en/code.json', (id) => {
    expect(code[id], `run "npm run write-translations" and translate ${id}`).toBeDefined();
    expect(code[id]!.message).not.toMatch(japanese);
  });

  it.each(['i18n/en/code.json', 'i18n/en/docusaurus-theme-classic/navbar.json', 'i18n/en/docusaurus-theme-classic/footer.json'])(
    '%s has no Japanese message',
    (file) => {
      const untranslated = Object.entries(readJson(file)).filter(([, v]) => japanese.test(v.message));
      expect(untranslated).toEqual([]);
    },
  );

  it('does not override the sidebar labels, which come from the taxonomy', () => {
    const file = 'i18n/en/docusaurus-plugin-content-docs/current.json';
    const keys = existsSync(path.join(root, file)) ? Object.keys(readJson(file)) : [];
    expect(keys.filter((k) => k.startsWith('sidebar.'))).toEqual([]);
  });
});
