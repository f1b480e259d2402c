/**
 * `markdown.parseFrontMatter` hook: a status page's title and description come from the
 * taxonomy, so the page file holds only its prose and its permanent id/slug. No
 * `<meta name="keywords">`: the search vocabulary belongs to the search and never ships
 * with a page (src/search/vocabulary/).
 */
import type {MarkdownConfig} from '@docusaurus/types';
import {statusTrail, taxonomy, type Taxonomy} from '../../taxonomy';
import {pageOfFile} from './files';

type ParseFrontMatter = MarkdownConfig['parseFrontMatter'];

export function statusFrontMatter(siteDir: string, from: Taxonomy = taxonomy): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const page = pageOfFile(siteDir, params.filePath);
    const status = page && from.byKey.get(page.docId);
    if (page && status) {
      result.frontMatter = {
        ...result.frontMatter,
        title: status.name[page.locale],
        // Short on purpose: Docusaurus copies every page's description into the docs
        // metadata that each status page downloads. The definition itself is the page's
        // meta and og:description, set by <StatusHeader /> (src/components/StatusPage).
        description: statusTrail(status, page.locale, from),
      };
    }
    return result;
  };
}
