import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const double = (name: string) => fileURLToPath(new URL(`./tests/unit/docusaurus-doubles/${name}`, import.meta.url));

export default defineConfig({
  // Docusaurus' client modules only exist inside a Docusaurus build; components are unit
  // tested against small doubles of them (the real thing is covered by the e2e suite).
  resolve: {
    alias: [
      {find: '@docusaurus/Link', replacement: double('Link.tsx')},
      {find: '@docusaurus/Translate', replacement: double('Translate.tsx')},
      {find: '@docusaurus/useDocusaurusContext', replacement: double('useDocusaurusContext.ts')},
      {find: /^@docusaurus\/theme-common$/, replacement: double('themeCommon.ts')},
      {find: '@docusaurus/plugin-content-docs/client', replacement: double('docsClient.ts')},
      {find: '@docusaurus/router', replacement: double('router.ts')},
      {find: /^@generated\/status-search\/default\/.+\.(json|js)$/, replacement: double('generatedFile.ts')},
      {find: '@generated/status-pages/default/site-data.json', replacement: double('siteData.ts')},
    ],
  },
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/guards/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
