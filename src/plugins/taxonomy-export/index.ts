/**
 * Writes /taxonomy.json, /taxonomy.schema.json and /taxonomy.csv into the build, from the
 * typed taxonomy module (once, with the default locale's build).
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {locales, taxonomy, type Locale} from '../../taxonomy';
import {absoluteUrls, taxonomyCsv, taxonomyJson, taxonomySchema} from './exports';

export default function taxonomyExportPlugin(context: LoadContext): Plugin {
  return {
    name: 'taxonomy-export',
    async postBuild({outDir}) {
      const {i18n, siteConfig} = context;
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const baseUrls = Object.fromEntries(locales.map((l) => [l, i18n.localeConfigs[l]!.baseUrl])) as Record<Locale, string>;
      const url = absoluteUrls(siteConfig.url, baseUrls);
      writeFileSync(path.join(outDir, 'taxonomy.json'), taxonomyJson(taxonomy, url));
      writeFileSync(path.join(outDir, 'taxonomy.schema.json'), `${JSON.stringify(taxonomySchema, null, 2)}\n`);
      writeFileSync(path.join(outDir, 'taxonomy.csv'), taxonomyCsv(taxonomy, url));
    },
  };
}
