/**
 * Build-time guards, proven on real `docusaurus build` runs of temporary copies of the
 * site: each breaks one thing and the build must fail with a message that points at it.
 */
import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copySite, type TempSite} from './tempSite';

const en = 'i18n/en/docusaurus-plugin-content-docs/current';

function build(site: TempSite, locale: 'ja' | 'en'): {status: number | null; output: string} {
  const run = spawnSync(process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--locale', locale], {
    cwd: site.dir,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
  });
  return {status: run.status, output: `${run.stdout}\n${run.stderr}`};
}

describe('build guards', () => {
  let site: TempSite;
  beforeAll(() => {
    site = copySite();
  });
  afterAll(() => site.dispose());

  // Without this baseline, a failure below could come from anything but the change it makes.
  it.each(['ja', 'en'] as const)('builds the unchanged copy (%s)', (locale) => {
    const {status, output} = build(site, locale);
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
  });

  /** Builds with one page changed, then restores it. */
  function buildWithChange(page: string, change: (content: string) => string | null, locale: 'ja' | 'en') {
    const original = site.read(page);
    const changed = change(original);
    if (changed === null) site.remove(page);
    else site.write(page, changed);
    try {
      return build(site, locale);
    } finally {
      site.write(page, original);
    }
  }

  it('fails on a broken link in an English page, naming the page', () => {
    const {status, output} = buildWithChange(`${en}/blocked/legal-regulatory.mdx`, (c) => `${c}\n\nSee [the missing page](/blocked/does-not-exist).\n`, 'en');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/en\/blocked\/legal-regulatory/);
    expect(output).toContain('/en/blocked/does-not-exist');
  });

  it('fails on a broken anchor, naming the page and the anchor', () => {
    const {status, output} = buildWithChange('docs/in-progress/migration.mdx', (c) => `${c}\n\n[定義を見る](/blocked#no-such-section)\n`, 'ja');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken anchor on source page path = \/in-progress\/migration/);
    expect(output).toContain('/blocked#no-such-section');
  });

  it('fails on a broken Markdown file link, naming the file', () => {
    const {status, output} = buildWithChange('docs/no-intent.mdx', (c) => `${c}\n\n[古いページ](./no-intent/old-page.mdx)\n`, 'ja');
    expect(status).not.toBe(0);
    expect(output).toContain('docs/no-intent.mdx');
    expect(output).toContain('./no-intent/old-page.mdx');
  });

  it('fails on a link to a status the taxonomy does not know, naming the file, the line and the closest keys', () => {
    const {status, output} = buildWithChange(`${en}/blocked.mdx`, (c) => `${c}\n\nSee <StatusLink to="blocked/weather" />.\n`, 'en');
    expect(status).not.toBe(0);
    const line = `${site.read(`${en}/blocked.mdx`)}\n\nSee <StatusLink to="blocked/weather" />.\n`.split('\n').findIndex((l) => l.includes('blocked/weather')) + 1;
    expect(output).toContain(`${en}/blocked.mdx: [status-link] line ${line}: <StatusLink to="blocked/weather" /> points to no status in the taxonomy. Closest known keys:`);
  });

  it('fails when an English page is missing, naming the file, while building Japanese', () => {
    const page = `${en}/in-progress/migration.mdx`;
    const {status, output} = buildWithChange(page, () => null, 'ja');
    expect(status).not.toBe(0);
    expect(output).toContain(`${page}: missing en page for status "in-progress/migration"`);
  });
});
