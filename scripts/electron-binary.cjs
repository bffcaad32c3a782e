// Finds the Electron binary the way node_modules/electron records it (path.txt + dist/), without
// `require('electron')`: that require starts a download when the binary is missing, and merely
// checking must never do that. CommonJS so that both scripts/start.mjs and the Playwright spec
// (which Playwright loads as CommonJS) can import it. The download itself is
// scripts/electron-download.mjs.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose, see above. */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const electronDir = join(__dirname, '..', 'node_modules', 'electron');

/** The Electron executable's path, or undefined when it is not installed. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

exports.electronDir = electronDir;
exports.electronBinary = electronBinary;
