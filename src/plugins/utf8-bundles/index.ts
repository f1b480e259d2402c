/**
 * Docusaurus minifies the browser bundles with terser's `ascii_only` (a create-react-app
 * workaround for scripts served without a charset), which writes every Japanese character
 * of the page data as `\uXXXX`: six bytes instead of three, and repeats gzip finds less
 * often. The route chunk of /blocked was 18.1 KB gzip escaped and 11.4 KB in UTF-8.
 * Every page declares `<meta charset="utf-8">`, and a classic script without a charset of
 * its own is decoded in its page's encoding; the nginx recipe and `npm run serve` also
 * send `charset=utf-8` with scripts. So the bundles are written in UTF-8.
 * Remove this plugin if Docusaurus stops escaping (see @docusaurus/bundler's minification).
 */
import type {Plugin} from '@docusaurus/types';

type Format = Record<string, unknown>;
/** The JS minimizers Docusaurus configures: terser (webpack) or SWC (Rspack, Docusaurus Faster). */
interface Minimizer {
  readonly constructor: {readonly name: string};
  readonly options?: {readonly minimizer?: {readonly options?: {readonly output?: Format; readonly format?: Format}}};
  readonly _args?: readonly [{readonly minimizerOptions?: {readonly format?: Format}}?];
}

/** The output options of a JS minimizer, where the ascii_only flag lives. */
function formatOf(minimizer: Minimizer): Format | undefined {
  const terser = minimizer.options?.minimizer?.options;
  return terser?.format ?? terser?.output ?? minimizer._args?.[0]?.minimizerOptions?.format;
}

export default function utf8BundlesPlugin(): Plugin {
  return {
    name: 'utf8-bundles',
    configureWebpack(config, isServer) {
      const minimizers = (config.optimization?.minimizer ?? []) as unknown as Minimizer[];
      if (isServer || config.optimization?.minimize === false || minimizers.length === 0) return {};
      const formats = minimizers.map(formatOf).filter((f): f is Format => f !== undefined && 'ascii_only' in f);
      if (formats.length === 0) {
        throw new Error(`[utf8-bundles] no JS minimizer with an ascii_only option among ${minimizers.map((m) => m.constructor.name).join(', ')}: see src/plugins/utf8-bundles`);
      }
      for (const format of formats) format.ascii_only = false;
      return {};
    },
  };
}
