// Written by src/plugins/status-search for the locale being built or served; each is
// emitted as a file of its own (asset/resource), so importing it gives the file's URL.
declare module '@generated/status-search/default/search-index.json' {
  const url: string;
  export default url;
}
declare module '@generated/status-search/default/search-engine.js' {
  const url: string;
  export default url;
}
declare module '@generated/status-search/default/vocabulary.json' {
  const url: string;
  export default url;
}
// Written by src/plugins/status-pages: the taxonomy in the locale being built (bundled as a JS module).
declare module '@generated/status-pages/default/site-data.json' {
  const data: Partial<Record<import('../taxonomy/types').Locale, import('../taxonomy/localized').LocalSiteData>>;
  export default data;
}
declare module '@generated/status-pages/default/rules.json' {
  const data: Partial<Record<import('../taxonomy/types').Locale, readonly import('../taxonomy/localized').LocalRule[]>>;
  export default data;
}
