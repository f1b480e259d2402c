// Serves build/ for the e2e tests with the deploy recipe itself (deploy/nginx/), so the
// tests see the production headers, CSP, redirects, gzip and per-locale 404 pages.
// Only the root folder and the listen address are changed. Runs until killed.
import {spawn} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findNginx, nginxLayout} from '../support/nginx.mjs';

// Found before anything is written: a missing nginx or mime.types stops here with one line.
let nginxBinary, mimeTypes;
try {
  nginxBinary = findNginx();
  ({mimeTypes} = nginxLayout(nginxBinary));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.E2E_PORT ?? 4173);
const prefix = mkdtempSync(path.join(tmpdir(), 'status-nginx-'));
const confDir = path.join(prefix, 'fasttrack-status');
mkdirSync(confDir);
cpSync(path.join(root, 'deploy/nginx'), confDir, {recursive: true});

const server = readFileSync(path.join(root, 'deploy/nginx/fasttrack-status.conf'), 'utf8')
  .replace(/^\s*listen 80;/m, `    listen 127.0.0.1:${port};`)
  .replace(/^\s*root \/var\/www\/fasttrack-status;/m, `    root ${path.join(root, 'build')};`);
if (!server.includes(`listen 127.0.0.1:${port}`) || !server.includes(path.join(root, 'build'))) {
  throw new Error('deploy/nginx/fasttrack-status.conf: expected "listen 80;" and "root /var/www/fasttrack-status;" lines');
}
writeFileSync(path.join(confDir, 'fasttrack-status.conf'), server);

const temp = (name) => path.join(prefix, name);
writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `daemon off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 256; }
http {
  include "${mimeTypes.replaceAll('\\', '/')}";
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include fasttrack-status/fasttrack-status.conf;
}
`,
);

const nginx = spawn(nginxBinary, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {stdio: 'inherit'});
nginx.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
console.log(`nginx serving build/ at http://127.0.0.1:${port}/`);
