/**
 * Tells the content-first starter (src/plugins/content-first/startAfterPaint.ts) that React
 * has hydrated the page, so the presses it held before the app was up are replayed, once
 * each. Docusaurus calls onRouteDidUpdate first from the layout effect of the hydrating
 * render; the replay waits one task so that render has finished committing.
 */
import type {ClientModule} from '@docusaurus/types';

declare global {
  interface Window {
    /** Set by the starter; absent in `npm start`, where Docusaurus loads the app itself. */
    __contentFirst?: {appIsUp(): void; held(): number};
  }
}

const clientModule: ClientModule = {
  onRouteDidUpdate({previousLocation}) {
    if (previousLocation === null) window.setTimeout(() => window.__contentFirst?.appIsUp(), 0);
  },
};

export default clientModule;
