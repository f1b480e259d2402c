let currentLocale = 'ja';

/** Tests choose the locale the component renders in. */
export function setTestLocale(locale: string): void {
  currentLocale = locale;
}

export default function useDocusaurusContext() {
  return {i18n: {currentLocale, defaultLocale: 'ja', locales: ['ja', 'en']}, siteConfig: {}};
}
