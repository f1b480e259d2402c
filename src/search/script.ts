/**
 * What the engine script (src/search/standalone.ts, a file of its own) and the app share on
 * `window.__statusSearch`: the engine, the results it painted before the app started, and
 * the app's word that it renders the results itself.
 */
import type {StatusSearch} from './engine';

export interface StatusSearchScript {
  /** Reads an index file (fetched once per URL); set by the engine script. */
  load?: (indexUrl: string) => Promise<StatusSearch>;
  /** The query whose results the script painted into the results page before the app, and the engine that answered. */
  painted?: {readonly query: string; readonly search: StatusSearch};
  /** Set by the results page when React renders the results: from then on the script paints nothing. */
  claimed?: boolean;
}

declare global {
  interface Window {
    __statusSearch?: StatusSearchScript;
  }
}

/** The shared object, made by whichever side comes first. */
export function statusSearchScript(): StatusSearchScript {
  return (window.__statusSearch ??= {});
}

/** Attribute of the results container that holds what the script needs to paint (JSON: PaintConfig). */
export const paintAttribute = 'data-search-paint';
/** Attribute of the live region that tells the result count. */
export const countAttribute = 'data-search-count';
