/**
 * Tells the content-first starter (src/plugins/content-first/startAfterPaint.ts) that React
 * has hydrated the page, so the presses it held before the app was up are replayed, once
 * each. Docusaurus calls onRouteDidUpdate first from the layout effect of the hydrating
 * render; the replay waits one task so that render has finished committing.
 */
import type {ClientModule} from '@docusaurus/types';

declare global {
  interface Window {
    /**
     * Set by the starter; absent in `npm start`, where Docusaurus loads the app itself.
     * `waitFor`: a script that paints part of the page before the app (the search results)
     * holds the app back until it has painted.
     */
    __contentFirst?: {appIsUp(): void; held(): number; waitFor?(paint: Promise<unknown>): void};
  }
}

const clientModule: ClientModule = {
  onRouteDidUpdate({previousLocation}) {
    if (previousLocation === null) window.setTimeout(() => window.__contentFirst?.appIsUp(), 0);
  },
};

export default clientModule;
