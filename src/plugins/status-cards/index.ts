/**
 * Writes each status's link-preview card (og:image) into its locale's build:
 * /img/cards/{key}.png, /en/img/cards/{key}.png. StatusHeader points the page's og:image there.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {localized, taxonomy} from '../../taxonomy';
import {cardPath, cardText} from './card';
import {renderCards} from './render';

export default function statusCardsPlugin(context: LoadContext): Plugin {
  let rendering: Promise<Buffer[]> | undefined;
  const start = () => {
    const locale = localized({ja: 'ja', en: 'en'} as const, context.i18n.currentLocale);
    const texts = taxonomy.all.map((status) => cardText(status, locale, context.siteConfig.title));
    // Cached by content in node_modules/.cache: a rebuild only draws the cards that changed.
    return renderCards(texts, path.join(context.siteDir, 'node_modules/.cache/status-cards'));
  };
  return {
    name: 'status-cards',
    async loadContent() {
      // Start drawing while the site is bundled; postBuild waits for it. Not in `npm start`.
      if (process.env.NODE_ENV === 'production') {
        rendering = start();
        rendering.catch(() => undefined); // reported by postBuild's await
      }
    },
    async postBuild({outDir}) {
      const pngs = await (rendering ?? start());
      taxonomy.all.forEach((status, i) => {
        const file = path.join(outDir, cardPath(status));
        mkdirSync(path.dirname(file), {recursive: true});
        writeFileSync(file, pngs[i]!);
      });
    },
  };
}
