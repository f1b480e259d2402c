/**
 * The maintainer's commands, run in a temporary copy of the site (tests/guards/tempSite.ts)
 * as `npm run …` would run them there: the copy's own sources, its linked node_modules.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {TempSite} from '../guards/tempSite';

export interface CommandResult {
  readonly status: number | null;
  /** stdout and stderr, without colours. */
  readonly output: string;
  readonly seconds: number;
}

export function runIn(site: TempSite, command: string, args: readonly string[]): CommandResult {
  const started = Date.now();
  const result = spawnSync(command, args, {cwd: site.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (Date.now() - started) / 1000};
}

const tsx = (site: TempSite, script: string, ...args: string[]) => runIn(site, process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args]);

/** `npm run check`. */
export const check = (site: TempSite) => tsx(site, 'src/plugins/status-pages/check.ts');
/** `npm run status:add -- {key}`. */
export const statusAdd = (site: TempSite, key: string) => tsx(site, 'src/taxonomy/scaffold.ts', key);
/** `npm run typecheck`. */
export const typecheck = (site: TempSite) => runIn(site, process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']);
/** `docusaurus build --locale …` (npm run build builds each locale in turn). */
export const buildLocale = (site: TempSite, locale: 'ja' | 'en') => runIn(site, process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--locale', locale]);

/** The unit suite's files in a site, as vitest.config.ts includes them (the maintainer session lives elsewhere). */
export function unitTestFiles(site: TempSite): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(site.file(dir), {withFileTypes: true}).flatMap((entry) => {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(relative);
      return /\.test\.tsx?$/.test(entry.name) ? [relative] : [];
    });
  return [...walk('src'), ...walk('tests/unit'), ...walk('tests/guards').filter((f) => f.endsWith('.ts'))].sort();
}

export interface UnitSuiteResult {
  readonly files: number;
  readonly tests: number;
  /** One line per failed test or suite: file, test name, the error's first lines. Empty when green. */
  readonly failures: string[];
  readonly seconds: number;
}

/**
 * `npx vitest run` in the site, reporting only what it is about: the explicit list of the
 * site's unit test files, and of the result only the failures (from vitest's JSON report;
 * the tests' own console output is not shown).
 */
export function unitSuite(site: TempSite): UnitSuiteResult {
  const files = unitTestFiles(site);
  const report = site.file('.vitest-report.json');
  const run = runIn(site, process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', `--outputFile=${report}`, ...files]);
  if (!existsSync(report)) return {files: files.length, tests: 0, failures: [`vitest wrote no report (exit ${run.status}):\n${run.output.slice(-3000)}`], seconds: run.seconds};
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numTotalTests: number;
    testResults: {name: string; status: string; message?: string; assertionResults: {fullName: string; status: string; failureMessages: string[]}[]}[];
  };
  rmSync(report);
  const firstLines = (text: string) => text.split('\n').slice(0, 6).join('\n      ');
  const failures = json.testResults.flatMap((suite) => {
    const file = path.relative(site.dir, suite.name);
    const failed = suite.assertionResults.filter((t) => t.status === 'failed').map((t) => `${file} > ${t.fullName}\n      ${firstLines(t.failureMessages[0] ?? '')}`);
    if (failed.length === 0 && suite.status === 'failed') failed.push(`${file} (the file failed to run)\n      ${firstLines(suite.message ?? '')}`);
    return failed;
  });
  if (failures.length === 0 && run.status !== 0) failures.push(`vitest exited ${run.status} with no failed test:\n${run.output.slice(-3000)}`);
  return {files: files.length, tests: json.numTotalTests, failures, seconds: run.seconds};
}
