/**
 * `npm run prerequisites`, the first step of `npm test`: checks what the suite needs outside
 * node_modules (Node, a Chromium-based browser, nginx, poppler, a Japanese font) and prints
 * one short table, so a missing tool is named in seconds rather than after the build.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {browserVersion, findBrowser} from './support/browser';
import {fontconfigJapaneseFamilies, japaneseFontHint} from './support/fonts';
import {findNginx, nginxLayout} from './support/nginx.mjs';
import {findOnPath} from './support/path.mjs';

interface Row {
  name: string;
  ok: boolean;
  found: string;
}

const check = (name: string, probe: () => string): Row => {
  try {
    return {name, ok: true, found: probe()};
  } catch (error) {
    return {name, ok: false, found: error instanceof Error ? error.message : String(error)};
  }
};

const rows: Row[] = [
  check('Node.js', () => {
    const engines = (JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')) as {engines: {node: string}}).engines.node;
    const wanted = /^>=\s*(\d+)\.(\d+)/.exec(engines);
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    if (wanted && (major < Number(wanted[1]) || (major === Number(wanted[1]) && minor < Number(wanted[2])))) {
      throw new Error(`Node ${process.version} is too old (package.json wants ${engines}): install Node 20 LTS or newer from https://nodejs.org or your package manager`);
    }
    return `${process.version} (wants ${engines})`;
  }),
  check('browser', () => {
    const browser = findBrowser();
    return `${browserVersion(browser.executablePath) ?? 'version unknown'} — ${browser.executablePath} (${browser.source})`;
  }),
  check('nginx', () => {
    const binary = findNginx();
    const {version, mimeTypes} = nginxLayout(binary);
    return `${version} — ${binary}, ${mimeTypes}`;
  }),
  check('poppler', () => {
    const hint = 'install it (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler; Windows: scoop install poppler)';
    const tools = ['pdftotext', 'pdfinfo'].map((tool) => [tool, findOnPath(tool)] as const);
    const missing = tools.filter(([, file]) => !file).map(([tool]) => tool);
    if (missing.length) throw new Error(`${missing.join(' and ')} not found (the e2e tests read the printed overview with them): ${hint}`);
    // pdftotext -v prints its version on stderr (exit code 0 or 99 depending on the release).
    const version = spawnSync(tools[0]![1]!, ['-v'], {encoding: 'utf8'}).stderr ?? '';
    const number = /version ([\d.]+)/.exec(version)?.[1];
    return `${number ? `${number} — ` : ''}${tools.map(([, file]) => file).join(', ')}`;
  }),
  check('Japanese font', () => {
    const families = fontconfigJapaneseFamilies();
    if (!families) return process.platform === 'linux' ? 'not checked (no fc-list)' : 'built into the system';
    const first = [...families].sort((a, b) => Number(/JP/.test(b)) - Number(/JP/.test(a)) || a.localeCompare(b))[0];
    if (!first) throw new Error(`no font with Japanese glyphs (fc-list :lang=ja is empty; the e2e tests check that Japanese is drawn): ${japaneseFontHint}`);
    return `${first}${families.size > 1 ? ` and ${families.size - 1} more` : ''}`;
  }),
];

const width = Math.max(...rows.map((r) => r.name.length));
console.log('Prerequisites:');
for (const row of rows) console.log(`  ${row.ok ? '✓' : '✗'} ${row.name.padEnd(width)}  ${row.found}`);
if (rows.some((r) => !r.ok)) {
  console.error('Missing prerequisites: see ✗ above (README "Prerequisites").');
  process.exit(1);
}
