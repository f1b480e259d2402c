/**
 * The typed bridge between the taxonomy and components: data → these hooks → components.
 * They throw when the data is missing, so a page wired to an unknown status fails the build
 * with the status key in the message instead of rendering an empty block.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {findAnyStatus, getStatus, locales, type Locale, type StatusNode} from '../taxonomy';

export function useLocale(): Locale {
  const {currentLocale} = useDocusaurusContext().i18n;
  const locale = locales.find((l) => l === currentLocale);
  if (!locale) {
    throw new Error(`Locale "${currentLocale}" has no taxonomy strings; add it to src/taxonomy/types.ts.`);
  }
  return locale;
}

/** The status of the doc page being rendered (its doc id is the status key). */
export function useCurrentStatus(): StatusNode {
  const {metadata} = useDoc();
  return getStatus(metadata.id);
}

/**
 * A status by key; throws for an unknown key (naming the closest known keys). With
 * `allowRetired`, a retired status is returned too (its URL forwards to the successor).
 */
export function useStatus(key: string, {allowRetired = false}: {allowRetired?: boolean} = {}): StatusNode {
  const retired = allowRetired ? findAnyStatus(key) : undefined;
  return retired ?? getStatus(key);
}
