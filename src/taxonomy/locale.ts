/** Locale helpers shared by the site and the build (data-free: safe for the browser). */
import type {Locale, Localized} from './types';

/** URL prefix of a locale's pages (the default locale lives at the site root). */
export function localePrefix(locale: Locale): string {
  return locale === 'ja' ? '' : `/${locale}`;
}

/** Joins a list the way each language writes one (「、」 in Japanese, ", " in English). */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}

export function localized<T>(value: Localized<T>, locale: string): T {
  if (locale !== 'ja' && locale !== 'en') {
    throw new Error(`Unsupported locale "${locale}"; the taxonomy has ja and en.`);
  }
  return value[locale];
}
