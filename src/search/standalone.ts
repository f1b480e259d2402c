/**
 * The status search engine as a script of its own (bundled by src/plugins/status-search):
 * - on the results page, the content-first starter runs it at once, before the app, and it
 *   paints the results for the URL's query into the results container, with the markup React
 *   renders (src/components/StatusSearch/view.ts); React then hydrates those elements and
 *   carries on with this same engine (src/search/load.ts, `searchForFirstRender`);
 * - elsewhere, the app adds it when a partner first reaches for the navbar box.
 * Either way it sets `window.__statusSearch.load`, which fetches an index file once and reads
 * it back. It paints nothing once the page has claimed the results for React.
 */
import {loadStatusSearchIndex, type StatusSearch} from './engine';
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

function fetchIndex(url: string): Promise<StatusSearch> {
  return fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`status search: ${url} answered ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(loadStatusSearchIndex);
}

const domReady = () => (document.readyState === 'loading' ? new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), {once: true})) : Promise.resolve());

/** The results for the URL's query, in the results container, before the app has started. */
async function paintBeforeTheApp(): Promise<void> {
  const script = statusSearchScript();
  await domReady();
  const container = document.querySelector<HTMLElement>(`[${paintAttribute}]`);
  if (!container || script.claimed) return;
  const config = JSON.parse(container.getAttribute(paintAttribute)!) as PaintConfig;
  // Loaded even for an empty query: the partner is about to type.
  const search = await script.load!(config.index);
  const query = cleanQuery(new URLSearchParams(window.location.search).get('q'));
  if (script.claimed || query.trim() === '') return;
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
      loading = fetchIndex(url);
      loads.set(url, loading);
      loading.catch(() => loads.delete(url)); // the next use tries again
    }
    return loading;
  };
  // The app starts once this has painted (or given up): React must find the page settled.
  const painting = paintBeforeTheApp().catch(() => undefined);
  window.__contentFirst?.waitFor?.(painting);
}
