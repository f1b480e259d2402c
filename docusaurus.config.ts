import {fileURLToPath} from 'node:url';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import plainCodeBlocksPlugin from './src/plugins/plain-code-blocks';
import utf8BundlesPlugin from './src/plugins/utf8-bundles';
import statusPagesPlugin from './src/plugins/status-pages';
import taxonomyExportPlugin from './src/plugins/taxonomy-export';
import statusSearchPlugin from './src/plugins/status-search';
import statusCardsPlugin from './src/plugins/status-cards';
import contentFirstPlugin from './src/plugins/content-first';
import {statusFrontMatter} from './src/plugins/status-pages/frontMatter';
import {legacyRedirects} from './src/plugins/status-pages/redirects';

/**
 * Public URL and base path come from the environment so one build recipe serves any host:
 *   SITE_URL=https://status.example.com BASE_URL=/taxonomy/ npm run build
 * Defaults work for `npm start` and `npm run serve` on localhost.
 */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';
// Docusaurus sets this before loading the config of each locale it builds.
const isEnglish = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';

const config: Config = {
  title: isEnglish ? 'FastTrack Partner Status Taxonomy' : 'FastTrack パートナー ステータス分類',
  tagline: isEnglish
    ? 'Which L1/L2 status fits the customer’s service entitlement'
    : 'お客様のサービス利用資格に設定する L1/L2 ステータスの定義と選び方',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  // Permanent URLs have no trailing slash: /blocked/legal-regulatory
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Section anchors use the classic `## 定義 {#definition}` syntax (readable ASCII ids for
    // links in emails); the v4 flag turns its MDX support off by default, so turn it back on.
    mdx1Compat: {headingIds: true},
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    parseFrontMatter: statusFrontMatter(fileURLToPath(new URL('.', import.meta.url))),
  },

  // v4 flags, except two:
  // - storage namespacing derives the colour-mode script (inlined in every page) from
  //   SITE_URL, and a script that differs per deployment could not be allowed by a fixed
  //   Content-Security-Policy hash (src/deploy/securityHeaders.ts);
  // - CSS cascade layers put Infima's variables above src/css/custom.css, which undid the
  //   contrast-checked colours (caught by the axe tests).
  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      mdx1CompatDisabledByDefault: true,
      fasterByDefault: true,
      siteStorageNamespacing: false,
    },
    faster: true,
  },
  // Its inline script links to docusaurus.io; the e2e tests catch a wrong base URL instead.
  baseUrlIssueBanner: false,

  i18n: {
    defaultLocale: 'ja',
    locales: ['ja', 'en'],
    // Explicit base URLs keep /en/ when a single locale is built on its own (`npm run build`
    // builds each locale in its own process, which keeps each build's memory small).
    localeConfigs: {
      ja: {label: '日本語', htmlLang: 'ja', baseUrl},
      en: {label: 'English', htmlLang: 'en', baseUrl: `${baseUrl}en/`},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // Near misses of a status URL land on the permanent URL in the browser too (any host).
  // Content first (src/plugins/content-first): the app announces it is up, and linked pages
  // are fetched on intent rather than on sight.
  clientModules: ['./src/clientModules/landNearMiss.ts', './src/clientModules/appIsUp.ts', './src/clientModules/prefetchOnIntent.ts'],

  plugins: [
    statusPagesPlugin,
    taxonomyExportPlugin,
    // Offline status search: one document per status, built with the site, loaded on first use.
    statusSearchPlugin,
    statusCardsPlugin,
    plainCodeBlocksPlugin,
    // Bundles in UTF-8, not \u-escaped: the Japanese page data is a third smaller.
    utf8BundlesPlugin,
    // Pages paint before the app starts; presses made meanwhile are kept.
    contentFirstPlugin,
    // Old playbook page names keep working: /l1l2l3-blocked-legal-regulatory-jp → /blocked/legal-regulatory
    ['@docusaurus/plugin-client-redirects', {createRedirects: legacyRedirects(isEnglish ? 'en' : 'ja')}],
  ],

  themeConfig: {
    // Link previews in mail and chat: og:image / twitter:image.
    image: 'img/social-card.png',
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'FastTrack ステータス分類',
      items: [
        {to: '/', label: 'ステータス一覧', position: 'left', activeBaseRegex: '^/(en/?)?$'},
        {to: '/finder', label: 'ステータス診断', position: 'left'},
        {to: '/overview', label: '一覧表', position: 'left'},
        {to: '/glossary', label: '用語集', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'light',
      links: [
        {label: 'ステータス診断', to: '/finder'},
        {label: '一覧表', to: '/overview'},
        {label: '用語集', to: '/glossary'},
        {label: '更新履歴', to: '/history'},
      ],
      copyright: 'FastTrack パートナー ステータス分類 — パートナー向けの参照サイト',
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
