/**
 * Content first: a page opened from an email is readable before any of our JavaScript runs.
 *
 * Docusaurus requests its two bundles (runtime~main, main: about 130 KB gzip) with the
 * page, so phones spend their first second fetching and running React instead of showing
 * the text the HTML already holds. After the build, this plugin rewrites every page of the
 * locale: the `<script src defer>` tags become a JSON list, and a small inline script
 * (./startAfterPaint.ts, allowed by its hash in the CSP) adds them back once the page has
 * painted, holding presses on app-only controls until the app is up.
 *
 * It runs in postBuild, on the minified HTML, so the inline script's bytes — and its
 * hash — are exactly those of startAfterPaint.ts. `npm start` is left as Docusaurus makes it.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {appScriptsId, startAfterPaintScript} from './startAfterPaint';

const appScriptTag = /<script src="?([^"\s>]+)"? defer(?:="")?><\/script>/g;

/**
 * The page with its app scripts moved into a JSON list and the starter in <head>. A page
 * without the app (a redirect page) is returned as it is; a page with the app root but
 * none of the expected script tags is an error, because Docusaurus changed its markup.
 */
export function startAppAfterPaint(html: string, file: string): string {
  if (html.includes(`id="${appScriptsId}"`) || html.includes(`id=${appScriptsId}`)) return html; // done already
  const sources = [...html.matchAll(appScriptTag)].map((match) => match[1]!);
  if (sources.length === 0) {
    if (/id="?__docusaurus"?/.test(html)) {
      throw new Error(`[content-first] ${file}: the app root is there but no <script src … defer> tag was found; update appScriptTag in src/plugins/content-first/index.ts`);
    }
    return html;
  }
  if (!html.includes('</head>')) throw new Error(`[content-first] ${file}: no </head> to put the starter in`);
  let listed = false;
  const withList = html.replace(appScriptTag, () => {
    if (listed) return '';
    listed = true;
    return `<script type="application/json" id="${appScriptsId}">${JSON.stringify(sources)}</script>`;
  });
  return withList.replace('</head>', `<script>${startAfterPaintScript}</script></head>`);
}

/** Every .html file below `dir`, except in the folders of `skip`. */
export function htmlFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(full) ? [] : htmlFiles(full, skip);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export default function contentFirstPlugin(context: LoadContext): Plugin {
  return {
    name: 'content-first',
    // The pages' taxonomy (this locale's, src/hooks/useStatus.ts) is used by the doc page
    // chunk and by the home, finder and overview pages; left to Docusaurus' splitting, each
    // chunk carried its own copy, so a status page fetched and ran it twice. One shared chunk;
    // and one for the status tree, for the same reason.
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              statusData: {test: /[\\/]status-pages[\\/]default[\\/]site-data\.json$/, name: 'status-data', chunks: 'async', enforce: true, priority: 45},
              // The status tree is in the doc page chunk (L1 pages) and in the 404 content that
              // every doc page's layout chunk holds: without its own chunk, a status page ran two copies.
              // The two-language taxonomy, for the few code paths that need it in the browser
              // (a near-miss URL, the 404 suggestions, a retired status's page): one lazy copy.
              taxonomy: {test: /[\\/]src[\\/]taxonomy[\\/](index|l1|l2|l3|finder)\.ts$/, name: 'taxonomy', chunks: 'async', enforce: true, priority: 45},
              statusTree: {test: /[\\/]src[\\/]components[\\/]StatusTree[\\/]/, name: 'status-tree', chunks: 'async', enforce: true, priority: 40},
            },
          },
        },
      };
    },
    async postBuild({outDir}) {
      const {i18n} = context;
      // The other locales' builds live below the default one's (build/en): not ours to touch.
      const otherLocaleDirs = new Set(
        i18n.locales
          .filter((locale) => locale !== i18n.currentLocale && locale !== i18n.defaultLocale)
          .map((locale) => path.join(outDir, locale)),
      );
      for (const file of htmlFiles(outDir, otherLocaleDirs)) {
        const html = readFileSync(file, 'utf8');
        const changed = startAppAfterPaint(html, path.relative(context.siteDir, file));
        if (changed !== html) writeFileSync(file, changed);
      }
    },
  };
}
