// @ts-check
// Finds nginx and its mime.types for the e2e harness (tests/e2e/nginx.mjs), the
// prerequisites check and the benchmark. Plain JavaScript: the harness runs under bare node.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {findOnPath, isExecutableFile} from './path.mjs';

export const nginxInstallHint = 'install it (Debian/Ubuntu: sudo apt-get install nginx; macOS: brew install nginx; Windows: scoop install nginx) or set NGINX_PATH';

/**
 * nginx from NGINX_PATH, else from PATH or the usual sbin folders (often not on a
 * non-root user's PATH). Throws one line naming the install command when there is none.
 * @returns {string}
 */
export function findNginx(env = process.env) {
  if (env.NGINX_PATH) {
    if (!isExecutableFile(env.NGINX_PATH)) throw new Error(`NGINX_PATH=${env.NGINX_PATH} is not an executable file: fix the path, or unset NGINX_PATH to use nginx from PATH`);
    return env.NGINX_PATH;
  }
  const found = findOnPath('nginx', ['/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin', '/usr/local/bin'], env);
  if (!found) throw new Error(`nginx not found (the e2e tests serve the build with the nginx deploy recipe): ${nginxInstallHint}`);
  return found;
}

/**
 * Where this nginx keeps its configuration, from the `nginx -V` output: `--conf-path`
 * (relative paths are relative to `--prefix`), else `<prefix>/conf`. Debian uses
 * /etc/nginx, Homebrew /opt/homebrew/etc/nginx, a source build /usr/local/nginx/conf.
 * @param {string} versionOutput output of `nginx -V`
 * @param {string} binary the nginx executable (Windows builds are relative to its folder)
 * @returns {{version: string, confDir: string}}
 */
export function parseNginxV(versionOutput, binary) {
  const arg = (/** @type {string} */ name) => new RegExp(`--${name}=(?:'([^']*)'|"([^"]*)"|(\\S+))`).exec(versionOutput)?.slice(1).find((v) => v !== undefined);
  const version = /nginx version: (\S+)/.exec(versionOutput)?.[1] ?? 'nginx (unknown version)';
  const prefix = arg('prefix') || (process.platform === 'win32' ? path.dirname(binary) : '/usr/local/nginx');
  const confPath = arg('conf-path');
  const confDir = confPath ? path.dirname(path.resolve(prefix, confPath)) : path.join(prefix, 'conf');
  return {version, confDir};
}

/**
 * The version and the mime.types file of an nginx binary; throws naming the file when it
 * is missing.
 * @param {string} binary
 * @returns {{version: string, mimeTypes: string}}
 */
export function nginxLayout(binary) {
  // nginx -V writes to stderr.
  const run = spawnSync(binary, ['-V'], {encoding: 'utf8'});
  if (run.error || run.status !== 0) throw new Error(`${binary} -V failed (${run.error?.message ?? run.stderr.trim()}): ${nginxInstallHint}`);
  const text = `${run.stdout}${run.stderr}`;
  const {version, confDir} = parseNginxV(text, binary);
  const mimeTypes = path.join(confDir, 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} not found (nginx -V of ${binary} puts its configuration in ${confDir}): reinstall nginx with its default configuration files, or set NGINX_PATH to another nginx`);
  return {version, mimeTypes};
}
