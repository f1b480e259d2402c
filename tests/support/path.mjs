// @ts-check
import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';

/**
 * True for an executable file (through links); /dev/null mounted over a binary is not one.
 * @param {string} file
 */
export function isExecutableFile(file) {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The first `name` (`name.exe` on Windows) on PATH or in `extraDirs`.
 * @param {string} name
 * @param {readonly string[]} [extraDirs]
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function findOnPath(name, extraDirs = [], env = process.env) {
  const file = process.platform === 'win32' ? `${name}.exe` : name;
  const dirs = [...(env.PATH ?? env.Path ?? '').split(path.delimiter), ...extraDirs];
  return dirs.filter(Boolean).map((dir) => path.join(dir, file)).find(isExecutableFile);
}
