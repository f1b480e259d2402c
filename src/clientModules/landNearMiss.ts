/**
 * In the browser, on every host: a near miss of a status URL (src/deploy/canonical.ts) is
 * replaced by the permanent URL, query and #section kept (replace, so Back skips the broken
 * link). Servers that can redirect already have; this covers GitHub Pages, Azure and any
 * host that serves a page or the 404 page at the near-miss address. It runs as a client
 * module because the router renders `/blocked/` or `/BLOCKED` as the page itself, so the
 * 404 page alone would never see those.
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

async function land(): Promise<void> {
  const {pathname, search, hash} = window.location;
  const path = siteRelativePath(pathname);
  const homes = i18n.locales.map((locale) => siteRelativePath(i18n.localeConfigs[locale]?.baseUrl ?? '/'));
  // A locale's home without its slash (`/en?filter=license`, as typed or cut in an email):
  // a host without redirect rules serves the page there, but the app only knows `/en/`.
  const home = homes.find((h) => h !== '/' && h === `${path}/`);
  if (home) {
    window.location.replace(`${siteBase()}${home.slice(1)}${search}${hash}`);
    return;
  }
  if (!mayBeNearMiss(path, homes)) return;
  const {canonicalStatusPath} = await import('../deploy/canonical');
  const permanent = canonicalStatusPath(path);
  if (permanent) window.location.replace(`${siteBase()}${permanent.slice(1)}${search}${hash}`);
}

// At once when the site's script starts (before the page renders), and after in-site navigation.
if (ExecutionEnvironment.canUseDOM) void land();

export function onRouteDidUpdate(): void {
  void land();
}
