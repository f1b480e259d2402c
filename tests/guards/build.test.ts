/**
 * Build-time guards, proven on real `docusaurus build` runs of temporary copies of the
 * site: each breaks one thing and the build must fail with a message that points at it.
 */
import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {taxonomy} from '../../src/taxonomy';
import {copySite, type TempSite} from './tempSite';

const en = 'i18n/en/docusaurus-plugin-content-docs/current';
const page = (locale: 'ja' | 'en', key: string) => `${locale === 'ja' ? 'docs' : en}/${key}.mdx`;
// Subjects picked by property, so the tests hold whatever the taxonomy becomes.
const l2 = taxonomy.all.find((n) => n.level === 2)!;
const l1 = taxonomy.roots.find((n) => n.children.length > 0)!;
const otherL2 = taxonomy.all.find((n) => n.level === 2 && n !== l2)!;

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
    const {status, output} = buildWithChange(page('en', l2.key), (c) => `${c}\n\nSee [the missing page](/${l1.key}/does-not-exist).\n`, 'en');
    expect(status).not.toBe(0);
    expect(output).toContain(`Broken link on source page path = /en/${l2.key}`);
    expect(output).toContain(`/en/${l1.key}/does-not-exist`);
  });

  it('fails on a broken anchor, naming the page and the anchor', () => {
    const {status, output} = buildWithChange(page('ja', otherL2.key), (c) => `${c}\n\n[定義を見る](/${l1.key}#no-such-section)\n`, 'ja');
    expect(status).not.toBe(0);
    expect(output).toContain(`Broken anchor on source page path = /${otherL2.key}`);
    expect(output).toContain(`/${l1.key}#no-such-section`);
  });

  it('fails on a broken Markdown file link, naming the file', () => {
    const {status, output} = buildWithChange(page('ja', l1.key), (c) => `${c}\n\n[古いページ](./${l1.id}/old-page.mdx)\n`, 'ja');
    expect(status).not.toBe(0);
    expect(output).toContain(page('ja', l1.key));
    expect(output).toContain(`./${l1.id}/old-page.mdx`);
  });

  it('fails on a link to a status the taxonomy does not know, naming the file, the line and the closest keys', () => {
    const typo = `${l1.key}/weather`;
    const {status, output} = buildWithChange(page('en', l1.key), (c) => `${c}\n\nSee <StatusLink to="${typo}" />.\n`, 'en');
    expect(status).not.toBe(0);
    const line = `${site.read(page('en', l1.key))}\n\nSee <StatusLink to="${typo}" />.\n`.split('\n').findIndex((l) => l.includes(typo)) + 1;
    expect(output).toContain(`${page('en', l1.key)}: [status-link] line ${line}: <StatusLink to="${typo}" /> points to no status in the taxonomy. Closest known keys:`);
  });

  it('fails when an English page is missing, naming the file, while building Japanese', () => {
    const {status, output} = buildWithChange(page('en', otherL2.key), () => null, 'ja');
    expect(status).not.toBe(0);
    expect(output).toContain(`${page('en', otherL2.key)}: missing en page for status "${otherL2.key}"`);
  });
});
