/**
 * The site has no code, yet the classic theme ships Prism (≈ 26 KB gzip) in every page's
 * main bundle for syntax highlighting. This plugin swaps prism-react-renderer for a plain
 * highlighter with the same API, so a code block still renders — as plain text.
 * Remove this plugin if the site ever needs coloured code.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function plainCodeBlocksPlugin(): Plugin {
  return {
    name: 'plain-code-blocks',
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': path.resolve(__dirname, 'plainHighlight.tsx')}}};
    },
  };
}
