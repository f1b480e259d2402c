/**
 * Loads the status search in the browser on first use: the engine and this locale's
 * documents arrive as one lazy chunk, so no page pays for search before a partner uses it.
 * The index is built a few documents per task, so the page stays responsive meanwhile.
 */
import type {StatusSearch} from './engine';

let loading: Promise<StatusSearch> | undefined;

export function loadStatusSearch(): Promise<StatusSearch> {
  loading ??= Promise.all([import('@generated/status-search/default/search-data.json'), import('./engine')]).then(([data, engine]) =>
    engine.createStatusSearchInSlices(data.default),
  );
  return loading;
}
