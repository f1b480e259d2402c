import {defineConfig} from '@playwright/test';
import {findBrowser} from './tests/support/browser';
import {findNginx} from './tests/support/nginx.mjs';

/**
 * End-to-end tests run in the Chromium, Chrome or Edge found by tests/support/browser.ts
 * against the production build, served by nginx with the deploy recipe
 * (tests/e2e/nginx.mjs). Playwright's own browser download is never triggered.
 */
// Both are looked up before any test starts, so a missing one stops the run with one line.
let browser: ReturnType<typeof findBrowser>;
try {
  browser = findBrowser();
  findNginx();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: browser.executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node tests/e2e/nginx.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
