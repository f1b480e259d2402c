/**
 * Route chunks are fetched when a partner shows intent — hover or touch (Docusaurus' Link
 * already preloads then) and keyboard focus (added here) — instead of for every link that
 * scrolls into view. Docusaurus' Link prefetches on sight through `window.docusaurus.prefetch`
 * (its public prefetch API); on a status page that meant 100–120 KB of sidebar routes
 * fetched on a phone's data plan while the partner reads one page.
 */
import type {ClientModule} from '@docusaurus/types';

function preloadFocusedLink(event: FocusEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || (link as HTMLAnchorElement).origin !== window.location.origin) return;
  void window.docusaurus.preload((link as HTMLAnchorElement).pathname);
}

const clientModule: ClientModule = {
  onRouteDidUpdate({previousLocation}) {
    // window.docusaurus is set when the app starts, after client modules are loaded.
    if (previousLocation !== null) return;
    // The object is frozen; the app reads window.docusaurus anew at every call.
    window.docusaurus = {...window.docusaurus, prefetch: () => false};
    document.addEventListener('focusin', preloadFocusedLink);
  },
};

export default clientModule;
