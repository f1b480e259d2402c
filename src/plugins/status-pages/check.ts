/**
 * `npm run check`: every guard of the build, without building (seconds instead of a minute).
 * Prints each problem with the file to fix; exits 1 when there is any.
 */
import path from 'node:path';

const siteDir = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  // Imported here, not at the top: a broken taxonomy throws while loading, and that error
  // (naming the data file and the id) is the message to show.
  let guards: typeof import('./guards');
  try {
    guards = await import('./guards');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  const problems = await guards.runGuards(siteDir, {updateGenerated: true});
  if (problems.length > 0) {
    console.error(guards.formatGuardProblems(problems));
    return 1;
  }
  console.log('check: taxonomy, pages, content, finder, published URLs and deploy files are consistent');
  return 0;
}

main().then((code) => process.exit(code));
