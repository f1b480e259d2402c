/**
 * Docusaurus plugin of the status search, on every build and dev start (and again when a
 * page or the search code changes):
 * - the locale's search documents and their index, built and serialized here
 *   (search-index.json, one hashed file): the browser reads the index back instead of
 *   indexing the documents;
 * - the engine as a script of its own (search-engine.js, bundled with esbuild from
 *   src/search/standalone.ts): the results page starts it before the app, to paint its
 *   results from the URL's query, and the app uses the same script for both search
 *   surfaces (src/search/load.ts), so the engine is downloaded once;
 * - the vocabulary alone, which the tree filter fetches when a partner starts typing.
 */
import {createHash} from 'node:crypto';
import path from 'node:path';
import {build} from 'esbuild';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {localized, taxonomy, type Locale} from '../../taxonomy';
import {buildSearchData, searchWords} from './buildSearchData';
import {docsDirs} from '../status-pages/files';
import {createStatusSearch, loadStatusSearchIndex, serializeStatusSearch} from '../../search/engine';
import type {SearchIndexFile} from '../../search/documents';

export const pluginName = 'status-search';
/** The documents and their index; the client imports `@generated/status-search/default/search-index.json` (its URL). */
export const searchIndexFile = 'search-index.json';
/** The words of each status (`@generated/status-search/default/vocabulary.json`): the tree filter fetches it when a partner starts typing. */
export const vocabularyDataFile = 'vocabulary.json';
/**
 * The engine script, emitted as `assets/search/search-engine.[hash].js`; the client imports
 * its URL from `@generated/status-search/default/search-engine.js`. The file itself is not
 * named `.js` (the site's JS rule would compile it again as a module), and its hash is ours:
 * the client build minifies every emitted .js again, so a hash of the bundler's would differ
 * between the client build and the server build that renders the page's preload link.
 */
export const engineScriptModule = 'search-engine.js';
const engineScriptFile = (hash: string) => `search-engine.${hash}.script`;

/**
 * The locale's search index file, read back and checked against an index built from the
 * same documents: each status must be found first by its own name through both. A failure
 * names the file to look at.
 */
export async function buildSearchIndex(siteDir: string, locale: Locale): Promise<SearchIndexFile> {
  const data = buildSearchData(siteDir, locale); // names a missing page itself
  let file: SearchIndexFile;
  try {
    file = JSON.parse(JSON.stringify(serializeStatusSearch(data))) as SearchIndexFile;
  } catch (error) {
    throw new Error(`[${pluginName}] src/search/serialized.ts: the ${locale} search index could not be serialized: ${error instanceof Error ? error.message : String(error)}`);
  }
  const built = createStatusSearch(data);
  const loaded = await loadStatusSearchIndex(file);
  for (const doc of data.documents.filter((d) => d.kind === 'status')) {
    const first = (s: typeof built) => s.search(doc.title).statuses[0]?.document.id;
    if (first(loaded) !== first(built)) {
      throw new Error(`[${pluginName}] src/search/serialized.ts: the ${locale} search index read back answers "${doc.title}" with ${first(loaded)}, the documents with ${first(built)}`);
    }
  }
  return file;
}

/** src/search/standalone.ts and what it imports, as one minified classic script. */
export async function bundleEngineScript(siteDir: string): Promise<string> {
  const entry = path.join(siteDir, 'src/search/standalone.ts');
  const result = await build({entryPoints: [entry], bundle: true, format: 'iife', minify: true, write: false, target: 'es2019', charset: 'utf8', legalComments: 'none', logLevel: 'silent'}).catch((error: unknown) => {
    throw new Error(`[${pluginName}] ${path.relative(siteDir, entry)}: the search engine script could not be bundled: ${error instanceof Error ? error.message : String(error)}`);
  });
  return result.outputFiles[0]!.text;
}

export default function statusSearchPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  localized(taxonomy.roots[0]!.name, locale); // throws for a locale the taxonomy does not have
  return {
    name: pluginName,
    async contentLoaded({actions}) {
      const [file, script] = await Promise.all([buildSearchIndex(context.siteDir, locale as Locale), bundleEngineScript(context.siteDir)]);
      await actions.createData(searchIndexFile, JSON.stringify(file));
      const hash = createHash('sha256').update(script).digest('hex').slice(0, 8);
      await actions.createData(engineScriptFile(hash), script);
      await actions.createData(engineScriptModule, `export {default} from './${engineScriptFile(hash)}';\n`);
      await actions.createData(vocabularyDataFile, JSON.stringify(searchWords(locale as Locale)));
    },
    // The documents travel as a plain UTF-8 JSON file, not as a JS chunk: the minifier
    // writes every Japanese character of a chunk as a \uXXXX escape (ja: 42 → 37 KB gzip).
    configureWebpack() {
      return {
        module: {
          rules: [
            {test: /status-search[\\/]default[\\/](search-index|vocabulary)\.json$/, type: 'asset/resource', generator: {filename: 'assets/search/[name].[contenthash:8][ext]'}},
            {test: /status-search[\\/]default[\\/]search-engine\.[0-9a-f]{8}\.script$/, type: 'asset/resource', generator: {filename: 'assets/search/[name].js'}},
          ],
        },
      };
    },
    getPathsToWatch() {
      return [...Object.values(docsDirs).map((dir) => `${context.siteDir}/${dir}/**/*.mdx`), `${context.siteDir}/src/search/**/*.ts`, `${context.siteDir}/src/components/StatusSearch/view.ts`];
    },
  };
}
