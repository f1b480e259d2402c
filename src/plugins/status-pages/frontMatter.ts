/**
 * `markdown.parseFrontMatter` hook: a status page's title and description come from the
 * taxonomy, so the page file holds only its prose and its permanent id/slug; so do the
 * boundary rules the page shows (src/taxonomy/boundaries.ts). No
 * `<meta name="keywords">`: the search vocabulary belongs to the search and never ships
 * with a page (src/search/vocabulary/).
 */
import type {MarkdownConfig} from '@docusaurus/types';
import {boundaryRules, statusTrail, taxonomy, terms, type BoundaryRule, type Taxonomy} from '../../taxonomy';
import {localRule, localRuleLink, localTerm, rulesAmong, rulesOf, type LocalRule} from '../../taxonomy/localized';
import {pageOfFile} from './files';

type ParseFrontMatter = MarkdownConfig['parseFrontMatter'];

/** The fields this hook adds for the page components; only the MDX module carries them to the browser (docMetadataLoader.cjs). */
export const pageDataFields = ['rules', 'childRules', 'terms', 'decisions'] as const;

const withoutDecision = ({decision: _reason, ...rule}: LocalRule): LocalRule => rule;

export function statusFrontMatter(siteDir: string, from: Taxonomy = taxonomy, rules: readonly BoundaryRule[] = boundaryRules): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const page = pageOfFile(siteDir, params.filePath);
    const status = page && from.byKey.get(page.docId);
    if (page?.docId === 'glossary') {
      // The wording list, in the page's language, for <TermList />.
      // A term that has no variant in this language is not a choice this page's readers meet.
      result.frontMatter = {...result.frontMatter, terms: terms.filter((term) => term.variants[page.locale].length > 0).map((term) => localTerm(term, page.locale))};
    }
    if (page?.docId === 'history') {
      // The decisions of ours among the boundary rules, for the history page's list.
      result.frontMatter = {...result.frontMatter, decisions: rules.filter((rule) => rule.basis.kind === 'decision').map((rule) => localRule(rule, page.locale))};
    }
    if (page && status) {
      result.frontMatter = {
        ...result.frontMatter,
        title: status.name[page.locale],
        // Short on purpose: Docusaurus copies every page's description into the docs
        // metadata that each status page downloads. The definition itself is the page's
        // meta and og:description, set by <StatusHeader /> (src/components/StatusPage).
        description: statusTrail(status, page.locale, from),
        // The boundary rules this page shows, in its language: each page carries its own
        // (src/components/StatusPage reads them), not every rule of the site.
        // A status page shows the rule, not why we decided it (the history page does).
        rules: rulesOf(status.key, rules).map((rule) => withoutDecision(localRule(rule, page.locale))),
        // The rules between two of its children, as links to them on the children's pages.
        childRules: rulesAmong(status.children.map((c) => c.key), rules).map((rule) => localRuleLink(rule, page.locale)),
      };
    }
    return result;
  };
}
