/** Deploy recipes: generated parts are current, the policy is strict, and URLs come from the environment. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {parse} from 'yaml';
import {createHash} from 'node:crypto';
import {contentSecurityPolicy, inlineScriptHashes, securityHeaders} from '../../src/deploy/securityHeaders';
import {startAfterPaintScript} from '../../src/plugins/content-first/startAfterPaint';
import {generatedFiles, legacyRedirectList, nginxNearMissVariable} from '../../src/deploy/render';
import {nearMissRules} from '../../src/deploy/canonical';
import {locales, taxonomy} from '../../src/taxonomy';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('deploy recipes', () => {
  it.each(Object.keys(generatedFiles))('%s is up to date (run npm run deploy:config)', (file) => {
    expect(read(file)).toBe(generatedFiles[file]!());
  });

  it('allows inline scripts only by hash, and no framing', () => {
    const scripts = contentSecurityPolicy['script-src']!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // The colour-mode script and the content-first starter, each by its own hash.
    expect(scripts.filter((s) => s.startsWith("'sha256-"))).toEqual(inlineScriptHashes.map((h) => `'${h}'`));
    expect(inlineScriptHashes).toContain(`sha256-${createHash('sha256').update(startAfterPaintScript).digest('base64')}`);
    expect(contentSecurityPolicy['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy['default-src']).toEqual(["'self'"]);
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['Referrer-Policy']).toBeTruthy();
  });

  const seedPages = [...taxonomy.all, ...taxonomy.retired].filter((n) => n.legacyPage);

  it('redirects every seed status’s legacy name in both locales, and nothing for added statuses', () => {
    const redirects = legacyRedirectList();
    expect(redirects).toHaveLength(seedPages.length * locales.length);
    for (const node of seedPages) expect(redirects).toContainEqual({from: `/${node.legacyPage}`, to: node.path});
    for (const node of taxonomy.all.filter((n) => n.origin === 'added')) expect(redirects.map((r) => r.to)).not.toContain(node.path);
    const seed = seedPages.find((n) => n.level === 2)!;
    expect(redirects).toContainEqual({from: `/${seed.legacyPage}`, to: seed.path});
    expect(redirects).toContainEqual({from: `/en/${seed.legacyPage!.replace(/-jp$/, '')}`, to: `/en${seed.path}`});
  });

  it('nginx: every location includes the security headers; assets are immutable, HTML revalidated; 404 per locale', () => {
    const conf = read('deploy/nginx/fasttrack-status.conf');
    const locations = conf.match(/location [^{]*\{[^}]*\}/g)!.filter((l) => !l.includes('return 301'));
    expect(locations.length).toBe(3);
    for (const location of locations) expect(location).toContain('include fasttrack-status/security-headers.conf;');
    const block = (start: string) => locations.find((l) => l.startsWith(start))!;
    expect(block('location ~ ^/(en/)?assets/')).toContain('immutable');
    expect(block('location /en/ {')).toContain('error_page 404 /en/404.html;');
    expect(block('location /en/ {')).toContain('"no-cache"');
    expect(block('location / {')).toContain('error_page 404 /404.html;');
    expect(block('location / {')).toContain('"no-cache"');
    expect(conf).toContain('include fasttrack-status/legacy-redirects.conf;');
    // Near misses: the map sits outside the server block, the redirect keeps the query.
    expect(conf.indexOf('include fasttrack-status/near-miss-redirects.conf;')).toBeLessThan(conf.indexOf('server {'));
    expect(conf).toContain(`return 301 ${nginxNearMissVariable}$is_args$args;`);
    expect(conf).toContain('location = /en { return 301 /en/$is_args$args; }');
  });

  it('Azure Static Web Apps: headers, redirects, 404 and immutable assets', () => {
    const config = JSON.parse(read('static/staticwebapp.config.json'));
    expect(config.globalHeaders['Content-Security-Policy']).toBe(securityHeaders['Content-Security-Policy']);
    expect(config.routes.filter((r: {redirect?: string}) => r.redirect)).toHaveLength(legacyRedirectList().length + nearMissRules().length);
    for (const {target} of nearMissRules()) expect(config.routes).toContainEqual({route: `${target}/index.html`, redirect: target, statusCode: 301});
    expect(config.trailingSlash).toBe('never');
    expect(config.responseOverrides['404'].rewrite).toBe('/404.html');
    expect(config.routes).toContainEqual({route: '/en/assets/*', headers: {'Cache-Control': 'public, max-age=31536000, immutable'}});
  });

  it('GitHub Pages: the workflow builds with SITE_URL/BASE_URL and publishes build/', () => {
    const workflow = parse(read('.github/workflows/deploy.yml'));
    const steps = workflow.jobs.build.steps as {run?: string; uses?: string; with?: {path?: string}; env?: Record<string, string>}[];
    const buildStep = steps.find((s) => s.run === 'npm run build')!;
    expect(Object.keys(buildStep.env!)).toEqual(['SITE_URL', 'BASE_URL']);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('build');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
    expect(steps.map((s) => s.run)).toContain('npm ci');
  });
});

describe('site URL settings', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('default to localhost for local use', async () => {
    vi.stubEnv('SITE_URL', undefined as unknown as string);
    vi.stubEnv('BASE_URL', undefined as unknown as string);
    const {default: config} = await import('../../docusaurus.config');
    expect(config.url).toBe('http://localhost:3000');
    expect(config.baseUrl).toBe('/');
  });

  it('come from SITE_URL and BASE_URL, English under BASE_URL/en/', async () => {
    vi.stubEnv('SITE_URL', 'https://status.example.com');
    vi.stubEnv('BASE_URL', '/taxonomy/');
    const {default: config} = await import('../../docusaurus.config');
    expect(config.url).toBe('https://status.example.com');
    expect(config.baseUrl).toBe('/taxonomy/');
    expect(config.i18n?.localeConfigs?.en?.baseUrl).toBe('/taxonomy/en/');
    expect(config.i18n?.localeConfigs?.ja?.baseUrl).toBe('/taxonomy/');
  });
});
