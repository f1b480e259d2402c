/**
 * In the browser, on every host: a near miss of a status URL (src/deploy/canonical.ts),
 * retired statuses' included, is replaced by the permanent URL, query and #section kept
 * (replace, so Back skips the broken link). Servers that can redirect already have; this
 * covers GitHub Pages, Azure and any host that serves a page or the 404 page at the
 * near-miss address. It runs as a client module because the router renders `/blocked/` or
 * `/BLOCKED` as the page itself, so the 404 page alone would never see those.
 *
 * What such a host serves at a near miss is the 404 page, while the router would render
 * the status's page there: hydrating would be a mismatch (React error #418). So until it is
 * known whether the address is being replaced, `pendingLanding()` holds the app back
 * (src/theme/Root.tsx suspends on it), and while it is being replaced the app never starts.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import i18n from '@generated/i18n';
import {mayBeNearMiss} from '../deploy/mayBeNearMiss';

/** The site's base path (the default locale's), e.g. `/` or `/taxonomy/`. */
export function siteBase(): string {
  return i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
}

/** The request path relative to the site (still percent-encoded), e.g. `/en/blocked/`. */
export function siteRelativePath(pathname: string, base = siteBase()): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** The site-relative path of the address when it may be a near miss (a cheap test, no taxonomy), else undefined. */
function nearMissCandidate(): string | undefined {
  const path = siteRelativePath(window.location.pathname);
  const homes = i18n.locales.map((locale) => siteRelativePath(i18n.localeConfigs[locale]?.baseUrl ?? '/'));
  return mayBeNearMiss(path, homes) ? path : undefined;
}

/**
 * A locale's home without its slash (`/en?filter=license`, as typed or cut in an email): a
 * host without redirect rules serves the page there, but the app only knows `/en/`.
 */
function homeWithoutSlash(): string | undefined {
  const path = siteRelativePath(window.location.pathname);
  return i18n.locales.map((locale) => siteRelativePath(i18n.localeConfigs[locale]?.baseUrl ?? '/')).find((home) => home !== '/' && home === `${path}/`);
}

/** Replaces the address when the path is a near miss; resolves to whether it did. */
async function land(path: string): Promise<boolean> {
  const {search, hash} = window.location;
  const {canonicalStatusPath} = await import('../deploy/canonical');
  const permanent = canonicalStatusPath(path);
  if (!permanent) return false;
  window.location.replace(`${siteBase()}${permanent.slice(1)}${search}${hash}`);
  return true;
}

let firstLanding: Promise<void> | undefined;
let firstLandingSettled = false;

/**
 * While the first page's address is being checked: a promise that settles once it is known
 * to stay, and never while the browser is leaving for the permanent URL. Undefined when
 * there is nothing to wait for: on the server, on every address that cannot be a near miss
 * (the test is synchronous, so those pages never wait), and once settled.
 */
export function pendingLanding(): Promise<void> | undefined {
  return firstLandingSettled ? undefined : firstLanding;
}

// At once when the site's script starts (before the app renders), and after in-site navigation.
if (ExecutionEnvironment.canUseDOM) {
  const home = homeWithoutSlash();
  const candidate = nearMissCandidate();
  if (home !== undefined) {
    const {search, hash} = window.location;
    window.location.replace(`${siteBase()}${home.slice(1)}${search}${hash}`);
    firstLanding = new Promise<void>(() => {}); // leaving: the app never starts here
  } else if (candidate !== undefined) {
    const stay = () => void (firstLandingSettled = true);
    firstLanding = land(candidate).then(
      (leaving) => (leaving ? new Promise<void>(() => {}) : stay()),
      // The check failing (a chunk that did not load) must not keep the page from starting.
      stay,
    );
  }
}

export function onRouteDidUpdate(): void {
  const candidate = nearMissCandidate();
  if (candidate !== undefined) void land(candidate);
}
