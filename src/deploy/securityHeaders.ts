/**
 * Security and caching rules of every deploy recipe, in one place. `npm run deploy:config`
 * renders them into deploy/nginx/*.conf and static/staticwebapp.config.json; a test
 * checks those files are up to date, and the e2e suite serves the build with them.
 */

import {createHash} from 'node:crypto';
import {startAfterPaintScript} from '../plugins/content-first/startAfterPaint';

const sha256 = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/**
 * The inline scripts of every page, allowed by their hashes (tests/e2e/security.spec.ts
 * fails, naming the page, when a page carries an inline script whose hash is not listed):
 * - Docusaurus' colour-mode script (applies the colour mode before the page paints). Its
 *   hash is fixed because storage namespacing is off (see docusaurus.config.ts).
 * - The content-first starter (src/plugins/content-first), hashed from its source.
 */
export const inlineScriptHashes = ['sha256-1sQ/ZSsmv6n9tg06uYz64+ejRqKNgAm+yH2GJV91hZ8=', sha256(startAfterPaintScript)] as const;

export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", ...inlineScriptHashes.map((h) => `'${h}'`)],
  // React and the theme write a few style attributes into the server-rendered HTML;
  // styles cannot run code, scripts stay locked to hashes.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function cspHeaderValue(policy = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeaderValue(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Hashed build assets never change under their name; HTML must be revalidated. */
export const cacheControl = {
  hashedAssets: 'public, max-age=31536000, immutable',
  html: 'no-cache',
} as const;
