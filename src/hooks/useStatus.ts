/**
 * The typed bridge between the taxonomy and components: data → these hooks → components.
 * The data is the taxonomy in the language being built (src/taxonomy/localized.ts, written by
 * src/plugins/status-pages), so a page carries one language and no search vocabulary. The
 * hooks throw when the data is missing, so a page wired to an unknown status fails the build
 * with the status key in the message instead of rendering an empty block.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import siteData from '@generated/status-pages/default/site-data.json';
import {locales, type Locale} from '../taxonomy/types';
import {buildLocalTaxonomy, type LocalNode, type LocalRule, type LocalRuleLink, type LocalSiteData, type LocalTaxonomy} from '../taxonomy/localized';

export type {LocalNode, LocalTaxonomy};

export function useLocale(): Locale {
  const {currentLocale} = useDocusaurusContext().i18n;
  const locale = locales.find((l) => l === currentLocale);
  if (!locale) {
    throw new Error(`Locale "${currentLocale}" has no taxonomy strings; add it to src/taxonomy/types.ts.`);
  }
  return locale;
}

const built = new Map<Locale, LocalTaxonomy>();

/** The taxonomy in the current language (built once per locale from the generated data). */
export function useTaxonomy(): LocalTaxonomy {
  const locale = useLocale();
  let local = built.get(locale);
  if (!local) {
    const data = (siteData as Partial<Record<Locale, LocalSiteData>>)[locale];
    if (!data) throw new Error(`site-data.json has no "${locale}" taxonomy: src/plugins/status-pages writes the locale being built.`);
    local = buildLocalTaxonomy(data);
    built.set(locale, local);
  }
  return local;
}

/** The status of the doc page being rendered (its doc id is the status key). */
export function useCurrentStatus(): LocalNode {
  const {metadata} = useDoc();
  return useTaxonomy().get(metadata.id);
}

/**
 * A status by key; throws for an unknown key (naming the closest known keys). With
 * `allowRetired`, a retired status is returned too (its URL forwards to the successor).
 */
export function useStatus(key: string, {allowRetired = false}: {allowRetired?: boolean} = {}): LocalNode {
  const local = useTaxonomy();
  const retired = allowRetired ? local.find(key) : undefined;
  return retired ?? local.get(key);
}

/**
 * The boundary rules of the doc page being rendered, in its language: `rules` (the rules its
 * status is one side of) or, on the history page, `decisions` (the rules that record a
 * decision of ours). The build puts them into the page's front matter
 * (src/plugins/status-pages/frontMatter.ts), so each page carries its own rules only.
 */
export function usePageRules(field: 'rules' | 'decisions'): readonly LocalRule[] {
  return pageData(field) as LocalRule[];
}

/** On an L1 page, the rules between two of its children, as links to them (`childRules`). */
export function useChildRuleLinks(): readonly LocalRuleLink[] {
  return pageData('childRules') as LocalRuleLink[];
}

function pageData(field: 'rules' | 'childRules' | 'decisions'): readonly unknown[] {
  const {frontMatter, metadata} = useDoc();
  const value = (frontMatter as Record<string, unknown>)[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${metadata.source}: front matter "${field}" must be the rules written by src/plugins/status-pages/frontMatter.ts`);
  return value;
}
