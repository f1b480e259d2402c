import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import utf8BundlesPlugin from '.';

/** The configureWebpack hook on a config with these minimizers (client side). */
const configure = (minimizer: unknown[], isServer = false) => {
  const plugin = utf8BundlesPlugin();
  const config = {optimization: {minimize: true, minimizer}} as never;
  return plugin.configureWebpack!(config, isServer, {} as never, {} as LoadContext as never);
};

class SwcJsMinimizerRspackPlugin {
  readonly _args = [{minimizerOptions: {format: {comments: false, ascii_only: true}}}] as const;
}
class TerserPlugin {
  readonly options = {minimizer: {options: {output: {comments: false, ascii_only: true}}}};
}
class CssMinimizer {}

describe('bundles written in UTF-8', () => {
  it('turns ascii_only off for the SWC (Rspack) and the terser (webpack) minimizers', () => {
    const swc = new SwcJsMinimizerRspackPlugin();
    const terser = new TerserPlugin();
    configure([swc, new CssMinimizer()]);
    configure([terser]);
    expect(swc._args[0].minimizerOptions.format.ascii_only).toBe(false);
    expect(terser.options.minimizer.options.output.ascii_only).toBe(false);
    expect(swc._args[0].minimizerOptions.format.comments).toBe(false);
  });

  it('says so when Docusaurus no longer configures a minimizer it knows', () => {
    expect(() => configure([new CssMinimizer()])).toThrow(/\[utf8-bundles\] no JS minimizer with an ascii_only option among CssMinimizer/);
  });

  it('leaves the server bundle alone', () => {
    const swc = new SwcJsMinimizerRspackPlugin();
    configure([swc], true);
    expect(swc._args[0].minimizerOptions.format.ascii_only).toBe(true);
  });
});
