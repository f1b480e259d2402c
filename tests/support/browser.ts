/**
 * Finds the Chromium-based browser the e2e tests, the prerequisites check and the benchmark
 * drive. Playwright's own browser download is never triggered: maintainers use whatever
 * Chromium, Chrome or Edge their machine already has.
 *
 * Order: CHROMIUM_PATH; Debian/Ubuntu Chromium; Google Chrome or Microsoft Edge at their
 * standard install paths (Playwright's channels `chrome`, `msedge`); Playwright's own
 * Chromium when it happens to be installed.
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {isExecutableFile} from './path.mjs';

export interface FoundBrowser {
  executablePath: string;
  /** How it was found, for the prerequisites table and error messages. */
  source: string;
  /** Playwright's channel name, when the browser is a branded Chrome or Edge. */
  channel?: 'chrome' | 'msedge';
}

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** True when the path is an executable file. */
  isExecutable: (file: string) => boolean;
  /** Where Playwright would keep its own Chromium (it may not be installed). */
  playwrightChromium: () => string | undefined;
}

export const browserInstallHint =
  'install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask google-chrome; Windows: winget install Google.Chrome) or set CHROMIUM_PATH to a Chromium, Chrome or Edge executable';

/** Standard install paths of the branded browsers, the ones Playwright's channels use. */
function channelPaths(channel: 'chrome' | 'msedge', {env, platform}: BrowserSearch): string[] {
  if (platform === 'darwin') {
    return [channel === 'chrome' ? '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' : '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
  }
  if (platform === 'win32') {
    const suffix = channel === 'chrome' ? 'Google\\Chrome\\Application\\chrome.exe' : 'Microsoft\\Edge\\Application\\msedge.exe';
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((dir): dir is string => !!dir).map((dir) => path.win32.join(dir, suffix));
  }
  return [channel === 'chrome' ? '/opt/google/chrome/chrome' : '/opt/microsoft/msedge/msedge'];
}

/** The browser to use; throws one line saying how to get one when there is none. */
export function findBrowser(search: BrowserSearch = systemSearch()): FoundBrowser {
  const explicit = search.env.CHROMIUM_PATH;
  if (explicit) {
    // An explicit choice is never silently replaced by another browser.
    if (!search.isExecutable(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file: fix the path, or unset CHROMIUM_PATH to let the tests find a browser`);
    return {executablePath: explicit, source: 'CHROMIUM_PATH'};
  }
  if (search.platform === 'linux') {
    for (const file of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']) {
      if (search.isExecutable(file)) return {executablePath: file, source: 'Debian/Ubuntu Chromium'};
    }
  }
  for (const channel of ['chrome', 'msedge'] as const) {
    const file = channelPaths(channel, search).find(search.isExecutable);
    if (file) return {executablePath: file, source: channel === 'chrome' ? 'Google Chrome, channel chrome' : 'Microsoft Edge, channel msedge', channel};
  }
  const own = search.playwrightChromium();
  if (own && search.isExecutable(own)) return {executablePath: own, source: "Playwright's Chromium"};
  throw new Error(`No Chromium, Chrome or Edge found for the e2e tests: ${browserInstallHint}`);
}

export function systemSearch(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: isExecutableFile,
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}

/** "Chromium 156.0.8078.79", "Google Chrome 131.0…", or undefined when it does not say. */
export function browserVersion(executablePath: string): string | undefined {
  try {
    const out = execFileSync(executablePath, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000});
    return /^(.*?\d+(?:\.\d+)+)/.exec(out.trim())?.[1];
  } catch {
    return undefined; // e.g. chrome.exe on Windows prints no version
  }
}
