// Finds the Electron binary the way node_modules/electron records it (path.txt + dist/), without
// `require('electron')`: that require starts a download when the binary is missing, and merely
// checking must never do that.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'node_modules', 'electron');

/** The Electron executable's path, or undefined when it is not installed. */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Runs the package's own installer (a download), giving up after `timeoutMs`; returns whether it worked. */
export function installElectron(timeoutMs) {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return result.status === 0 && electronBinary() !== undefined;
}
