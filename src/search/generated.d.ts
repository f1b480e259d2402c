// Written by src/plugins/status-search for the locale being built or served.
declare module '@generated/status-search/default/search-data.json' {
  import type {SearchData} from './documents';
  const data: SearchData;
  export default data;
}
