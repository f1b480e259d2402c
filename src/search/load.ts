/**
 * Loads the status search in the browser on first use: the engine script (one file, shared
 * with the results page's paint before the app, src/search/standalone.ts) and this locale's
 * index file, read back rather than indexed; and, for the tree filter, the vocabulary alone.
 * A failed load is forgotten, so the next use tries again.
 */
import type {StatusSearch} from './engine';
import {statusSearchScript, type StatusSearchScript} from './script';
import indexUrl from '@generated/status-search/default/search-index.json';
import engineScriptUrl from '@generated/status-search/default/search-engine.js';
import vocabularyUrl from '@generated/status-search/default/vocabulary.json';

/** Where this locale's index and the engine script are (the results page preloads both with the page). */
export {indexUrl, engineScriptUrl};

let loading: Promise<StatusSearch> | undefined;
let loaded: StatusSearch | undefined;

export function loadStatusSearch(): Promise<StatusSearch> {
  loading ??= engineScript()
    .then((script) => script.load(indexUrl))
    .then((search) => (loaded = search))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The engine script's API; the script is added to the page unless it is there already (the results page starts it before the app). */
function engineScript(): Promise<Required<Pick<StatusSearchScript, 'load'>>> {
  const ready = () => {
    const {load} = statusSearchScript();
    return load ? {load} : undefined;
  };
  const now = ready();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = engineScriptUrl;
    script.onload = () => {
      const api = ready();
      if (api) resolve(api);
      else reject(new Error(`status search: ${engineScriptUrl} did not set up the engine`));
    };
    script.onerror = () => reject(new Error(`status search: ${engineScriptUrl} could not be loaded`));
    document.head.appendChild(script);
  });
}

/**
 * The engine that painted the results page's results for `query` before the app started,
 * for React's first render of that page: React must render exactly what is in the page
 * (it hydrates those elements). When nothing was painted for it, the page claims the results
 * for React, so the script paints nothing from then on; an engine loaded already is used
 * at once, except while hydrating, when the page holds no results.
 */
export function searchForFirstRender(query: string): StatusSearch | undefined {
  if (typeof window === 'undefined') return undefined;
  const script = statusSearchScript();
  script.claimed = true; // a side effect of rendering, but the same however often React renders
  if (script.painted?.query === query) return script.painted.search;
  const hydrating = document.documentElement.dataset.hasHydrated !== 'true';
  return hydrating ? undefined : (loaded ?? script.painted?.search);
}

let loadingWords: Promise<Readonly<Record<string, readonly string[]>>> | undefined;

/**
 * The words partners type for each status (this locale's search vocabulary, by status key):
 * fetched by the tree filter when a partner starts typing, never with the page.
 */
export function loadStatusWords(): Promise<Readonly<Record<string, readonly string[]>>> {
  loadingWords ??= fetch(vocabularyUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`status filter: ${vocabularyUrl} answered ${response.status}`);
      return response.json() as Promise<Record<string, readonly string[]>>;
    })
    .catch((error: unknown) => {
      loadingWords = undefined;
      throw error;
    });
  return loadingWords;
}
