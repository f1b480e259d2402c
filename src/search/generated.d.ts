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
