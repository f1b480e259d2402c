/** Temporary copies of the site, for tests that break something and expect a clear error. */
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const siteDir = path.resolve(__dirname, '../..');

const skipped = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', 'bench-results']);

export interface TempSite {
  readonly dir: string;
  file(relative: string): string;
  read(relative: string): string;
  write(relative: string, content: string): void;
  edit(relative: string, change: (content: string) => string): void;
  remove(relative: string): void;
  dispose(): void;
}

/** Copies the site (without build output; node_modules is linked, not copied). */
export function copySite(only?: readonly string[]): TempSite {
  const dir = mkdtempSync(path.join(tmpdir(), 'status-site-'));
  const entries = only ?? null;
  cpSync(siteDir, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(siteDir, source);
      if (relative === '') return true;
      const top = relative.split(path.sep)[0]!;
      if (skipped.has(top)) return false;
      return entries === null || entries.some((e) => relative === e || relative.startsWith(`${e}${path.sep}`) || e.startsWith(`${relative}${path.sep}`));
    },
  });
  if (!only) symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const file = (relative: string) => path.join(dir, relative);
  return {
    dir,
    file,
    read: (relative) => readFileSync(file(relative), 'utf8'),
    write: (relative, content) => writeFileSync(file(relative), content),
    edit: (relative, change) => writeFileSync(file(relative), change(readFileSync(file(relative), 'utf8'))),
    remove: (relative) => rmSync(file(relative)),
    dispose: () => rmSync(dir, {recursive: true, force: true}),
  };
}
