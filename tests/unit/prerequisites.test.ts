/** How the tests find their browser and nginx's mime.types on any machine. */
import {describe, expect, it} from 'vitest';
import {findBrowser, type BrowserSearch} from '../support/browser';
import {isJapaneseFont} from '../support/fonts';
import {parseNginxV} from '../support/nginx.mjs';

function search(installed: string[], options: Partial<BrowserSearch> = {}): BrowserSearch {
  return {env: {}, platform: 'linux', isExecutable: (file) => installed.includes(file), playwrightChromium: () => '/home/u/.cache/ms-playwright/chromium-1/chrome', ...options};
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, even when another browser is installed', () => {
    expect(findBrowser(search(['/usr/bin/chromium', '/x/chrome'], {env: {CHROMIUM_PATH: '/x/chrome'}}))).toMatchObject({executablePath: '/x/chrome', source: 'CHROMIUM_PATH'});
  });

  it('never replaces a CHROMIUM_PATH that does not exist', () => {
    expect(() => findBrowser(search(['/usr/bin/chromium'], {env: {CHROMIUM_PATH: '/nope/chrome'}}))).toThrow(/^CHROMIUM_PATH=\/nope\/chrome is not an executable file/);
  });

  it('prefers Debian/Ubuntu Chromium, then Chrome, then Edge, then Playwright’s own', () => {
    const all = ['/usr/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge', '/home/u/.cache/ms-playwright/chromium-1/chrome'];
    expect(findBrowser(search(all)).executablePath).toBe('/usr/bin/chromium');
    expect(findBrowser(search(all.slice(1)))).toMatchObject({executablePath: '/opt/google/chrome/chrome', channel: 'chrome'});
    expect(findBrowser(search(all.slice(2)))).toMatchObject({executablePath: '/opt/microsoft/msedge/msedge', channel: 'msedge'});
    expect(findBrowser(search(all.slice(3))).source).toBe("Playwright's Chromium");
  });

  it('finds Chrome and Edge at their macOS and Windows install paths', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(search([mac], {platform: 'darwin'})).executablePath).toBe(mac);
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = {LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)'};
    expect(findBrowser(search([edge], {platform: 'win32', env})).channel).toBe('msedge');
    // Debian's path means nothing on macOS.
    expect(() => findBrowser(search(['/usr/bin/chromium'], {platform: 'darwin', playwrightChromium: () => undefined}))).toThrow();
  });

  it('fails in one line saying how to get a browser on Debian, macOS and Windows', () => {
    let message = '';
    try {
      findBrowser(search([]));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message).toMatch(/apt-get install chromium.*brew install.*winget install/);
  });
});

describe('nginx -V', () => {
  it('takes mime.types from the folder of --conf-path (Debian, Homebrew)', () => {
    expect(parseNginxV("nginx version: nginx/1.22.1\nconfigure arguments: --with-cc-opt='-g -O2' --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --http-log-path=/var/log/nginx/access.log", '/usr/sbin/nginx')).toEqual({version: 'nginx/1.22.1', confDir: '/etc/nginx'});
    expect(parseNginxV('nginx version: nginx/1.27.3\nconfigure arguments: --prefix=/opt/homebrew/Cellar/nginx/1.27.3 --sbin-path=/opt/homebrew/Cellar/nginx/1.27.3/bin/nginx --conf-path=/opt/homebrew/etc/nginx/nginx.conf', '/opt/homebrew/bin/nginx').confDir).toBe('/opt/homebrew/etc/nginx');
  });

  it('resolves a relative --conf-path against --prefix, and defaults to <prefix>/conf', () => {
    expect(parseNginxV('configure arguments: --prefix=/srv/nginx --conf-path=etc/nginx.conf', '/srv/nginx/sbin/nginx').confDir).toBe('/srv/nginx/etc');
    expect(parseNginxV('configure arguments: --prefix=/srv/nginx', '/srv/nginx/sbin/nginx').confDir).toBe('/srv/nginx/conf');
  });
});

describe('Japanese fonts', () => {
  it('trusts fontconfig where it answers, and knows the system fonts elsewhere', () => {
    expect(isJapaneseFont('Some JP Font', new Set(['Some JP Font']))).toBe(true);
    expect(isJapaneseFont('DejaVu Sans', new Set(['Noto Sans CJK JP']))).toBe(false);
    expect(isJapaneseFont('Hiragino Sans', undefined)).toBe(true);
    expect(isJapaneseFont('Yu Gothic UI', undefined)).toBe(true);
    expect(isJapaneseFont('Arial', undefined)).toBe(false);
  });
});
