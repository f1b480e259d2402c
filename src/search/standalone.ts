/**
 * The status search engine as a script of its own (bundled by src/plugins/status-search):
 * - on the results page, the content-first starter runs it at once, before the app, and it
 *   paints the results for the URL's query into the results container, with the markup React
 *   renders (src/components/StatusSearch/view.ts); React then hydrates those elements and
 *   carries on with this same engine (src/search/load.ts, `searchForFirstRender`);
 * - elsewhere, the app adds it when a partner first reaches for the navbar box.
 * Either way it sets `window.__statusSearch.load`, which fetches an index file once and reads
 * it back. The results page's first results do not wait for that: they come from the same
 * file, each query reading back only the terms it reaches (`quickStatusSearch`, the same
 * answers), and the whole index is read back after they are painted, for the app.
 * It paints nothing once the page has claimed the results for React.
 */
import {loadStatusSearchIndex, quickStatusSearch, type StatusSearch} from './engine';
import type {SearchIndexFile} from './documents';
import {cleanQuery} from './query';
import {countAttribute, paintAttribute, statusSearchScript} from './script';
import {countText, resultLimits, resultsView, type PaintConfig, type Render} from '../components/StatusSearch/view';

/** The view's elements as DOM nodes: attributes as React writes them, one text node per string. */
const domElement: Render<Node> = (type, props, ...children) => {
  if (typeof type !== 'string') throw new Error('status search: the results view renders plain elements only');
  const element = document.createElement(type);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (name === 'key' || value === undefined || value === null || value === false) continue;
    element.setAttribute(name === 'className' ? 'class' : name, String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false && child !== '') element.append(child as Node | string);
  }
  return element;
};

/** Each index file, fetched once (the first results and the whole index read it alike); a failed fetch is forgotten. */
const files = new Map<string, Promise<SearchIndexFile>>();
function fetchIndexFile(url: string): Promise<SearchIndexFile> {
  let fetching = files.get(url);
  if (!fetching) {
    fetching = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`status search: ${url} answered ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    });
    files.set(url, fetching);
    fetching.catch(() => files.delete(url));
  }
  return fetching;
}

const domReady = () => (document.readyState === 'loading' ? new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), {once: true})) : Promise.resolve());

/** The results for the URL's query, in the results container, before the app has started. */
async function paintBeforeTheApp(): Promise<void> {
  const script = statusSearchScript();
  await domReady();
  const container = document.querySelector<HTMLElement>(`[${paintAttribute}]`);
  if (!container || script.claimed) return;
  const config = JSON.parse(container.getAttribute(paintAttribute)!) as PaintConfig;
  const query = cleanQuery(new URLSearchParams(window.location.search).get('q'));
  const file = await fetchIndexFile(config.index);
  if (script.claimed || query.trim() === '') return;
  const search = quickStatusSearch(file);
  const answer = search.search(query, resultLimits);
  const href = (path: string) => config.base + path.replace(/^\//, '');
  const nodes = resultsView(domElement, query, answer, {labels: config.labels, classes: config.classes, href, link: 'a'});
  container.replaceChildren(...nodes.filter((node): node is Node => node !== null));
  container.setAttribute('data-results-for', query);
  const count = document.querySelector(`[${countAttribute}]`);
  if (count) count.textContent = countText(config.labels, query, answer, false);
  // The box shows what was searched, unless the partner has typed something else already.
  const input = container.closest('main')?.querySelector<HTMLInputElement>('input[name="q"]');
  if (input && input.value === '') input.value = query;
  script.painted = {query, search};
}

const script = statusSearchScript();
if (!script.load) {
  const loads = new Map<string, Promise<StatusSearch>>();
  script.load = (url) => {
    let loading = loads.get(url);
    if (!loading) {
      loading = fetchIndexFile(url).then(loadStatusSearchIndex);
      loads.set(url, loading);
      loading.catch(() => loads.delete(url)); // the next use tries again
    }
    return loading;
  };
  // The app starts once this has painted (or given up): React must find the page settled.
  const painting = paintBeforeTheApp().catch(() => undefined);
  window.__contentFirst?.waitFor?.(painting);
  // Then the whole index is read back, a thousand terms per task, for the partner's next query
  // (on the results page even when it opened empty: the partner is about to type).
  void painting.then(() => {
    const container = document.querySelector<HTMLElement>(`[${paintAttribute}]`);
    if (container) script.load!((JSON.parse(container.getAttribute(paintAttribute)!) as PaintConfig).index).catch(() => undefined);
  });
}
