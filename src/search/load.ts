/**
 * Loads the status search in the browser on first use: this locale's documents (a JSON
 * file) and the engine (a lazy chunk), so no page pays for search before a partner uses it;
 * and, for the tree filter, the vocabulary alone.
 * The index is built a few documents per task, so the page stays responsive meanwhile.
 * A failed load is forgotten, so the next use tries again.
 */
import type {SearchData} from './documents';
import type {StatusSearch} from './engine';
import documentsUrl from '@generated/status-search/default/search-data.json';
import vocabularyUrl from '@generated/status-search/default/vocabulary.json';

/** Where this locale's documents are (the results page preloads them with the page). */
export {documentsUrl};

let loading: Promise<StatusSearch> | undefined;

export function loadStatusSearch(): Promise<StatusSearch> {
  loading ??= Promise.all([fetchDocuments(), import('./engine')])
    .then(([data, engine]) => engine.createStatusSearchInSlices(data))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

async function fetchDocuments(): Promise<SearchData> {
  const response = await fetch(documentsUrl);
  if (!response.ok) throw new Error(`status search: ${documentsUrl} answered ${response.status}`);
  return (await response.json()) as SearchData;
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
