/**
 * A small static server for build/, used by `npm run serve` and by the e2e tests.
 *
 * `docusaurus serve` sends `/en/?filter=license` to `/en` and drops the query (its
 * serve-handler rebuilds redirects from the path alone), so the site has its own: with
 * `redirects`, it answers like the nginx recipe — legacy names, `/en`, and every near miss
 * of src/deploy/canonical.ts, keeping the query. Without, it stands for a host with no
 * redirects at all (GitHub Pages): files only and one 404 page, so the 404 page's
 * in-browser fallback is what the tests see.
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {canonicalStatusPath} from './canonical';
import {legacyRedirectList} from './render';
import {cacheControl, securityHeaders} from './securityHeaders';

export interface StaticServerOptions {
  readonly root: string;
  /** Answer like the nginx recipe (true) or like a host without any redirect (false). */
  readonly redirects: boolean;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * The file nginx's `try_files $uri $uri.html $uri/index.html` would serve. A path that is not
 * already normal (`//`, `/./`) serves nothing, as on a plain static host.
 */
function fileFor(root: string, rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded !== path.posix.normalize(decoded)) return undefined;
  const base = path.join(root, decoded);
  if (base !== root && !base.startsWith(`${root}${path.sep}`)) return undefined;
  const candidates = decoded.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function createStaticServer({root, redirects}: StaticServerOptions): http.Server {
  const legacy = new Map(legacyRedirectList().map(({from, to}) => [from, to]));
  return http.createServer((req, res) => {
    const [rawPath = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
    const search = query === undefined ? '' : `?${query}`;
    const send = (status: number, file: string) => {
      res.writeHead(status, {
        ...securityHeaders,
        'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': /^\/(en\/)?assets\//.test(rawPath) ? cacheControl.hashedAssets : cacheControl.html,
      });
      createReadStream(file).pipe(res);
    };
    if (redirects) {
      const target = legacy.get(rawPath) ?? (rawPath === '/en' ? '/en/' : canonicalStatusPath(rawPath));
      if (target) {
        res.writeHead(301, {...securityHeaders, Location: `${target}${search}`}).end();
        return;
      }
    }
    const file = fileFor(root, rawPath);
    if (file) return send(200, file);
    // nginx has a 404 page per locale; GitHub Pages and Azure serve the site's one 404 page.
    const english = redirects && /^\/en(\/|$)/.test(rawPath);
    return send(404, path.join(root, english ? 'en/404.html' : '404.html'));
  });
}

// `npm run serve` (PORT, default 3000)
if (require.main === module) {
  const root = path.resolve(__dirname, '../../build');
  const port = Number(process.env.PORT ?? 3000);
  createStaticServer({root, redirects: true}).listen(port, () => console.log(`Serving build/ at http://localhost:${port}/`));
}
