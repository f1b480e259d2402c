/**
 * Docusaurus plugin of the status search: builds the locale's search documents from the
 * taxonomy and the pages on every build and dev start (and again when a page changes), as
 * generated data that the browser fetches as one hashed file on first use of search; and
 * the vocabulary alone, which the tree filter fetches when a partner starts typing.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {localized, taxonomy} from '../../taxonomy';
import {buildSearchData, searchWords} from './buildSearchData';
import {docsDirs} from '../status-pages/files';

export const pluginName = 'status-search';
/** Name of the generated file; the client imports `@generated/status-search/default/search-data.json`. */
export const searchDataFile = 'search-data.json';
/** The words of each status (`@generated/status-search/default/vocabulary.json`): the tree filter fetches it when a partner starts typing. */
export const vocabularyDataFile = 'vocabulary.json';

export default function statusSearchPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  localized(taxonomy.roots[0]!.name, locale); // throws for a locale the taxonomy does not have
  return {
    name: pluginName,
    async contentLoaded({actions}) {
      const data = buildSearchData(context.siteDir, locale as 'ja' | 'en');
      await actions.createData(searchDataFile, JSON.stringify(data));
      await actions.createData(vocabularyDataFile, JSON.stringify(searchWords(locale as 'ja' | 'en')));
    },
    // The documents travel as a plain UTF-8 JSON file, not as a JS chunk: the minifier
    // writes every Japanese character of a chunk as a \uXXXX escape (ja: 42 → 37 KB gzip).
    configureWebpack() {
      return {
        module: {
          rules: [{test: /status-search[\\/]default[\\/](search-data|vocabulary)\.json$/, type: 'asset/resource', generator: {filename: 'assets/search/[name].[contenthash:8][ext]'}}],
        },
      };
    },
    getPathsToWatch() {
      return Object.values(docsDirs).map((dir) => `${context.siteDir}/${dir}/**/*.mdx`);
    },
  };
}
